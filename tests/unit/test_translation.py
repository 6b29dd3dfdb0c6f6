"""The pure translation step: a selection becomes one Cypher statement and its parameters."""

from __future__ import annotations

import re

import pytest

from songgraph.cypher import browse, reads, stats
from songgraph.cypher.selection import Field, Fragment
from songgraph.errors import BadUserInput
from songgraph.ids import to_global_id


def f(field_name: str, /, *selections: Field | Fragment, alias: str | None = None, **arguments: object) -> Field:
    return Field(field_name, alias, arguments, tuple(selections))


def test_song_by_title_with_writers() -> None:
    statement = reads.song(f("song", f("title"), f("writers", f("name")), title="We Don\u2019t Talk Anymore"))
    assert statement is not None
    assert statement.cypher == (
        "MATCH (this:Song {titleKey: $p0}) USING RANGE INDEX this:Song(titleKey) "
        "WITH this ORDER BY this.releaseDate IS NULL, this.releaseDate, this.id LIMIT $p1 "
        "WITH collect(this) AS found3 "
        "RETURN CASE WHEN size(found3) = 1 THEN [this IN found3 | {`__labels`: labels(this), `title`: this.title, "
        "`writers`: COLLECT { MATCH (this)<-[r2:WROTE]-(m1:Person) "
        "RETURN {`__labels`: labels(m1), `name`: m1.name} ORDER BY r2.position, m1.name LIMIT 2000 }}][0] END "
        "AS result, CASE WHEN size(found3) > 1 THEN [s4 IN found3 | {id: s4.id, title: s4.title, "
        "artists: COLLECT { MATCH (s4)<-[r5:PERFORMED]-(p6:Person) RETURN p6.name ORDER BY r5.position }}] END "
        "AS namesakes"
    )
    # Namesakes are listed rather than one picked: at most ten, and an eleventh says there are more.
    assert statement.params == {"p0": "we dont talk anymore", "p1": 11}


def test_person_by_name_goes_through_the_name_index() -> None:
    statement = reads.person(f("person", f("name"), name="Jacob Kashner Hindlin"))
    assert statement is not None
    assert statement.cypher.startswith(
        "MATCH (spelling1:PersonName {key: $p0})-[:NAME_OF]->(this:Person) USING RANGE INDEX spelling1:PersonName(key) "
    )
    assert statement.params == {"p0": "jacob kashner hindlin"}


def test_a_one_to_one_walk_takes_the_first_match_only() -> None:
    statement = reads.song(f("song", f("album", f("title")), title="x"))
    assert statement is not None
    assert (
        "`album`: head(COLLECT { MATCH (this)-[r2:ON_ALBUM]->(m1:Album) "
        "RETURN {`__labels`: labels(m1), `title`: m1.title} ORDER BY m1.id LIMIT 1 })"
    ) in statement.cypher


def test_values_never_enter_the_cypher_text() -> None:
    marker = "Robert'); MATCH (n) DETACH DELETE n //"
    statements = [
        reads.song(f("song", f("title"), title=marker)),
        reads.person(f("person", f("name"), name=marker)),
        reads.album(f("album", f("title"), title=marker)),
        reads.songs(f("songs", f("totalCount"), filter={"title": marker, "artist": marker, "year": 2016})),
        reads.people(f("people", f("totalCount"), filter={"name": marker})),
    ]
    for statement in statements:
        assert statement is not None
        assert "robert" not in statement.cypher.lower()
        assert "2016" not in statement.cypher
        assert any(isinstance(v, str) and "robert" in v for v in statement.params.values())


def test_aliased_fields_with_arguments_are_projected_apart() -> None:
    statement = reads.person(
        f(
            "person",
            f("creditsConnection", f("totalCount"), alias="one", first=1),
            f("creditsConnection", f("totalCount"), alias="two", first=2, roles=["WRITER"]),
            name="x",
        )
    )
    assert statement is not None
    assert "`one`: {rows: COLLECT" in statement.cypher and "`two`: {rows: COLLECT" in statement.cypher
    assert "[r3:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED]" in statement.cypher
    assert "-[r5:WROTE]->" in statement.cypher
    # first + 1 rows are fetched so that hasNextPage needs no count; no offset is ever skipped.
    assert sorted(v for v in statement.params.values() if isinstance(v, int)) == [2, 3]
    assert "SKIP" not in statement.cypher


def test_fragments_apply_by_type() -> None:
    statement = reads.node(
        f(
            "node",
            Fragment("Song", (f("title"),)),
            Fragment("Person", (f("name"),)),
            Fragment("Node", (f("id"),)),
            id=to_global_id("Song", "abc"),
        )
    )
    assert statement is not None
    assert statement.cypher.startswith("MATCH (this:Song {id: $p0}) ")
    assert "`title`: this.title" in statement.cypher and "`id`: this.id" in statement.cypher
    assert "name" not in statement.cypher
    assert statement.params == {"p0": "abc"}


def test_an_id_of_another_type_needs_no_query() -> None:
    assert reads.song(f("song", f("title"), id=to_global_id("Person", "charlie-puth"))) is None
    assert reads.node(f("node", f("id"), id=to_global_id("PersonName", "x"))) is None


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        (f("song", f("title")), "song: give exactly one of id or title or mbid (none was given)"),
        (
            f("song", f("title"), id="U29uZzp4", title="x"),
            "song: give exactly one of id or title or mbid (not several)",
        ),
        (f("person", f("name"), id="!!"), "person.id: '!!' is not a songgraph id"),
        (f("songs", f("totalCount"), first=101), "songs.first: first must be at most 100, got 101"),
        (
            f("songs", f("totalCount"), after="nonsense"),
            "songs.after: 'nonsense' is not a cursor of this list (ordered by songs:TITLE_ASC)",
        ),
        (
            f("songs", f("totalCount"), filter={"year": 2016, "yearFrom": 2010}),
            "songs.filter: give year, or a range with yearFrom/yearTo, not both",
        ),
    ],
)
def test_bad_arguments_are_named(field: Field, expected: str) -> None:
    translate = {"song": reads.song, "person": reads.person, "songs": reads.songs}[field.name]
    with pytest.raises(BadUserInput) as caught:
        translate(field)
    assert str(caught.value) == expected


def test_nested_page_size_is_capped() -> None:
    with pytest.raises(BadUserInput, match=r"creditsConnection.first: first must be at most 100"):
        reads.person(f("person", f("creditsConnection", f("totalCount"), first=500), name="x"))


def test_songs_connection_counts_only_when_asked() -> None:
    without = reads.songs(f("songs", f("edges", f("node", f("title"))), first=2))
    with_total = reads.songs(f("songs", f("totalCount"), first=2))
    assert "count(this)" not in without.cypher
    assert "CALL () { MATCH (this:Song) RETURN count(this) AS totalCount }" in with_total.cypher
    assert without.params == {"p0": 3}
    assert "ORDER BY this.titleKey, this.id LIMIT $p0" in without.cypher


def test_browsing_and_stats_keep_values_out_of_the_cypher_text() -> None:
    marker = "Robert'); MATCH (n) DETACH DELETE n //"
    song_filter = {
        "genre": marker,
        "album": marker,
        "certification": {"country": marker, "minLevel": "PLATINUM"},
        "chart": {"country": marker, "chart": marker, "positionFrom": 2016, "positionTo": 2017},
    }
    statements = [
        browse.albums(f("albums", f("totalCount"), filter={"title": marker, "artist": marker})),
        browse.music_videos(f("musicVideos", f("totalCount"), filter={"director": marker, "castMember": marker})),
        browse.quotes(f("quotes", f("totalCount"), filter={"speaker": marker, "song": marker})),
        browse.people(f("people", f("totalCount"), filter={"name": marker, "role": "WRITER"}, sort="SONG_COUNT_DESC")),
        reads.songs(f("songs", f("totalCount"), filter=song_filter)),
        stats.stats(f("stats", f("songCount"), f("mostCredited", f("songCount"), first=97), filter=song_filter)),
    ]
    for statement in statements:
        assert "robert" not in statement.cypher.lower()
        assert not {"2016", "2017", "97"}.intersection(re.findall(r"\d+", statement.cypher))
        assert any("robert" in str(value).lower() for value in statement.params.values())


def test_stats_computes_only_what_is_selected_once_per_response_key() -> None:
    person = f("person", f("name"))
    statement = stats.stats(
        f(
            "stats",
            f("songCount"),
            f("songCount"),
            f("mostCredited", person, alias="writers", role="WRITER"),
            f("mostCredited", f("songCount"), alias="writers", role="WRITER"),
            f("mostCredited", person, alias="producers", role="PRODUCER", first=3),
            f("__typename"),
        )
    )
    assert statement.cypher == (
        "CALL () { MATCH (song:Song) RETURN count(song) AS agg1 } "
        "CALL () { MATCH (song)<-[:WROTE]-(person3:Person) WITH person3, count(DISTINCT song) AS count4 "
        "ORDER BY count4 DESC, person3.nameKey, person3.id LIMIT $p0 "
        "RETURN collect({`person`: {`__labels`: labels(person3), `name`: person3.name}, `songCount`: count4}) "
        "AS agg2 } "
        "CALL () { MATCH (song)<-[:PRODUCED]-(person6:Person) WITH person6, count(DISTINCT song) AS count7 "
        "ORDER BY count7 DESC, person6.nameKey, person6.id LIMIT $p1 "
        "RETURN collect({`person`: {`__labels`: labels(person6), `name`: person6.name}}) AS agg5 } "
        "RETURN {`songCount`: agg1, `writers`: agg2, `producers`: agg5} AS result"
    )
    assert statement.params == {"p0": 10, "p1": 3}


def test_stats_over_an_album_start_from_the_album() -> None:
    statement = stats.stats(f("stats", f("songCount"), filter={"album": "Nine Track Mind"}))
    assert statement.cypher.startswith(
        "CALL () { MATCH (song:Song)-[:ON_ALBUM]->(:Album {titleKey: $p1}) WITH DISTINCT song MATCH (song:Song) "
        "WHERE EXISTS { MATCH (song)-[:ON_ALBUM]->(:Album {titleKey: $p0}) } RETURN count(song) AS agg1 }"
    )
    assert statement.params == {"p0": "nine track mind", "p1": "nine track mind"}
