"""The Cypher of curation edits (pure): each function returns one statement; values only as parameters.

Relationship types appear in the text only when they come from the closed ``Role`` enum.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from songgraph.cypher.statement import Statement
from songgraph.cypher.write.facts import AWARDS, CERTIFICATIONS, CHART_PEAKS, FACTS
from songgraph.graph import Role

# Taking the song's write lock before reading its version makes the check and the bump one step:
# a second writer waits here and then sees the first one's version.
_LOCK_SONG = """
MATCH (s:Song {id: $id})
SET s._lock = true
REMOVE s._lock
RETURN coalesce(s.version, 0) AS version, s.title AS title, s.updatedBy AS updatedBy,
       EXISTS { (s)<-[:VIDEO_OF]-(:MusicVideo) } AS hasVideo
"""

_RELEASE_SONG = """
MATCH (s:Song {id: $id})
SET s.version = coalesce(s.version, 0) + 1, s.updatedBy = null, s.updatedAt = null
"""

_STAMP_SONG = """
MATCH (s:Song {id: $id})
SET s.version = coalesce(s.version, 0) + 1, s.updatedAt = datetime(), s.updatedBy = $actor
FOREACH (_ IN CASE WHEN $created THEN [1] ELSE [] END | SET s.createdBy = $actor, s.createdAt = s.updatedAt)
"""

_FIND_PEOPLE = """
UNWIND $refs AS ref
OPTIONAL MATCH (byId:Person {id: ref.id})
OPTIONAL MATCH (:PersonName {key: ref.key})-[:NAME_OF]->(byName:Person)
WITH ref, byId, byName ORDER BY byName.nameKey = ref.key DESC, byName.id
WITH ref, byId, collect(byName)[0] AS named
RETURN ref.index AS index, coalesce(byId.id, named.id) AS id, coalesce(byId.name, named.name) AS name
"""

_TAKEN_IDS = """
UNWIND $bases AS base
MATCH (p:Person) WHERE p.id = base OR p.id STARTS WITH base + '-'
RETURN base, collect(p.id) AS taken
"""

_CREATE_PEOPLE = """
UNWIND $people AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.nameKey = row.nameKey, p.kind = row.kind, p.aliases = [], p.aliasKeys = [],
              p.searchText = row.nameKey, p.createdBy = $actor, p.createdAt = datetime()
MERGE (n:PersonName {key: row.nameKey})
MERGE (n)-[:NAME_OF]->(p)
"""

_SONG_EXISTS = "MATCH (s:Song {id: $id}) RETURN s.id AS id"

_NAMESAKES = """
MATCH (s:Song {titleKey: $titleKey})
RETURN s.id AS id, s.title AS title,
       COLLECT { MATCH (s)<-[r:PERFORMED]-(p:Person) RETURN p {.id, .name} ORDER BY r.position } AS artists
ORDER BY s.id
"""

_TAKEN_SONG_IDS = """
MATCH (s:Song) WHERE s.id = $base OR s.id STARTS WITH $base + '-'
RETURN collect(s.id) AS taken
"""

_CREATE_SONG = """
CREATE (s:Song {id: $id})
SET s += $props, s.version = 1, s.createdBy = $actor, s.createdAt = datetime(),
    s.updatedBy = $actor, s.updatedAt = datetime()
"""

_SET_SONG = "MATCH (s:Song {id: $id}) SET s += $props"

_CLEAR_CREDITS = "MATCH (s:Song {{id: $id}})<-[c:{rel_type}]-(:Person) DELETE c"

_ADD_CREDITS = """
MATCH (s:Song {{id: $id}})
UNWIND $rows AS row
MATCH (p:Person {{id: row.person}})
CREATE (p)-[:{rel_type} {{position: row.position, createdBy: $actor, createdAt: datetime()}}]->(s)
"""

_ADD_VIDEO_CREDIT = """
MATCH (:Song {{id: $id}})<-[:VIDEO_OF]-(v:MusicVideo)
MATCH (p:Person {{id: $person}})
CALL (v) {{ OPTIONAL MATCH (v)<-[x:{rel_type}]-(:Person) RETURN coalesce(max(x.position), -1) + 1 AS position }}
CREATE (p)-[:{rel_type} {{position: position, role: $part, createdBy: $actor, createdAt: datetime()}}]->(v)
"""

_CREDIT_EXISTS = """
MATCH (p:Person {{id: $person}})-[r:{rel_type}]->(target)
WHERE (target:Song AND target.id = $id)
   OR (target:MusicVideo AND EXISTS {{ (target)-[:VIDEO_OF]->(:Song {{id: $id}}) }})
RETURN count(r) AS count
"""

_REMOVE_CREDIT = """
MATCH (p:Person {{id: $person}})-[r:{rel_type}]->(target)
WHERE (target:Song AND target.id = $id)
   OR (target:MusicVideo AND EXISTS {{ (target)-[:VIDEO_OF]->(:Song {{id: $id}}) }})
DELETE r
RETURN count(r) AS count
"""

_NEXT_POSITION = """
OPTIONAL MATCH (:Song {{id: $id}})<-[r:{rel_type}]-(:Person)
RETURN coalesce(max(r.position), -1) + 1 AS position
"""

_LINK_ALBUM = """
MATCH (s:Song {id: $id})
OPTIONAL MATCH (s)-[old:ON_ALBUM]->(:Album)
DELETE old
WITH DISTINCT s
UNWIND $albums AS row
MERGE (a:Album {id: row.id})
ON CREATE SET a.title = row.title, a.titleKey = row.titleKey, a.searchText = row.titleKey,
              a.createdBy = $actor, a.createdAt = datetime()
MERGE (s)-[:ON_ALBUM]->(a)
"""

_REMOVE_VIDEO = "MATCH (:Song {id: $id})<-[:VIDEO_OF]-(v:MusicVideo) DETACH DELETE v"

_CREATE_VIDEO = """
MATCH (s:Song {id: $id})
CREATE (v:MusicVideo)-[:VIDEO_OF]->(s)
SET v = $video, v.createdBy = $actor, v.createdAt = datetime()
WITH v
CALL (v) {
  UNWIND $directors AS row
  MATCH (p:Person {id: row.person})
  CREATE (p)-[:DIRECTED {position: row.position, createdBy: $actor, createdAt: datetime()}]->(v)
}
CALL (v) {
  UNWIND $cast AS row
  MATCH (p:Person {id: row.person})
  CREATE (p)-[:APPEARS_IN {role: row.role, position: row.position, createdBy: $actor, createdAt: datetime()}]->(v)
}
"""

_SONGS_EXIST = "UNWIND $ids AS id MATCH (s:Song {id: id}) RETURN s.id AS id"

_RECORD_INTRODUCTION = """
MERGE (i:Introduction {id: $intro.id})
ON CREATE SET i.createdBy = $actor, i.createdAt = datetime()
SET i.occasion = $intro.occasion, i.year = $intro.year, i.outcome = $intro.outcome,
    i.updatedBy = $actor, i.updatedAt = datetime()
WITH i
MATCH (by:Person {id: $intro.introducer})
MERGE (by)-[:MADE_INTRODUCTION]->(i)
WITH i
CALL (i) {
  UNWIND range(0, size($intro.introduced) - 1) AS k
  MATCH (p:Person {id: $intro.introduced[k]})
  MERGE (i)-[r:INTRODUCES]->(p)
  SET r.position = k
}
CALL (i) {
  UNWIND $intro.ledTo AS songId
  MATCH (s:Song {id: songId})
  MERGE (i)-[:LED_TO]->(s)
}
"""

# The facts hanging off a song as nodes of their own, by label: the relationship that links them.
FACT_LINKS = {kind.stored_as: kind.links[0] for kind in (CERTIFICATIONS, CHART_PEAKS, AWARDS)}

_FACTS = """
MATCH (:Song {{id: $id}})-[:{rel}]->(c:{label})
RETURN c {{.id, .country, .chart, .ordinal, .position}} AS fact
"""

_ADD_FACT = """
MATCH (s:Song {{id: $id}})
CREATE (s)-[:{rel}]->(c:{label})
SET c = $row, c.createdBy = $actor, c.createdAt = datetime()
"""

_REMOVE_FACTS = """
UNWIND $ids AS factId
MATCH (:Song {{id: $id}})-[:{rel}]->(c:{label} {{id: factId}})
DETACH DELETE c
"""

# An award goes to a song or a person (``owner`` is one of those two labels, from a closed set).
_AWARDS_OF = """
MATCH (:{owner} {{id: $id}})-[:WON]->(a:Award)
RETURN a {{.id, .name, .year, .category}} AS award
"""

_ADD_AWARD = """
MATCH (o:{owner} {{id: $id}})
CREATE (o)-[:WON]->(a:Award)
SET a = $row, a.createdBy = $actor, a.createdAt = datetime()
"""

_AWARD_OWNER = """
MATCH (a:Award {id: $id})<-[:WON]-(o)
RETURN head([label IN labels(o) WHERE label IN ['Song', 'Person']]) AS owner, o.id AS ownerId
"""

_REMOVE_AWARD = "MATCH (a:Award {id: $id}) DETACH DELETE a"

AWARD_OWNERS = ("Song", "Person")

_PERSON_NAMES = """
MATCH (p:Person {id: $id})
OPTIONAL MATCH (:PersonName {key: $key})-[:NAME_OF]->(owner:Person)
RETURN p.name AS name, collect(owner.id) AS owners
"""

_ADD_ALIAS = """
MATCH (p:Person {id: $id})
MERGE (n:PersonName {key: $key})
MERGE (n)-[:NAME_OF]->(p)
SET p.aliases = coalesce(p.aliases, []) + [$alias], p.aliasKeys = coalesce(p.aliasKeys, []) + [$key],
    p.updatedBy = $actor, p.updatedAt = datetime()
SET p.searchText = reduce(text = p.nameKey, a IN p.aliasKeys | text + ' | ' + a)
"""

_TWO_PEOPLE = """
UNWIND $ids AS id
MATCH (p:Person {id: id})
SET p._lock = true
REMOVE p._lock
RETURN p.id AS id, p.name AS name, p.nameKey AS nameKey, coalesce(p.aliases, []) AS aliases,
       coalesce(p.aliasKeys, []) AS aliasKeys
"""

# What links the two people as two different people: merging them would make a person a member of
# themselves or introduced to themselves, so such a merge is refused rather than the link dropped.
_LINKS_BETWEEN = """
MATCH (a:Person {id: $keep}), (b:Person {id: $remove})
RETURN COLLECT { MATCH (a)-[r]-(b) RETURN DISTINCT type(r) } AS direct,
       COLLECT { MATCH (a)--(i:Introduction)--(b) RETURN DISTINCT coalesce(i.occasion, i.id) } AS introductions
"""

# Every relationship of the removed person is recreated on the kept one with its type and properties;
# MERGE makes a credit both already had into one. Links between the two never get here (the merge is
# refused, see _LINKS_BETWEEN), so none becomes a self-loop. Dynamic types (``$(type(r))``) keep this
# correct for relationship types added later.
_MOVE_OUTGOING = """
MATCH (gone:Person {id: $remove})-[r]->(other)
WHERE NOT other:Person OR other.id <> $keep
MATCH (kept:Person {id: $keep})
MERGE (kept)-[moved:$(type(r))]->(other)
SET moved += properties(r)
DELETE r
"""

_MOVE_INCOMING = """
MATCH (gone:Person {id: $remove})<-[r]-(other)
WHERE NOT other:Person OR other.id <> $keep
MATCH (kept:Person {id: $keep})
MERGE (kept)<-[moved:$(type(r))]-(other)
SET moved += properties(r)
DELETE r
"""

_FINISH_MERGE = """
MATCH (gone:Person {id: $remove}), (kept:Person {id: $keep})
SET kept.aliases = $aliases, kept.aliasKeys = $aliasKeys, kept.updatedBy = $actor, kept.updatedAt = datetime()
SET kept.searchText = reduce(text = kept.nameKey, a IN kept.aliasKeys | text + ' | ' + a)
DETACH DELETE gone
"""

# What deleting a song removes, kind by kind from the fact table, each step counting what it removed.
# An introduction that also led to another song stays; only its link to this one goes.
_DELETE_SONG_STEPS: tuple[tuple[str, str], ...] = tuple(
    (kind.removed, kind.delete) for kind in FACTS if kind.removed is not None and kind.delete is not None
)

# Who and what the song touches, before anything is deleted: the candidates for orphan clean-up.
_SONG_NEIGHBOURS = """
MATCH (s:Song {id: $id})
RETURN COLLECT {
  MATCH (s)-[*1..2]-(p:Person) RETURN DISTINCT p.id
} AS people, COLLECT { MATCH (s)-[:ON_ALBUM]->(a:Album) RETURN a.id } AS albums
"""

_DELETE_SONG = "MATCH (s:Song {id: $id}) DETACH DELETE s"

# Albums and people left with nothing: no songs (albums), or no relationship but their own name nodes.
_DELETE_ORPHAN_ALBUMS = """
UNWIND $ids AS albumId
MATCH (a:Album {id: albumId})
WHERE NOT EXISTS { (a)<-[:ON_ALBUM]-(:Song) }
WITH a, a.title AS title, a.id AS id
DETACH DELETE a
RETURN title, id
"""

_DELETE_ORPHAN_PEOPLE = """
UNWIND $ids AS personId
MATCH (p:Person {id: personId})
WHERE NOT EXISTS { (p)-[r]-() WHERE NOT type(r) = 'NAME_OF' }
OPTIONAL MATCH (n:PersonName)-[:NAME_OF]->(p)
WHERE NOT EXISTS { (n)-[:NAME_OF]->(other:Person) WHERE other <> p }
WITH p, p.name AS name, p.id AS id, collect(n) AS names
FOREACH (n IN names | DETACH DELETE n)
DETACH DELETE p
RETURN name, id
"""


def lock_song(song: str) -> Statement:
    return Statement(_LOCK_SONG, {"id": song})


def release_song(song: str) -> Statement:
    """The song no longer counts as edited through the API (a data file replaced it)."""
    return Statement(_RELEASE_SONG, {"id": song})


def touch_song(song: str, actor: str) -> Statement:
    return stamp_song(song, actor, created=False)


def stamp_song(song: str, actor: str, created: bool) -> Statement:
    """Records an edit made outside these statements (a page import): version, editor, and creator if new."""
    return Statement(_STAMP_SONG, {"id": song, "actor": actor, "created": created})


def find_people(refs: Sequence[Mapping[str, Any]]) -> Statement:
    """Rows ``{index, id, name}``: each ref (``{index, id}`` or ``{index, key}``) and whom it names."""
    return Statement(_FIND_PEOPLE, {"refs": list(refs)})


def taken_person_ids(bases: Sequence[str]) -> Statement:
    """Rows ``{base, taken}``: the person ids in use that are ``base`` or start with ``base-``."""
    return Statement(_TAKEN_IDS, {"bases": list(bases)})


def create_people(rows: Sequence[Mapping[str, Any]], actor: str) -> Statement:
    return Statement(_CREATE_PEOPLE, {"people": list(rows), "actor": actor})


def song_exists(song: str) -> Statement:
    return Statement(_SONG_EXISTS, {"id": song})


def namesakes(title_key: str) -> Statement:
    """Rows ``{id, title, artists: [{id, name}]}``: the songs whose title folds to ``title_key``."""
    return Statement(_NAMESAKES, {"titleKey": title_key})


def taken_song_ids(base: str) -> Statement:
    """One row ``{taken}``: the song ids in use that are ``base`` or start with ``base-``."""
    return Statement(_TAKEN_SONG_IDS, {"base": base})


def songs_exist(songs: Sequence[str]) -> Statement:
    return Statement(_SONGS_EXIST, {"ids": list(songs)})


def create_song(song: str, props: Mapping[str, Any], actor: str) -> Statement:
    return Statement(_CREATE_SONG, {"id": song, "props": dict(props), "actor": actor})


def set_song(song: str, props: Mapping[str, Any]) -> Statement:
    return Statement(_SET_SONG, {"id": song, "props": dict(props)})


def replace_credits(song: str, role: Role, people: Sequence[str], actor: str) -> list[Statement]:
    """The song's credits in ``role`` become exactly ``people``, in that order."""
    rows = [{"person": person, "position": index} for index, person in enumerate(dict.fromkeys(people))]
    statements = [Statement(_CLEAR_CREDITS.format(rel_type=role.value), {"id": song})]
    if rows:
        statements.append(
            Statement(_ADD_CREDITS.format(rel_type=role.value), {"id": song, "rows": rows, "actor": actor})
        )
    return statements


def credit_count(song: str, person: str, role: Role) -> Statement:
    return Statement(_CREDIT_EXISTS.format(rel_type=role.value), {"id": song, "person": person})


def credit_total(song: str, role: Role) -> Statement:
    cypher = f"MATCH (:Song {{id: $id}})<-[r:{role.value}]-(:Person) RETURN count(r) AS count"
    return Statement(cypher, {"id": song})


def next_position(song: str, role: Role) -> Statement:
    return Statement(_NEXT_POSITION.format(rel_type=role.value), {"id": song})


def add_song_credit(song: str, person: str, role: Role, position: int, actor: str) -> Statement:
    rows = [{"person": person, "position": position}]
    return Statement(_ADD_CREDITS.format(rel_type=role.value), {"id": song, "rows": rows, "actor": actor})


def add_video_credit(song: str, person: str, role: Role, part: str | None, actor: str) -> Statement:
    params = {"id": song, "person": person, "part": part, "actor": actor}
    return Statement(_ADD_VIDEO_CREDIT.format(rel_type=role.value), params)


def remove_credit(song: str, person: str, role: Role) -> Statement:
    return Statement(_REMOVE_CREDIT.format(rel_type=role.value), {"id": song, "person": person})


def replace_video(
    song: str,
    video: Mapping[str, Any],
    directors: Sequence[str],
    cast: Sequence[tuple[str, str | None]],
    actor: str,
) -> list[Statement]:
    params = {
        "id": song,
        "video": dict(video),
        "directors": [{"person": p, "position": i} for i, p in enumerate(dict.fromkeys(directors))],
        "cast": [{"person": p, "role": part, "position": i} for i, (p, part) in enumerate(cast)],
        "actor": actor,
    }
    return [Statement(_REMOVE_VIDEO, {"id": song}), Statement(_CREATE_VIDEO, params)]


def record_introduction(intro: Mapping[str, Any], actor: str) -> Statement:
    return Statement(_RECORD_INTRODUCTION, {"intro": dict(intro), "actor": actor})


def _fact(template: str, label: str) -> str:
    return template.format(rel=FACT_LINKS[label], label=label)


def facts(song: str, label: str) -> Statement:
    """The song's facts of one kind, as rows ``{fact: {id, country, chart, ordinal, position}}``."""
    return Statement(_fact(_FACTS, label), {"id": song})


def add_fact(song: str, label: str, row: Mapping[str, Any], actor: str) -> Statement:
    return Statement(_fact(_ADD_FACT, label), {"id": song, "row": dict(row), "actor": actor})


def remove_facts(song: str, label: str, ids: Sequence[str]) -> Statement:
    return Statement(_fact(_REMOVE_FACTS, label), {"id": song, "ids": list(ids)})


def awards_of(owner: str, key: str) -> Statement:
    """Rows ``{award: {id, name, year, category}}``: the awards of the song or person ``key``."""
    return Statement(_AWARDS_OF.format(owner=_owner(owner)), {"id": key})


def add_award(owner: str, key: str, row: Mapping[str, Any], actor: str) -> Statement:
    return Statement(_ADD_AWARD.format(owner=_owner(owner)), {"id": key, "row": dict(row), "actor": actor})


def award_owner(award: str) -> Statement:
    """At most one row ``{owner, ownerId}``: the label and id of who won the award."""
    return Statement(_AWARD_OWNER, {"id": award})


def remove_award(award: str) -> Statement:
    return Statement(_REMOVE_AWARD, {"id": award})


def _owner(label: str) -> str:
    if label not in AWARD_OWNERS:
        raise ValueError(f"an award goes to a Song or a Person, not a {label}")
    return label


def person_names(person: str, key: str) -> Statement:
    """The person's name and who (if anyone) already answers to the spelling ``key``."""
    return Statement(_PERSON_NAMES, {"id": person, "key": key})


def add_alias(person: str, alias: str, key: str, actor: str) -> Statement:
    return Statement(_ADD_ALIAS, {"id": person, "alias": alias, "key": key, "actor": actor})


def lock_people(ids: Sequence[str]) -> Statement:
    return Statement(_TWO_PEOPLE, {"ids": list(ids)})


def links_between(keep: str, remove: str) -> Statement:
    """One row ``{direct, introductions}``: relationship types between the two, introductions naming both."""
    return Statement(_LINKS_BETWEEN, {"keep": keep, "remove": remove})


def merge_people(
    keep: str, remove: str, aliases: Sequence[str], alias_keys: Sequence[str], actor: str
) -> list[Statement]:
    """Moves everything of ``remove`` onto ``keep``, which ends with exactly ``aliases``, then deletes it."""
    params = {"keep": keep, "remove": remove}
    finish = {**params, "aliases": list(aliases), "aliasKeys": list(alias_keys), "actor": actor}
    return [Statement(_MOVE_OUTGOING, params), Statement(_MOVE_INCOMING, params), Statement(_FINISH_MERGE, finish)]


def link_album(song: str, album: Mapping[str, Any] | None, actor: str) -> Statement:
    """The song is on ``album`` (merged by id) and no other; None takes it off its album."""
    return Statement(_LINK_ALBUM, {"id": song, "albums": [dict(album)] if album else [], "actor": actor})


def song_neighbours(song: str) -> Statement:
    return Statement(_SONG_NEIGHBOURS, {"id": song})


def delete_song_facts(song: str) -> list[tuple[str, Statement]]:
    """``(what, statement)`` pairs; each statement returns how many of ``what`` it removed."""
    return [(what, Statement(cypher, {"id": song})) for what, cypher in _DELETE_SONG_STEPS]


def delete_song(song: str) -> Statement:
    return Statement(_DELETE_SONG, {"id": song})


def delete_orphan_albums(ids: Sequence[str]) -> Statement:
    return Statement(_DELETE_ORPHAN_ALBUMS, {"ids": list(ids)})


def delete_orphan_people(ids: Sequence[str]) -> Statement:
    return Statement(_DELETE_ORPHAN_PEOPLE, {"ids": list(ids)})
