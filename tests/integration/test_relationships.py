"""Relationship queries on the invented rich fixture (tests/fixtures/rich, facts in its README)."""

from __future__ import annotations

from typing import Any

import pytest

from songgraph.config import Settings
from songgraph.db import Database
from tests.conftest import RICH
from tests.integration.conftest import execute, graph_with

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("rich_graph")]


@pytest.fixture(scope="module")
def rich_graph(settings: Settings) -> None:
    graph_with(settings, RICH)


async def ok(db: Database, document: str, variables: dict[str, Any] | None = None) -> Any:
    result = await execute(db, document, variables)
    assert result.errors is None, result.errors
    return result.data


async def bad_input(db: Database, document: str) -> str:
    result = await execute(db, document)
    assert result.errors, "expected an error"
    (error,) = result.errors
    assert error.extensions is not None and error.extensions["code"] == "BAD_USER_INPUT"
    return str(error.message)


SHARED = """query($a: String!, $b: String!, $roles: [Role!]) {
  sharedCollaborators(a: {name: $a}, b: {name: $b}, roles: $roles) {
    person { name } strength viaA { song { title } roles } viaB { song { title } roles } } }"""


async def test_shared_collaborators_strongest_first_with_evidence(db: Database) -> None:
    data = await ok(db, SHARED, {"a": "Oskar Brandt", "b": "Lumi Sato"})
    rows = data["sharedCollaborators"]
    assert [row["person"]["name"] for row in rows] == ["Nadia Vell", "Juno Adeyemi", "Theo Marchetti"]
    nadia = rows[0]
    assert {w["song"]["title"] for w in nadia["viaA"]} == {"Northern Static", "Harbour Lights"}
    assert {w["song"]["title"] for w in nadia["viaB"]} == {"Paper Moons", "Lowlight"}
    assert nadia["strength"] == 4 and rows[1]["strength"] == 2
    assert [w["song"]["title"] for w in rows[1]["viaA"]] == ["Copperline"]


async def test_shared_collaborators_never_lists_a_or_b_and_accepts_aliases(db: Database) -> None:
    data = await ok(db, SHARED, {"a": "Sunny Hale", "b": "Oskar Brandt"})
    names = {row["person"]["name"] for row in data["sharedCollaborators"]}
    assert names.isdisjoint({"Sunniva Hale", "Oskar Brandt"})


async def test_shared_collaborators_errors_name_the_argument(db: Database) -> None:
    message = await bad_input(
        db, '{ sharedCollaborators(a: {name: "Oskar Brandt"}, b: {name: "Nobody"}) { strength } }'
    )
    assert message == "sharedCollaborators.b: no person with name 'Nobody'"
    message = await bad_input(
        db, '{ sharedCollaborators(a: {name: "Sunny Hale"}, b: {name: "Sunniva Hale"}) { strength } }'
    )
    assert "a and b are the same person" in message
    # PersonRef is a @oneOf input: GraphQL itself refuses an empty one, before the resolver.
    message = await bad_input(db, '{ sharedCollaborators(a: {}, b: {name: "x"}) { strength } }')
    assert "OneOf Input Object type 'PersonRef', exactly one field must be specified" in message


async def test_collaborators_of_a_loner_are_empty(db: Database) -> None:
    data = await ok(
        db,
        '{ person(name: "Odile Sarrazin") { stats { songCount collaboratorCount } '
        "collaborators { totalCount edges { cursor } pageInfo { hasNextPage } } } }",
    )
    person = data["person"]
    assert person["stats"] == {"songCount": 1, "collaboratorCount": 0}
    assert person["collaborators"] == {"totalCount": 0, "edges": [], "pageInfo": {"hasNextPage": False}}


async def test_writer_and_producer_of_one_song_counts_once_with_both_roles(db: Database) -> None:
    data = await ok(
        db,
        '{ person(name: "Lumi Sato") { collaborators(first: 100) { edges { node { person { name } '
        "sharedWorkCount works { song { title } roles partnerRoles } } } } } }",
    )
    edges = data["person"]["collaborators"]["edges"]
    oskar = next(e["node"] for e in edges if e["node"]["person"]["name"] == "Oskar Brandt")
    assert oskar["sharedWorkCount"] == 1
    (work,) = oskar["works"]
    assert work["song"]["title"] == "After the Encore"
    assert {"WRITER", "PRODUCER"} <= set(work["roles"])
    assert len(work["roles"]) == len(set(work["roles"]))


async def test_collaborators_page_through_without_gaps_or_repeats(db: Database) -> None:
    expected = {"Nadia Vell", "Juno Adeyemi", "Theo Marchetti", "Priya Dalmont", "Yara Bellweather", "Matteo Grau"}
    seen: list[str] = []
    after = None
    totals = set()
    for _ in range(10):
        data = await ok(
            db,
            'query($after: String) { person(name: "Oskar Brandt") { collaborators(first: 3, after: $after) { '
            "totalCount pageInfo { hasNextPage endCursor } edges { node { person { name } sharedWorkCount } } } } }",
            {"after": after},
        )
        page = data["person"]["collaborators"]
        totals.add(page["totalCount"])
        seen += [edge["node"]["person"]["name"] for edge in page["edges"]]
        counts = [edge["node"]["sharedWorkCount"] for edge in page["edges"]]
        assert counts == sorted(counts, reverse=True)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len(seen) == len(set(seen))
    assert expected | {"Lumi Sato"} == set(seen)
    assert totals == {len(seen)}
    assert seen[0] == "Nadia Vell"  # two shared songs, more than anyone else


async def test_video_roles_compare_music_videos(db: Database) -> None:
    data = await ok(
        db,
        '{ person(name: "Oskar Brandt") { collaborators(roles: [DIRECTOR, CAST]) { edges { node { '
        "person { name } works { song { title } video { releaseDate } roles } } } } } }",
    )
    nodes = [edge["node"] for edge in data["person"]["collaborators"]["edges"]]
    assert {node["person"]["name"] for node in nodes} == {"Rosalind Achterberg", "Felix Narbonne"}
    for node in nodes:
        assert [w["song"]["title"] for w in node["works"]] == ["Northern Static"]
    roles = {node["person"]["name"]: node["works"][0]["roles"] for node in nodes}
    assert roles == {"Rosalind Achterberg": ["DIRECTOR"], "Felix Narbonne": ["CAST"]}


CONNECTION = """query($from: String!, $to: String!, $hops: Int) {
  connection(from: {name: $from}, to: {name: $to}, maxHops: $hops) {
    length people { name } steps { from { name } to { name } explanation } } }"""


async def test_connection_follows_the_four_hop_chain(db: Database) -> None:
    data = await ok(db, CONNECTION, {"from": "Aurelio Fenn", "to": "Emrys Toller"})
    path = data["connection"]
    assert path["length"] == 4
    chain = ["Aurelio Fenn", "Bettina Kors", "Caspian Drue", "Delphine Aro", "Emrys Toller"]
    assert [p["name"] for p in path["people"]] == chain
    songs = ["Lantern Weather", "Salt Road", "Tin Cathedral", "The Long Quiet"]
    for step, left, right, song in zip(path["steps"], chain[:-1], chain[1:], songs, strict=True):
        assert (step["from"]["name"], step["to"]["name"]) == (left, right)
        assert left in step["explanation"] and right in step["explanation"] and song in step["explanation"]


async def test_connection_respects_max_hops(db: Database) -> None:
    data = await ok(db, CONNECTION, {"from": "Aurelio Fenn", "to": "Emrys Toller", "hops": 3})
    assert data["connection"] is None
    message = await bad_input(db, '{ connection(from: {name: "A"}, to: {name: "B"}, maxHops: 50) { length } }')
    assert message == "connection.maxHops: must be between 1 and 10, got 50"


async def test_no_path_between_components_is_null(db: Database) -> None:
    data = await ok(db, CONNECTION, {"from": "Petra Quill", "to": "Oskar Brandt"})
    assert data["connection"] is None


async def test_connection_through_an_introduction_is_explained(db: Database) -> None:
    data = await ok(db, CONNECTION, {"from": "Kasimir Lund", "to": "Marguerite Osei"})
    (step,) = data["connection"]["steps"]
    assert (
        "Marguerite Osei introduced Kasimir Lund to Ilse Varga" in step["explanation"] or "video" in step["explanation"]
    )


async def test_connection_to_oneself_is_bad_input(db: Database) -> None:
    message = await bad_input(db, '{ connection(from: {name: "Sunny Hale"}, to: {name: "Sunniva Hale"}) { length } }')
    assert "from and to are the same person" in message


async def test_introductions_root_and_per_person(db: Database) -> None:
    data = await ok(
        db,
        "{ introductions(first: 10) { totalCount edges { node { introducer { name } introduced { name } "
        "occasion ledTo { title } } } } "
        'nadia: person(name: "Nadia Vell") { introductionsMade { introduced { name } } } '
        'lumi: person(name: "Lumi Sato") { introductionsReceived { introducer { name } } } }',
    )
    intros = data["introductions"]
    assert intros["totalCount"] == 2
    by_introducer = {e["node"]["introducer"]["name"]: e["node"] for e in intros["edges"]}
    assert set(by_introducer) == {"Nadia Vell", "Marguerite Osei"}
    assert {p["name"] for p in by_introducer["Nadia Vell"]["introduced"]} == {"Oskar Brandt", "Lumi Sato"}
    assert by_introducer["Nadia Vell"]["ledTo"] == [{"title": "After the Encore"}]
    assert by_introducer["Marguerite Osei"]["occasion"] == "a songwriting retreat in a lighthouse"
    assert data["lumi"]["introductionsReceived"] == [{"introducer": {"name": "Nadia Vell"}}]


async def test_neighborhood_is_capped_and_says_so(db: Database) -> None:
    group = await ok(db, '{ person(name: "The Velvet Orchard") { id members { name } } }')
    group_id = group["person"]["id"]
    whole = await ok(
        db,
        "query($id: ID!) { neighborhood(id: $id) { truncated nodes { id kind label } edges { source target type } } }",
        {"id": group_id},
    )
    hood = whole["neighborhood"]
    assert hood["truncated"] is False
    labels = {node["label"] for node in hood["nodes"]}
    assert {"Mira Castellan", "Jonah Pike", "Wren Haldane", "Bramble Choir", "Windfall"} <= labels
    ids = {node["id"] for node in hood["nodes"]}
    assert all(edge["source"] in ids and edge["target"] in ids for edge in hood["edges"])
    assert {"MEMBER_OF", "PERFORMED"} <= {edge["type"] for edge in hood["edges"]}

    cut = await ok(
        db, "query($id: ID!) { neighborhood(id: $id, limit: 3) { truncated nodes { id } } }", {"id": group_id}
    )
    assert cut["neighborhood"]["truncated"] is True
    assert len(cut["neighborhood"]["nodes"]) == 3
    assert cut["neighborhood"]["nodes"][0]["id"] == group_id

    deeper = await ok(db, "query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id } } }", {"id": group_id})
    assert len(deeper["neighborhood"]["nodes"]) > len(hood["nodes"])
    message = await bad_input(db, '{ neighborhood(id: "UGVyc29uOng", depth: 4) { truncated } }')
    assert message == "neighborhood.depth: must be between 1 and 3, got 4"


SEARCH = """query($text: String!) { search(text: $text) { score node { __typename
  ... on Person { name } ... on Song { title } ... on Album { title } } } }"""


@pytest.mark.parametrize(
    ("text", "typename", "expected"),
    [
        ("sunny hale", "Person", "Sunniva Hale"),
        ("oskar brnadt", "Person", "Oskar Brandt"),
        ("velvet orchard", "Person", "The Velvet Orchard"),
        ("GLASS HARBOUR", "Album", "Glass Harbour"),
        ("salt rd", "Song", "Salt Road"),
    ],
)
async def test_search_finds_its_target_first(db: Database, text: str, typename: str, expected: str) -> None:
    hits = (await ok(db, SEARCH, {"text": text}))["search"]
    assert hits, f"no hits for {text!r}"
    first = hits[0]["node"]
    assert first["__typename"] == typename
    assert first.get("name", first.get("title")) == expected
    scores = [hit["score"] for hit in hits]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("text", ['AC/DC (live) "x" ~ * && || !', "title:x AND y", "[1 TO 5]", "\\", "*"])
async def test_lucene_syntax_in_user_text_never_errors(db: Database, text: str) -> None:
    result = await execute(db, SEARCH, {"text": text})
    if result.errors:
        (error,) = result.errors
        assert error.extensions is not None and error.extensions["code"] == "BAD_USER_INPUT"
    else:
        assert isinstance(result.data["search"], list)


async def test_search_rejects_empty_text_and_big_pages(db: Database) -> None:
    assert await bad_input(db, '{ search(text: "   ") { score } }') == "search.text: must not be empty"
    assert "search.first" in await bad_input(db, '{ search(text: "x", first: 101) { score } }')


async def test_songs_filters_and_sorting(db: Database) -> None:
    data = await ok(
        db,
        '{ byAlias: songs(filter: {artist: "Sunny Hale"}, first: 50) { totalCount nodes { title } } '
        "year: songs(filter: {year: 2010}) { nodes { title releaseDate } } "
        "newest: songs(sort: RELEASE_DATE_DESC, first: 1) { nodes { title } } "
        'people(filter: {name: "hale"}) { nodes { name aliases } } }',
    )
    assert {s["title"] for s in data["byAlias"]["nodes"]} == {"Glasshouse", "Marigold Avenue", "Static Bloom"}
    assert data["byAlias"]["totalCount"] == 3
    assert [s["title"] for s in data["year"]["nodes"]] == ["Lantern Weather"]
    assert data["newest"]["nodes"] == [{"title": "Static Bloom"}]
    assert data["people"]["nodes"] == [{"name": "Sunniva Hale", "aliases": ["Sunny Hale"]}]


async def test_lists_page_consistently(db: Database) -> None:
    first = await ok(db, "{ songs(first: 10) { totalCount pageInfo { hasNextPage endCursor } nodes { title } } }")
    page = first["songs"]
    assert page["totalCount"] == 22 and page["pageInfo"]["hasNextPage"] is True
    rest = await ok(
        db,
        "query($a: String) { songs(first: 100, after: $a) { "
        "pageInfo { hasNextPage hasPreviousPage } nodes { title } } }",
        {"a": page["pageInfo"]["endCursor"]},
    )
    titles = [s["title"] for s in page["nodes"]] + [s["title"] for s in rest["songs"]["nodes"]]
    assert len(titles) == 22 == len(set(titles))
    assert titles == sorted(titles, key=str.casefold)
    assert rest["songs"]["pageInfo"] == {"hasNextPage": False, "hasPreviousPage": True}
    people = await ok(db, "{ people(first: 100) { totalCount } }")
    assert people["people"]["totalCount"] == 27
