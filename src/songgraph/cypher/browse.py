"""Root lists for browsing (pure): albums, music videos, quotes, and people ranked by their songs.

Each list is one statement in the shape of ``reads.connection``: keyset pages in an order whose terms
have a composite index (schema/constraints.cypher), so a deep page costs what the first does. People by
number of songs is the exception: that count is computed per request, so the ranking reads every
person's credits once and pages over the result.
"""

from __future__ import annotations

from songgraph.cypher.builder import Builder
from songgraph.cypher.filters import filter_of, named, person_where
from songgraph.cypher.nested import connection_parts, page_of, row
from songgraph.cypher.paging import Key, Order, limit, seek
from songgraph.cypher.projection import Projector
from songgraph.cypher.reads import PERSON_ORDER, THIS, connection
from songgraph.cypher.reads import people as people_by_name
from songgraph.cypher.selection import Field
from songgraph.cypher.statement import Statement
from songgraph.graph import CREDIT_TYPES
from songgraph.text import fold

_ID = Key("{n}.id", "str")
_ID_DESC = Key("{n}.id", "str", True)

ALBUM_ORDER = {
    "TITLE_ASC": Order("albums:TITLE_ASC", (Key("{n}.titleKey", "str"), _ID)),
    "TITLE_DESC": Order("albums:TITLE_DESC", (Key("{n}.titleKey", "str", True), _ID_DESC)),
    "RELEASE_DATE_ASC": Order("albums:RELEASE_DATE_ASC", (Key("{n}.releaseDate", "date", nulls="last"), _ID)),
    "RELEASE_DATE_DESC": Order(
        "albums:RELEASE_DATE_DESC", (Key("{n}.releaseDate", "date", True, nulls="last"), _ID_DESC)
    ),
}
MUSIC_VIDEO_ORDER = {
    "RELEASE_DATE_ASC": Order("musicVideos:RELEASE_DATE_ASC", (Key("{n}.releaseDate", "date", nulls="last"), _ID)),
    "RELEASE_DATE_DESC": Order(
        "musicVideos:RELEASE_DATE_DESC", (Key("{n}.releaseDate", "date", True, nulls="last"), _ID_DESC)
    ),
    "VIEWS_DESC": Order("musicVideos:VIEWS_DESC", (Key("{n}.views", "int", True, nulls="last"), _ID_DESC)),
}
QUOTE_ORDER = Order("quotes", (Key("{n}.year", "int", nulls="last"), _ID))
# The song count is not stored: the cursor carries it, as the collaborators' cursors carry theirs.
SONG_COUNT_ORDER = Order(
    "people:SONG_COUNT_DESC", (Key("{count}", "int", descending=True), Key("{n}.nameKey", "str"), _ID)
)
PEOPLE_ORDER = {**PERSON_ORDER, "SONG_COUNT_DESC": SONG_COUNT_ORDER}


def albums(f: Field) -> Statement:
    b = Builder()
    flt = filter_of(f.arguments)
    where = []
    if flt.get("title") is not None:
        where.append(f"{THIS}.titleKey CONTAINS {b.param(fold(flt['title']))}")
    if flt.get("artist") is not None:
        where.append(named(b, flt["artist"], "-[:RELEASED]->", THIS))
    order = ALBUM_ORDER[str(f.arguments.get("sort") or "TITLE_ASC")]
    return connection(b, f, "Album", where, order, "Album", "AlbumConnection")


def music_videos(f: Field) -> Statement:
    b = Builder()
    flt = filter_of(f.arguments)
    where = []
    if flt.get("director") is not None:
        where.append(named(b, flt["director"], "-[:DIRECTED]->", THIS))
    if flt.get("castMember") is not None:
        where.append(named(b, flt["castMember"], "-[:APPEARS_IN]->", THIS))
    order = MUSIC_VIDEO_ORDER[str(f.arguments.get("sort") or "RELEASE_DATE_ASC")]
    return connection(b, f, "MusicVideo", where, order, "MusicVideo", "MusicVideoConnection")


def quotes(f: Field) -> Statement:
    b = Builder()
    flt = filter_of(f.arguments)
    where = []
    if flt.get("speaker") is not None:
        where.append(named(b, flt["speaker"], "<-[:SAID_BY]-", THIS))
    if flt.get("song") is not None:
        where.append(f"EXISTS {{ MATCH ({THIS})-[:ABOUT]->(:Song {{titleKey: {b.param(fold(flt['song']))}}}) }}")
    return connection(b, f, "Quote", where, QUOTE_ORDER, "Quote", "QuoteConnection")


def people(f: Field) -> Statement:
    """People by name (an index order), or ranked by how many songs credit them."""
    if str(f.arguments.get("sort") or "NAME_ASC") != "SONG_COUNT_DESC":
        return people_by_name(f)
    b = Builder()
    page = page_of(f, SONG_COUNT_ORDER)
    count, song = b.var("songCount"), b.var("song")
    names = {"n": THIS, "count": count}
    where = person_where(b, filter_of(f.arguments), THIS)
    node_selection, want_total = connection_parts(f, "PersonConnection")
    projected = Projector(b).project("Person", {"n": THIS}, node_selection)
    condition = f" WHERE {' AND '.join(where)}" if where else ""
    past = seek(b, SONG_COUNT_ORDER, names, page)
    total = (
        f"CALL () {{ MATCH ({THIS}:Person){condition} RETURN count({THIS}) AS totalCount }} "
        if want_total
        else "WITH null AS totalCount "
    )
    cypher = (
        f"{total}"
        f"CALL () {{ MATCH ({THIS}:Person){condition} "
        f"WITH {THIS}, COUNT {{ MATCH ({THIS})-[:{CREDIT_TYPES}]->({song}:Song) RETURN DISTINCT {song} }} AS {count}"
        f"{' WHERE ' + ' AND '.join(past) if past else ''} "
        f"WITH {THIS}, {count} ORDER BY {SONG_COUNT_ORDER.order_by(names, page.backwards)} {limit(b, page)} "
        f"RETURN collect({row(projected, SONG_COUNT_ORDER, names)}) AS rows }} "
        "RETURN {rows: rows, totalCount: totalCount} AS result"
    )
    return Statement(cypher, b.params)
