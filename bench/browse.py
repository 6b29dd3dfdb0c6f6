"""Database hits of the browsing lists and the ``stats`` aggregations on a synthetic catalogue.

    NEO4J_URI=bolt://127.0.0.1:PORT SONGGRAPH_TEST_ALLOW_WIPE=1 .venv/bin/python bench/browse.py --songs 10000

Wipes the database at NEO4J_URI (hence the same guard as the integration tests), migrates it, writes the
synthetic catalogue with the project's loader, then prints each statement's PROFILE hits (deterministic for
a graph and plan, so runs compare), and empties the database again.
"""

from __future__ import annotations

import argparse
import asyncio
import os
from typing import Any

from store import build_store
from synthetic import stream

from songgraph.config import Settings
from songgraph.cypher import browse, reads, stats
from songgraph.cypher.paging import encode_cursor
from songgraph.cypher.selection import Field
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.migrate import default_schema_dir, migrate


def f(name: str, /, *selections: Field, **arguments: Any) -> Field:
    return Field(name, None, arguments, tuple(selections))


PERSON = f("person", f("name"))


def statements(cursor: str | None) -> dict[str, Statement]:
    return {
        "songs(first: 20)": reads.songs(f("songs", f("nodes", f("title")), first=20)),
        "albums(first: 20)": browse.albums(f("albums", f("nodes", f("title")), first=20)),
        "albums(first: 20) after the 1000th": browse.albums(
            f("albums", f("nodes", f("title")), first=20, after=cursor)
        ),
        "musicVideos(first: 20, sort: VIEWS_DESC)": browse.music_videos(
            f("musicVideos", f("nodes", f("views")), first=20, sort="VIEWS_DESC")
        ),
        "quotes(first: 20)": browse.quotes(f("quotes", f("nodes", f("text")), first=20)),
        "people(first: 20, filter: {role: WRITER})": browse.people(
            f("people", f("nodes", f("name")), first=20, filter={"role": "WRITER"})
        ),
        "people(first: 20, sort: SONG_COUNT_DESC)": browse.people(
            f("people", f("nodes", f("name")), first=20, sort="SONG_COUNT_DESC")
        ),
        "stats { songCount }": stats.stats(f("stats", f("songCount"))),
        "stats { songsPerYear }": stats.stats(f("stats", f("songsPerYear", f("year"), f("songCount")))),
        "stats { genres }": stats.stats(f("stats", f("genres", f("genre"), f("songCount")))),
        "stats { mostCredited(role: WRITER) }": stats.stats(
            f("stats", f("mostCredited", PERSON, f("songCount"), role="WRITER"))
        ),
        "stats { mostCredited }": stats.stats(f("stats", f("mostCredited", PERSON, f("songCount")))),
        "stats { mostCollaborators }": stats.stats(f("stats", f("mostCollaborators", PERSON, f("collaboratorCount")))),
        "stats { certificationsPerCountry }": stats.stats(
            f("stats", f("certificationsPerCountry", f("country"), f("songCount")))
        ),
    }


async def main(songs: int) -> None:
    if os.environ.get("SONGGRAPH_TEST_ALLOW_WIPE") != "1":
        raise SystemExit("this wipes the database at NEO4J_URI: set SONGGRAPH_TEST_ALLOW_WIPE=1 to allow it")
    db = Database.connect(Settings.from_env(os.environ))
    try:
        await _empty(db)
        await migrate(db, default_schema_dir())
        report = await build_store(db, stream(songs), progress=False)
        print(f"{report.songs} songs written in {report.seconds:.0f} s")
        await db.refresh_statistics()
        counts = await db.read(
            Statement(
                "CALL () { MATCH (n:Song) RETURN count(n) AS songs } CALL () { MATCH (n:Person) RETURN count(n) AS "
                "people } CALL () { MATCH (n:Album) RETURN count(n) AS albums } RETURN songs, people, albums",
                {},
            )
        )
        print(counts[0])
        # The cursor of the 1000th album (or the last, in a smaller catalogue), for a page far down the list.
        cursor = None
        for _ in range(10):
            listed = browse.albums(f("albums", f("edges", f("cursor")), first=100, after=cursor))
            rows = (await db.read(listed))[0]["result"]["rows"]
            if not rows:
                break
            cursor = encode_cursor(browse.ALBUM_ORDER["TITLE_ASC"].name, rows[-1]["key"])
        for name, statement in statements(cursor).items():
            _rows, hits = await db.profile(statement)
            print(f"{hits:>10,}  {name}")
        # Empty again: the integration tests delete everything in one transaction, too much for a catalogue.
        await _empty(db)
    finally:
        await db.close()


async def _empty(db: Database) -> None:
    """Delete everything, a batch per transaction (one transaction for a whole catalogue is over its memory)."""
    left = Statement("MATCH (n) RETURN count(n) > 0 AS any", {})
    while (await db.read(left))[0]["any"]:
        await db.write([Statement("MATCH (n) WITH n LIMIT 5000 DETACH DELETE n", {})])


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--songs", type=int, default=10_000)
    asyncio.run(main(parser.parse_args().songs))
