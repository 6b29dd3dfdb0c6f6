"""The fact table: one declaration per kind of fact a song file holds (pure: Cypher text and row builders).

Each ``FactKind`` says, in one place, how its facts are built into parameter rows from a song document,
written (a subquery of the loader's batched statement), cleared before a reload, deleted with the song,
read back into the document's shape (the page importer merges with what it reads), which relationships
the neighbourhood walks, and whether they carry provenance. The loader (``cypher.bulk``), the importer's
read-back (``cypher.readback``), the delete steps (``cypher.edits``) and the neighbourhood
(``cypher.relationships``) are derived from ``FACTS``; ``tests/unit/test_fact_table.py`` checks that every
entry is complete and that every document field has an entry.

Adding a kind: a field on ``SongDocument``, an entry here (its rows, write, clear, delete and read), its
merge rule in ``ingest.merge``, and its API type; see the README's code map.

Cypher conventions: ``write`` runs with ``s`` (the song) and ``song`` (its row) bound; ``clear`` with ``s``;
``delete`` is a statement of its own taking ``$id`` and returning ``count``; ``read`` is an expression
with ``s`` bound. Relationship types and labels are fixed text; every value travels in the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from songgraph.cypher.write.image import Image, Policy, Ref, person, setting
from songgraph.cypher.write.rows import (
    People,
    award_row,
    certification_row,
    chart_peak_row,
    introduction_id,
    release_props,
    source_props,
    title_props,
    video_props,
)
from songgraph.graph import CREDIT_TYPES, SONG_ROLES, Role
from songgraph.models import SONG_CREDIT_LISTS, CreditRole, SongDocument
from songgraph.text import fold

Rows = dict[str, Any]
# A document being rebuilt from the graph: plain values keyed by SongDocument's field names.
Draft = dict[str, Any]

PROVENANCE = "sourcePage: row.sourcePage, sourceExcerpt: row.sourceExcerpt, sourceLine: row.sourceLine"
SOURCE_OF_X = (
    "CASE WHEN x.sourcePage IS NULL THEN null "
    "ELSE {page: x.sourcePage, excerpt: x.sourceExcerpt, line: x.sourceLine} END"
)


@dataclass(frozen=True)
class FactKind:
    """One kind of fact: everything the write side needs to know about it."""

    name: str
    # Node label (or relationship type) the facts are stored as, and the relationship types around them.
    stored_as: str
    links: tuple[str, ...]
    rows: Callable[[SongDocument, People], Rows]
    write: str
    # The reload: what of the song's own goes before its file is written again (None: nothing, shared).
    clear: str | None
    # deleteSong: the count the API reports under ``removed`` (None: deleting the song leaves them).
    removed: str | None
    delete: str | None
    read: str | None
    to_document: Callable[[Any, Draft], None]
    people: Callable[[Draft], Iterable[str]]
    rename: Callable[[Draft, Callable[[str], str]], None]
    # The same as ``write``, as nodes and relationships for the offline import (``cypher.write.image``): it
    # is given the song's node and its row (``{id, **facts}``).
    image: Callable[[Image, Ref, Rows], None]
    provenance: bool = True
    # Shared by several songs (merged by id): unlinked on a reload, deleted once no song is left.
    shared: bool = False
    # Facts of the people section, not of the song (merged, then set): the row key under which a row that
    # several songs of a batch repeat (a band's members, in each of its songs) is written once, the last time.
    repeated: str | None = None


def _nothing(_value: Any, _doc: Draft) -> None:
    return None


def _no_people(_doc: Draft) -> Iterable[str]:
    return ()


def _no_rename(_doc: Draft, _name: Callable[[str], str]) -> None:
    return None


# -- credits ---------------------------------------------------------------------------------------

_CREDIT_FIELDS = {Role[role.name]: (field, role) for role, field in SONG_CREDIT_LISTS.items()}


def _credit_rows(doc: SongDocument, people: People) -> Rows:
    sources = {(c.role, people.ref(c.person)): c.source for c in doc.credit_sources}
    rows: Rows = {
        role.value: people.positions(getattr(doc, field), sources, credit_role)
        for role, (field, credit_role) in _CREDIT_FIELDS.items()
    }
    # Other credits (engineer, instrument, vocal ...) keep the role as the source names it and a detail;
    # one person may hold several (guitar and vocals): one row each, in document order.
    rows[Role.OTHER.value] = [
        {
            "person": people.ref(credit.person),
            "position": index,
            "role": credit.role,
            "detail": credit.detail,
            **source_props(credit.source),
        }
        for index, credit in enumerate(doc.other_credits)
    ]
    return rows


def _credit_props(role: Role) -> str:
    extra = "role: row.role, detail: row.detail, " if role is Role.OTHER else ""
    return f"{{position: row.position, {extra}{PROVENANCE}}}"


_CREDIT_WRITE = "\n".join(
    f"CALL (s, song) {{ UNWIND song.{role.value} AS row MATCH (p:Person {{id: row.person}}) "
    f"CREATE (p)-[:{role.value} {_credit_props(role)}]->(s) }}"
    for role in SONG_ROLES
)


def _credits_image(image: Image, song: Ref, row: Rows) -> None:
    for role in SONG_ROLES:
        for credit in row[role.value]:
            image.link(role.value, person(credit["person"]), song, _without(credit, "person"))


def _without(row: Rows, *names: str) -> Rows:
    return {key: value for key, value in row.items() if key not in names}


def _credits_to_document(value: Any, doc: Draft) -> None:
    for credit in value:
        if credit["type"] == Role.OTHER.value:
            doc["other_credits"].append(
                {
                    "person": credit["person"],
                    "role": credit["role"],
                    "detail": credit["detail"],
                    "source": credit["source"],
                }
            )
            continue
        field, credit_role = _CREDIT_FIELDS[Role(credit["type"])]
        doc[field].append(credit["person"])
        if credit["source"]:
            doc["credit_sources"].append(
                {"role": credit_role.value, "person": credit["person"], "source": credit["source"]}
            )


def _credit_people(doc: Draft) -> Iterable[str]:
    listed = [person for field, _ in _CREDIT_FIELDS.values() for person in doc[field]]
    return [*listed, *(credit["person"] for credit in doc["other_credits"])]


def _credit_rename(doc: Draft, name: Callable[[str], str]) -> None:
    for field, _ in _CREDIT_FIELDS.values():
        doc[field] = [name(p) for p in doc[field]]
    doc["other_credits"] = [{**credit, "person": name(credit["person"])} for credit in doc["other_credits"]]
    for credit in doc["credit_sources"]:
        credit["person"] = name(credit["person"])


CREDITS = FactKind(
    name="credits",
    stored_as=CREDIT_TYPES,
    links=tuple(role.value for role in SONG_ROLES),
    rows=_credit_rows,
    write=_CREDIT_WRITE,
    clear=f"MATCH (s)<-[c:{CREDIT_TYPES}]-() DELETE c",
    removed="credits",
    delete=f"MATCH (:Song {{id: $id}})<-[c:{CREDIT_TYPES}]-(:Person) DELETE c RETURN count(c) AS count",
    read=(
        f"COLLECT {{ MATCH (s)<-[x:{CREDIT_TYPES}]-(p:Person) "
        f"RETURN {{type: type(x), person: p.id, role: x.role, detail: x.detail, source: {SOURCE_OF_X}}} AS row "
        "ORDER BY type(x), x.position }"
    ),
    to_document=_credits_to_document,
    people=_credit_people,
    rename=_credit_rename,
    image=_credits_image,
)


# -- album -----------------------------------------------------------------------------------------


def _album_rows(doc: SongDocument, people: People) -> Rows:
    if doc.album is None:
        return {"albums": []}
    album = doc.album
    row = {
        "album": {
            "id": album.key,
            "title": album.title,
            "titleKey": fold(album.title),
            "kind": album.kind,
            "releaseDate": album.release_date,
            "mbid": album.mbid,
        },
        "artists": people.positions(album.artists),
    }
    return {"albums": [row]}


def _album_image(image: Image, song: Ref, row: Rows) -> None:
    for entry in row["albums"]:
        album = entry["album"]
        props = setting({"title": album["title"], "titleKey": album["titleKey"], "searchText": album["titleKey"]})
        props |= setting({name: album[name] for name in ("kind", "releaseDate", "mbid")}, Policy.COALESCE)
        ref = image.merge("Album", album["id"], {"id": (Policy.ON_CREATE, album["id"]), **props})
        image.merge_link("ON_ALBUM", song, ref)
        for artist in entry["artists"]:
            image.merge_link("RELEASED", person(artist["person"]), ref, {"position": artist["position"]})


def _album_to_document(value: Any, doc: Draft) -> None:
    if value:
        doc["album"] = {
            "id": value["id"],
            "title": value["title"],
            "kind": value["kind"],
            "release_date": value["releaseDate"],
            "artists": value["artists"],
            "mbid": value["mbid"],
        }


def _album_people(doc: Draft) -> Iterable[str]:
    return doc["album"]["artists"] if doc.get("album") else ()


def _album_rename(doc: Draft, name: Callable[[str], str]) -> None:
    if doc.get("album"):
        doc["album"]["artists"] = [name(p) for p in doc["album"]["artists"]]


ALBUM = FactKind(
    name="album",
    stored_as="ON_ALBUM",
    links=("ON_ALBUM", "RELEASED"),
    rows=_album_rows,
    write="""CALL (s, song) {
  UNWIND song.albums AS row
  MERGE (a:Album {id: row.album.id})
  SET a.title = row.album.title, a.titleKey = row.album.titleKey, a.searchText = row.album.titleKey,
      a.kind = coalesce(row.album.kind, a.kind), a.releaseDate = coalesce(row.album.releaseDate, a.releaseDate),
      a.mbid = coalesce(row.album.mbid, a.mbid)
  MERGE (s)-[:ON_ALBUM]->(a)
  WITH a, row
  UNWIND row.artists AS artist
  MATCH (p:Person {id: artist.person})
  MERGE (p)-[r:RELEASED]->(a)
  SET r.position = artist.position
}""",
    clear="MATCH (s)-[a:ON_ALBUM]->() DELETE a",
    # The album stays (other songs, its artists); only the song's link goes with the song.
    removed=None,
    delete=None,
    read="""head(COLLECT { MATCH (s)-[:ON_ALBUM]->(a:Album)
      RETURN {id: a.id, title: a.title, kind: a.kind, releaseDate: a.releaseDate, mbid: a.mbid,
              artists: COLLECT { MATCH (a)<-[r:RELEASED]-(p:Person) RETURN p.id ORDER BY r.position }}
      AS row ORDER BY a.id LIMIT 1 })""",
    to_document=_album_to_document,
    people=_album_people,
    rename=_album_rename,
    image=_album_image,
    provenance=False,
)


# -- the music video -------------------------------------------------------------------------------


def _video_rows(doc: SongDocument, people: People) -> Rows:
    if doc.music_video is None:
        return {"videos": []}
    video = doc.music_video
    sources = {(c.role, people.ref(c.person)): c.source for c in doc.credit_sources}
    row = {
        "video": {
            **video_props(doc.key, video.release_date, video.views, video.likes, video.stats_as_of),
            "mbid": video.mbid,
        },
        "directors": people.positions(video.directors, sources, CreditRole.DIRECTOR),
        "cast": [
            {"person": people.ref(member.person), "role": member.role, "position": index, **source_props(member.source)}
            for index, member in enumerate(video.cast)
        ],
    }
    return {"videos": [row]}


def _video_image(image: Image, song: Ref, row: Rows) -> None:
    for entry in row["videos"]:
        video = image.create("MusicVideo", entry["video"]["id"], entry["video"])
        image.link("VIDEO_OF", video, song)
        for director in entry["directors"]:
            image.link("DIRECTED", person(director["person"]), video, _without(director, "person"))
        for member in entry["cast"]:
            image.link("APPEARS_IN", person(member["person"]), video, _without(member, "person"))


def _video_to_document(value: Any, doc: Draft) -> None:
    if not value:
        return
    doc["music_video"] = {
        "release_date": value["releaseDate"],
        "views": value["views"],
        "likes": value["likes"],
        "stats_as_of": value["statsAsOf"],
        "mbid": value["mbid"],
        "directors": [d["person"] for d in value["directors"]],
        "cast": value["cast"],
    }
    doc["credit_sources"] += [
        {"role": CreditRole.DIRECTOR.value, "person": d["person"], "source": d["source"]}
        for d in value["directors"]
        if d["source"]
    ]


def _video_people(doc: Draft) -> Iterable[str]:
    video = doc.get("music_video")
    return [*video["directors"], *(c["person"] for c in video["cast"])] if video else ()


def _video_rename(doc: Draft, name: Callable[[str], str]) -> None:
    video = doc.get("music_video")
    if video:
        video["directors"] = [name(p) for p in video["directors"]]
        video["cast"] = [{**c, "person": name(c["person"])} for c in video["cast"]]


MUSIC_VIDEO = FactKind(
    name="music_video",
    stored_as="MusicVideo",
    links=("VIDEO_OF", Role.DIRECTOR.value, Role.CAST.value),
    rows=_video_rows,
    write=f"""CALL (s, song) {{
  UNWIND song.videos AS video
  CREATE (v:MusicVideo)-[:VIDEO_OF]->(s)
  SET v = video.video
  WITH v, video
  CALL (v, video) {{
    UNWIND video.directors AS row
    MATCH (p:Person {{id: row.person}})
    CREATE (p)-[:DIRECTED {{position: row.position, {PROVENANCE}}}]->(v)
  }}
  CALL (v, video) {{
    UNWIND video.cast AS row
    MATCH (p:Person {{id: row.person}})
    CREATE (p)-[:APPEARS_IN {{role: row.role, position: row.position, {PROVENANCE}}}]->(v)
  }}
}}""",
    clear="MATCH (s)<-[:VIDEO_OF]-(v:MusicVideo) DETACH DELETE v",
    removed="musicVideos",
    delete="MATCH (:Song {id: $id})<-[:VIDEO_OF]-(v:MusicVideo) DETACH DELETE v RETURN count(v) AS count",
    read=f"""head(COLLECT {{ MATCH (s)<-[:VIDEO_OF]-(v:MusicVideo)
      RETURN {{releaseDate: v.releaseDate, views: v.views, likes: v.likes, statsAsOf: v.statsAsOf, mbid: v.mbid,
              directors: COLLECT {{ MATCH (v)<-[x:DIRECTED]-(p:Person)
                                   RETURN {{person: p.id, source: {SOURCE_OF_X}}} ORDER BY x.position }},
              cast: COLLECT {{ MATCH (v)<-[x:APPEARS_IN]-(p:Person)
                              RETURN {{person: p.id, role: x.role, source: {SOURCE_OF_X}}} ORDER BY x.position }}}}
      AS row LIMIT 1 }})""",
    to_document=_video_to_document,
    people=_video_people,
    rename=_video_rename,
    image=_video_image,
)


# -- introductions ---------------------------------------------------------------------------------


def _introduction_rows(doc: SongDocument, people: People) -> Rows:
    rows = []
    for intro in doc.introductions:
        introducer = people.ref(intro.introducer)
        introduced = [people.ref(name) for name in intro.introduced]
        rows.append(
            {
                "id": introduction_id(introducer, introduced),
                "introducer": introducer,
                "introduced": introduced,
                "occasion": intro.occasion,
                "year": intro.year,
                "outcome": intro.outcome,
                **source_props(intro.source),
            }
        )
    return {"introductions": rows}


def _introductions_image(image: Image, song: Ref, row: Rows) -> None:
    for entry in row["introductions"]:
        props = setting({name: entry[name] for name in ("occasion", "year", "outcome")})
        props |= setting({name: entry[name] for name in ("sourcePage", "sourceExcerpt", "sourceLine")}, Policy.COALESCE)
        ref = image.merge("Introduction", entry["id"], {"id": (Policy.ON_CREATE, entry["id"]), **props})
        image.merge_link("LED_TO", ref, song)
        image.merge_link("MADE_INTRODUCTION", person(entry["introducer"]), ref)
        for position, introduced in enumerate(entry["introduced"]):
            image.merge_link("INTRODUCES", ref, person(introduced), {"position": position})


def _introductions_to_document(value: Any, doc: Draft) -> None:
    doc["introductions"] = value


def _introduction_people(doc: Draft) -> Iterable[str]:
    return [person for i in doc["introductions"] for person in (i["introducer"], *i["introduced"])]


def _introduction_rename(doc: Draft, name: Callable[[str], str]) -> None:
    doc["introductions"] = [
        {**i, "introducer": name(i["introducer"]), "introduced": [name(p) for p in i["introduced"]]}
        for i in doc["introductions"]
    ]


INTRODUCTIONS = FactKind(
    name="introductions",
    stored_as="Introduction",
    links=("LED_TO", "MADE_INTRODUCTION", "INTRODUCES"),
    rows=_introduction_rows,
    write="""CALL (s, song) {
  UNWIND song.introductions AS row
  MERGE (i:Introduction {id: row.id})
  SET i.occasion = row.occasion, i.year = row.year, i.outcome = row.outcome
  // Shared by every song it led to: a file without provenance keeps the page's.
  SET i.sourcePage = coalesce(row.sourcePage, i.sourcePage),
      i.sourceExcerpt = coalesce(row.sourceExcerpt, i.sourceExcerpt),
      i.sourceLine = coalesce(row.sourceLine, i.sourceLine)
  MERGE (i)-[:LED_TO]->(s)
  WITH i, row
  MATCH (by:Person {id: row.introducer})
  MERGE (by)-[:MADE_INTRODUCTION]->(i)
  WITH i, row
  UNWIND range(0, size(row.introduced) - 1) AS k
  MATCH (p:Person {id: row.introduced[k]})
  MERGE (i)-[r:INTRODUCES]->(p)
  SET r.position = k
}""",
    # Only the link goes on a reload: another song of the batch may link the introduction again, and the
    # loader deletes those left with no song at the end of the batch.
    clear="MATCH (s)<-[l:LED_TO]-(i:Introduction) DELETE l RETURN collect(i.id) AS unlinked",
    removed="introductions",
    delete=(
        "MATCH (:Song {id: $id})<-[l:LED_TO]-(i:Introduction) DELETE l "
        "WITH i WHERE NOT EXISTS { (i)-[:LED_TO]->() } DETACH DELETE i RETURN count(i) AS count"
    ),
    read=f"""COLLECT {{ MATCH (s)<-[:LED_TO]-(x:Introduction)<-[:MADE_INTRODUCTION]-(by:Person)
      RETURN {{introducer: by.id, occasion: x.occasion, year: x.year, outcome: x.outcome, source: {SOURCE_OF_X},
              introduced: COLLECT {{ MATCH (x)-[r:INTRODUCES]->(p:Person) RETURN p.id ORDER BY r.position }}}}
      AS row ORDER BY x.id }}""",
    to_document=_introductions_to_document,
    people=_introduction_people,
    rename=_introduction_rename,
    image=_introductions_image,
    shared=True,
)


# -- certifications, chart peaks, quotes, awards: nodes of the song's own ----------------------------


def _own_facts(field: str, label: str, link: str, order: str, columns: str) -> dict[str, Any]:
    """The parts of a kind stored as nodes the song owns, linked ``(s)-[:link]->(x:label)``."""

    def image(image: Image, song: Ref, row: Rows) -> None:
        for fact in row[field]:
            image.link(link, song, image.create(label, fact["id"], fact))

    return {
        "stored_as": label,
        "links": (link,),
        "write": f"CALL (s, song) {{ UNWIND song.{field} AS row CREATE (s)-[:{link}]->(c:{label}) SET c = row }}",
        "clear": f"MATCH (s)-[:{link}]->(x:{label}) DETACH DELETE x",
        "delete": f"MATCH (:Song {{id: $id}})-[:{link}]->(x:{label}) DETACH DELETE x RETURN count(x) AS count",
        "read": f"COLLECT {{ MATCH (s)-[:{link}]->(x:{label}) RETURN {{{columns}, source: {SOURCE_OF_X}}} "
        f"AS row ORDER BY x.{order} }}",
        "image": image,
    }


def _set(field: str) -> Callable[[Any, Draft], None]:
    def to_document(value: Any, doc: Draft) -> None:
        doc[field] = value

    return to_document


CERTIFICATIONS = FactKind(
    name="certifications",
    rows=lambda doc, _people: {
        "certifications": [certification_row(doc.key, cert, i) for i, cert in enumerate(doc.certifications)]
    },
    removed="certifications",
    to_document=_set("certifications"),
    people=_no_people,
    rename=_no_rename,
    **_own_facts(
        "certifications",
        "Certification",
        "CERTIFIED",
        "position",
        "country: x.country, level: x.level, multiplier: x.multiplier, body: x.body",
    ),
)

CHART_PEAKS = FactKind(
    name="chart_peaks",
    rows=lambda doc, _people: {
        "chartPeaks": [chart_peak_row(doc.key, peak, i) for i, peak in enumerate(doc.chart_peaks)]
    },
    removed="chartPeaks",
    to_document=_set("chart_peaks"),
    people=_no_people,
    rename=_no_rename,
    **_own_facts(
        "chartPeaks", "ChartPeak", "PEAKED", "ordinal", "country: x.country, chart: x.chart, position: x.position"
    ),
)

AWARDS = FactKind(
    name="awards",
    rows=lambda doc, _people: {"awards": [award_row(doc.key, award, i) for i, award in enumerate(doc.awards)]},
    removed="awards",
    to_document=_set("awards"),
    people=_no_people,
    rename=_no_rename,
    **_own_facts(
        "awards", "Award", "WON", "position", "name: x.name, year: x.year, body: x.body, category: x.category"
    ),
)


def _quote_rows(doc: SongDocument, people: People) -> Rows:
    return {
        "quotes": [
            {
                "id": f"{doc.key}--quote--{index}",
                "speaker": people.ref(quote.speaker),
                "text": quote.text,
                "source": quote.source,
                "year": quote.year,
                "position": index,
                **source_props(quote.provenance),
            }
            for index, quote in enumerate(doc.quotes)
        ]
    }


def _quotes_image(image: Image, song: Ref, row: Rows) -> None:
    for entry in row["quotes"]:
        quote = image.create("Quote", entry["id"], _without(entry, "speaker"))
        image.link("ABOUT", quote, song)
        image.link("SAID_BY", quote, person(entry["speaker"]))


def _quote_rename(doc: Draft, name: Callable[[str], str]) -> None:
    doc["quotes"] = [{**q, "speaker": name(q["speaker"])} for q in doc["quotes"]]


QUOTES = FactKind(
    name="quotes",
    stored_as="Quote",
    links=("ABOUT", "SAID_BY"),
    rows=_quote_rows,
    write=f"""CALL (s, song) {{
  UNWIND song.quotes AS row
  MATCH (p:Person {{id: row.speaker}})
  CREATE (q:Quote {{id: row.id, text: row.text, source: row.source, year: row.year, position: row.position,
    {PROVENANCE}}})
  CREATE (q)-[:ABOUT]->(s)
  CREATE (q)-[:SAID_BY]->(p)
}}""",
    clear="MATCH (s)<-[:ABOUT]-(q:Quote) DETACH DELETE q",
    removed="quotes",
    delete="MATCH (:Song {id: $id})<-[:ABOUT]-(q:Quote) DETACH DELETE q RETURN count(q) AS count",
    read=f"""COLLECT {{ MATCH (s)<-[:ABOUT]-(x:Quote)-[:SAID_BY]->(p:Person)
      RETURN {{speaker: p.id, text: x.text, source: x.source, year: x.year, provenance: {SOURCE_OF_X}}}
      AS row ORDER BY x.position }}""",
    to_document=_set("quotes"),
    people=lambda doc: [q["speaker"] for q in doc["quotes"]],
    rename=_quote_rename,
    image=_quotes_image,
)


# -- band membership (from the people section; shared, never cleared by a song) ----------------------


def _member_rows(doc: SongDocument, people: People) -> Rows:
    return {
        "members": [
            {"group": entry.key, "member": people.ref(member), "position": index}
            for entry in doc.people
            for index, member in enumerate(entry.members)
        ]
    }


def _members_image(image: Image, _song: Ref, row: Rows) -> None:
    for entry in row["members"]:
        image.merge_link("MEMBER_OF", person(entry["member"]), person(entry["group"]), {"position": entry["position"]})


MEMBERS = FactKind(
    name="members",
    stored_as="MEMBER_OF",
    links=("MEMBER_OF",),
    rows=_member_rows,
    write="""CALL (song) {
  UNWIND song.members AS row
  MATCH (g:Person {id: row.group}), (m:Person {id: row.member})
  MERGE (m)-[r:MEMBER_OF]->(g)
  SET r.position = row.position
}""",
    clear=None,
    removed=None,
    delete=None,
    # Read back with the people section (their entries), not as a fact of the song.
    read=None,
    to_document=_nothing,
    people=_no_people,
    rename=_no_rename,
    image=_members_image,
    provenance=False,
    repeated="members",
)


# -- awards a person won (from the people section; merged by id, never cleared by a song) ---------------


def _person_award_rows(doc: SongDocument, people: People) -> Rows:
    return {
        "personAwards": [
            {"person": entry.key, **award_row(entry.key, award, index)}
            for entry in doc.people
            for index, award in enumerate(entry.awards)
        ]
    }


def _person_awards_image(image: Image, _song: Ref, row: Rows) -> None:
    for entry in row["personAwards"]:
        props = setting({name: entry[name] for name in ("name", "year", "body", "category", "position")})
        award = image.merge("Award", entry["id"], {"id": (Policy.ON_CREATE, entry["id"]), **props})
        image.merge_link("WON", person(entry["person"]), award)


PERSON_AWARDS = FactKind(
    name="person_awards",
    stored_as="Award",
    links=("WON",),
    rows=_person_award_rows,
    write="""CALL (song) {
  UNWIND song.personAwards AS row
  MATCH (p:Person {id: row.person})
  MERGE (a:Award {id: row.id})
  SET a.name = row.name, a.year = row.year, a.body = row.body, a.category = row.category,
      a.position = row.position
  MERGE (p)-[:WON]->(a)
}""",
    clear=None,
    removed=None,
    delete=None,
    # Read back with the people section (their entries), not as a fact of the song.
    read=None,
    to_document=_nothing,
    people=_no_people,
    rename=_no_rename,
    image=_person_awards_image,
    provenance=False,
    repeated="personAwards",
)


FACTS: tuple[FactKind, ...] = (CREDITS, ALBUM, MUSIC_VIDEO, INTRODUCTIONS, CERTIFICATIONS, CHART_PEAKS, QUOTES, AWARDS)
# Written after the song's own facts; not cleared or read back per song.
ALL_KINDS: tuple[FactKind, ...] = (*FACTS, MEMBERS, PERSON_AWARDS)
BY_NAME = {kind.name: kind for kind in ALL_KINDS}


def link_types() -> tuple[str, ...]:
    """Every relationship type a fact kind writes, in table order, each once."""
    return tuple(dict.fromkeys(link for kind in ALL_KINDS for link in kind.links))


@dataclass(frozen=True)
class SongRows:
    """What one song document writes, as parameter rows: its people, its own properties, and its facts
    (the rows of every kind, keyed as the kinds' ``write`` subqueries read them)."""

    id: str
    people: list[dict[str, Any]]
    song: dict[str, Any]
    facts: dict[str, Any]


def song_rows(doc: SongDocument) -> SongRows:
    """Every row that writes ``doc``."""
    people = People(doc.people)
    facts: dict[str, Any] = {}
    for kind in ALL_KINDS:
        facts.update(kind.rows(doc, people))
    song = {
        "id": doc.key,
        **title_props(doc.title),
        **release_props(doc.release_date),
        "genres": list(doc.genres),
        "summary": doc.summary,
        "addedBy": doc.added_by,
        **source_props(doc.source),
        "mbid": doc.mbid,
        "length": doc.length,
    }
    # Read last: every reference above may have added an undescribed person.
    return SongRows(id=doc.key, people=list(people.rows.values()), song=song, facts=facts)
