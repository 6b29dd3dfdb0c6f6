"""Batched writes of many songs at once (pure: builds text and parameters).

Each statement takes the rows of a whole batch and walks them with ``UNWIND``, so a batch costs a handful of
statements however many songs it holds. What each statement does per fact kind comes from the fact table
(``songgraph.cypher.write.facts``); the loader, the page importer and the tests all write through these.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from songgraph.cypher.statement import Statement
from songgraph.cypher.write.facts import ALL_KINDS, FACTS, MEMBERS, SongRows, song_rows
from songgraph.cypher.write.image import Image, Policy, person
from songgraph.models import SongDocument

# Every statement here starts with this. A bulk load grows the graph from nothing, so Neo4j keeps finding
# its cached plans stale and plans them again: the facts statement's plan alone takes about a second of
# the server's CPU (its eagerness analysis over a dozen subqueries), several times a minute. Their plans
# cannot improve with statistics: each row is an index seek on a unique key, or a walk from a node found
# so, whatever the counts. ``replan=skip`` keeps the plan made first.
_CACHED_PLAN = "CYPHER replan=skip\n"

UPSERT_PEOPLE = (
    _CACHED_PLAN
    + """UNWIND $people AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.kind = row.kind, p.aliases = [], p.aliasKeys = []
SET p.nameKey = coalesce(p.nameKey, row.nameKey)
FOREACH (_ IN CASE WHEN row.described THEN [1] ELSE [] END |
  SET p.name = row.name, p.nameKey = row.nameKey, p.kind = row.kind,
      p.description = coalesce(row.description, p.description), p.mbid = coalesce(row.mbid, p.mbid),
      p.aliases = reduce(acc = p.aliases, a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + [a] END),
      p.aliasKeys = reduce(acc = p.aliasKeys, a IN row.aliasKeys | CASE WHEN a IN acc THEN acc ELSE acc + [a] END))
FOREACH (d IN CASE WHEN row.described THEN coalesce(row.aliasDetails, []) ELSE [] END |
  MERGE (p)-[:HAS_ALIAS]->(alias:Alias {key: d.key})
  SET alias.name = d.name, alias.locale = d.locale, alias.type = d.type, alias.primary = d.primary)
SET p.searchText = reduce(text = p.nameKey, a IN p.aliasKeys | text + ' | ' + a)
WITH p, row
UNWIND row.nameKeys AS key
MERGE (n:PersonName {key: key})
MERGE (n)-[:NAME_OF]->(p)
"""
)


_NAME_PEOPLE = (
    _CACHED_PLAN
    + """UNWIND $people AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.nameKey = row.nameKey, p.kind = row.kind, p.aliases = [], p.aliasKeys = [],
              p.searchText = row.nameKey
MERGE (n:PersonName {key: row.nameKey})
MERGE (n)-[:NAME_OF]->(p)
"""
)

_LOCK_SONGS = (
    _CACHED_PLAN
    + """UNWIND $ids AS id
MATCH (s:Song {id: id})
SET s._lock = true
REMOVE s._lock
RETURN s.id AS id, s.updatedBy AS updatedBy
"""
)

_RELEASE_SONGS = (
    _CACHED_PLAN
    + """UNWIND $ids AS id
MATCH (s:Song {id: id})
SET s.version = coalesce(s.version, 0) + 1, s.updatedBy = null, s.updatedAt = null
"""
)

# The song's own facts go (the ``clear`` of each kind in the fact table); a shared kind (introductions)
# only loses its link here, and is deleted afterwards if no song is left that it led to (another song of
# the same batch may link it again).
_CLEARED = [kind for kind in FACTS if kind.clear is not None and not kind.shared]
(_SHARED,) = [kind for kind in FACTS if kind.shared]
_UPSERT_SONGS = (
    _CACHED_PLAN
    + "UNWIND $songs AS song\nMERGE (s:Song {id: song.id})\nSET s += song\nWITH s\n"
    + "".join(f"CALL (s) {{ {kind.clear} }}\n" for kind in _CLEARED)
    + f"CALL (s) {{ {_SHARED.clear} }}\nUNWIND unlinked AS id\nRETURN DISTINCT id\n"
)

# Songs the batch's lock found missing have nothing to clear. CREATE, not MERGE: should another writer create
# one of them meanwhile, the unique constraint refuses this batch (it is then written song by song, as an
# update) instead of this write adding a second copy of every fact to a song it did not clear.
_CREATE_SONGS = _CACHED_PLAN + "UNWIND $songs AS song\nCREATE (s:Song)\nSET s = song\n"

# Every kind's ``write`` subquery, in table order: people exist by then, and so does every song.
_FACTS = (
    _CACHED_PLAN
    + "UNWIND $songs AS song\nMATCH (s:Song {id: song.id})\n"
    + "\n".join(kind.write for kind in ALL_KINDS)
    + "\n"
)

_DROP_ORPHAN_INTRODUCTIONS = (
    _CACHED_PLAN
    + """UNWIND $ids AS id
MATCH (i:Introduction {id: id})
WHERE NOT EXISTS { (i)-[:LED_TO]->() }
DETACH DELETE i
"""
)


_MISSING_PEOPLE = (
    _CACHED_PLAN
    + """UNWIND $ids AS id
OPTIONAL MATCH (p:Person {id: id})
RETURN collect(CASE WHEN p IS NULL THEN id END) AS missing
"""
)


def missing_people(ids: Sequence[str]) -> Statement:
    """One row ``{missing}``: those of the person ids that no node has (deleted or merged away)."""
    return Statement(_MISSING_PEOPLE, {"ids": list(ids)})


def lock_songs(ids: Sequence[str]) -> Statement:
    """Write-locks the songs of a batch that exist; a row ``{id, updatedBy}`` for each of them (``updatedBy``
    is set on those edited through the API since they were loaded)."""
    return Statement(_LOCK_SONGS, {"ids": list(ids)})


def release_songs(ids: Sequence[str]) -> Statement:
    """The songs no longer count as edited through the API (their files replaced them)."""
    return Statement(_RELEASE_SONGS, {"ids": list(ids)})


def people(batch: Sequence[SongRows], named: Collection[tuple[str, str]] = ()) -> list[Statement]:
    """Every person the batch names: the descriptions in song order, then the bare names, each once.

    A name a file uses without describing the person changes nothing once the person exists (every person
    has a ``nameKey``), so it only needs creating if missing; the simpler statement avoids the described
    rows' read-then-write of aliases, which makes Neo4j materialise every row. A bare name in ``named``
    (``(id, nameKey)`` pairs the transaction read as existing, the person already named by that spelling)
    would change nothing at all: it is left out.
    """
    described: list[dict[str, Any]] = []
    # A person described alike by every song of the batch (a band's entry, repeated in each of its songs) is
    # written once: the same row applied again changes nothing. Differing descriptions all go, in song order
    # (the last name wins and aliases accumulate, as across batches).
    descriptions: dict[str, list[dict[str, Any]]] = {}
    bare: dict[tuple[str, str], dict[str, Any]] = {}
    for song in batch:
        for row in song.people:
            if row["described"]:
                described.append(row)
                descriptions.setdefault(row["id"], []).append(row)
            elif (row["id"], row["nameKey"]) not in named:
                # Only what the statement reads: every other field of a bare row is empty.
                bare.setdefault((row["id"], row["name"]), {key: row[key] for key in _BARE_FIELDS})
    alike = {person for person, rows in descriptions.items() if all(row == rows[0] for row in rows[1:])}
    once: set[str] = set()
    rows = [row for row in described if row["id"] not in alike or _first(once, row["id"])]
    statements = []
    if rows:
        statements.append(Statement(UPSERT_PEOPLE, {"people": rows}))
    if bare:
        statements.append(Statement(_NAME_PEOPLE, {"people": list(bare.values())}))
    return statements


_BARE_FIELDS = ("id", "name", "nameKey", "kind")


def _search_text(props: dict[str, Any]) -> str:
    return " | ".join([props["nameKey"], *props.get("aliasKeys", ())])


def people_image(image: Image, row: dict[str, Any]) -> None:
    """What ``UPSERT_PEOPLE`` (a described row) or ``_NAME_PEOPLE`` (a bare name) does, for the offline import."""
    first, union = Policy.ON_CREATE, Policy.UNION
    props: dict[str, tuple[Policy, Any]] = {"id": (first, row["id"]), "aliases": (union, []), "aliasKeys": (union, [])}
    if row["described"]:
        props |= {
            "name": (Policy.SET, row["name"]),
            "nameKey": (Policy.SET, row["nameKey"]),
            "kind": (Policy.SET, row["kind"]),
            "description": (Policy.COALESCE, row["description"]),
            "mbid": (Policy.COALESCE, row["mbid"]),
            "aliases": (union, row["aliases"]),
            "aliasKeys": (union, row["aliasKeys"]),
        }
    else:
        props |= {"name": (first, row["name"]), "nameKey": (first, row["nameKey"]), "kind": (first, row["kind"])}
    props["searchText"] = (Policy.DERIVED, _search_text)
    who = image.merge("Person", row["id"], props)
    for detail in row.get("aliasDetails") or () if row["described"] else ():
        alias = image.merge(
            "Alias",
            f"{row['id']}\x1f{detail['key']}",
            {"key": (first, detail["key"]), **{name: (Policy.SET, detail[name]) for name in _ALIAS_FIELDS}},
        )
        image.merge_link("HAS_ALIAS", who, alias)
    for key in row["nameKeys"] if row["described"] else (row["nameKey"],):
        image.merge_link("NAME_OF", image.merge("PersonName", key, {"key": (first, key)}), person(row["id"]))


_ALIAS_FIELDS = ("name", "locale", "type", "primary")


def people_facts_image(people: Sequence[dict[str, Any]], members: Sequence[dict[str, Any]]) -> Image:
    """What ``people_facts`` writes, for the offline import."""
    image = Image()
    for row in people:
        people_image(image, row)
    MEMBERS.image(image, ("", ""), {"members": list(members)})
    return image


def song_image(rows: SongRows) -> Image:
    """What the loader's statements write for one song into an empty store, for the offline import."""
    image = Image()
    for row in rows.people:
        people_image(image, row)
    song = image.create("Song", rows.id, rows.song)
    facts = {"id": rows.id, **rows.facts}
    for kind in ALL_KINDS:
        kind.image(image, song, facts)
    return image


def _first(seen: set[str], key: str) -> bool:
    if key in seen:
        return False
    seen.add(key)
    return True


# Memberships outside any song: the members kind's own write, given one row-holder in place of a song.
_MEMBERS = _CACHED_PLAN + "UNWIND $songs AS song\n" + MEMBERS.write + "\n"


def people_facts(people: Sequence[dict[str, Any]], members: Sequence[dict[str, Any]]) -> list[Statement]:
    """People described outside any song (``rows.people_rows``), then ``{group, member, position}`` rows."""
    statements = [Statement(UPSERT_PEOPLE, {"people": list(people)})] if people else []
    if members:
        statements.append(Statement(_MEMBERS, {"songs": [{"members": list(members)}]}))
    return statements


def upsert_songs(batch: Sequence[SongRows]) -> Statement:
    """Creates or updates the songs and clears their own facts; rows ``{id}``: introductions that lost a link."""
    return Statement(_UPSERT_SONGS, {"songs": [song.song for song in batch]})


def create_songs(batch: Sequence[SongRows]) -> Statement:
    """Creates songs known to be missing (locked in the same transaction and not found): nothing to clear."""
    return Statement(_CREATE_SONGS, {"songs": [song.song for song in batch]})


def facts(batch: Sequence[SongRows]) -> Statement:
    """Every fact of the batch's songs, kind by kind (see ``cypher.write.facts``).

    A people-section row that a later song of the batch repeats is left out where it comes first: writing it
    merges and sets, so only its last copy decides what the graph holds.
    """
    songs = [{"id": song.id, **song.facts} for song in batch]
    for key in _REPEATED:
        later: set[tuple[tuple[str, Any], ...]] = set()
        for song in reversed(songs):
            rows = song[key]
            if rows:
                song[key] = [row for row in rows if _once(later, tuple(row.items()))]
    return Statement(_FACTS, {"songs": songs})


_REPEATED = [kind.repeated for kind in ALL_KINDS if kind.repeated is not None]


def _once(seen: set[tuple[tuple[str, Any], ...]], row: tuple[tuple[str, Any], ...]) -> bool:
    if row in seen:
        return False
    seen.add(row)
    return True


def drop_orphan_introductions(ids: Sequence[str]) -> Statement:
    """Deletes those of the introductions ``ids`` that no longer led to any song."""
    return Statement(_DROP_ORPHAN_INTRODUCTIONS, {"ids": list(ids)})


def song_statements(doc: SongDocument) -> list[Statement]:
    """The statements that write one document, in order, as a batch of one (for tests and tools).

    A reload leaves introductions that no song leads to any more; ``upsert_songs`` returns their ids and
    ``drop_orphan_introductions`` deletes them, as ``services.loading.write_songs`` does.
    """
    rows = [song_rows(doc)]
    return [*people(rows), upsert_songs(rows), facts(rows)]
