"""Who may do what, over HTTP as clients meet it: every mutation against no, wrong, read-only and write tokens."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from songgraph.api.examples import EXAMPLES
from songgraph.app import create_app
from songgraph.auth import Scope, entry_line, parse_entries
from songgraph.config import Settings
from songgraph.ids import to_global_id
from songgraph.services.curation import Curator

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("seed_graph")]

WRITER, READER = "sg_test-writer-token", "sg_test-reader-token"
NOWHERE = to_global_id("Song", "no-such-song")
NOBODY = to_global_id("Person", "no-such-person")

# One document per mutation, aimed at objects that do not exist: a writer gets past the door and is then
# told what is wrong with the input, so the matrix changes nothing in the graph.
MUTATIONS = {
    "createSong": 'mutation { createSong(input: {title: " ", artists: [{name: "A"}]}) { id } }',
    "updateSong": f'mutation {{ updateSong(id: "{NOWHERE}", input: {{summary: "x"}}) {{ id }} }}',
    "deleteSong": f'mutation {{ deleteSong(id: "{NOWHERE}") {{ title }} }}',
    "addCredit": f'mutation {{ addCredit(songId: "{NOWHERE}", person: {{name: "A"}}, role: WRITER) {{ id }} }}',
    "removeCredit": f'mutation {{ removeCredit(songId: "{NOWHERE}", personId: "{NOBODY}", role: WRITER) {{ id }} }}',
    "setMusicVideo": f'mutation {{ setMusicVideo(songId: "{NOWHERE}", input: {{views: 1}}) {{ id }} }}',
    "recordIntroduction": 'mutation { recordIntroduction(input: {introducer: {name: "A"}, '
    'introduced: [{name: "A"}, {name: "B"}]}) { id } }',
    "addCertification": f'mutation {{ addCertification(songId: "{NOWHERE}", '
    'input: {country: "Peru", level: GOLD}) { id } }',
    "removeCertification": f'mutation {{ removeCertification(songId: "{NOWHERE}", country: "Peru") {{ id }} }}',
    "addChartPeak": f'mutation {{ addChartPeak(songId: "{NOWHERE}", '
    'input: {country: "Peru", position: 1}) { id } }',
    "removeChartPeak": f'mutation {{ removeChartPeak(songId: "{NOWHERE}", country: "Peru") {{ id }} }}',
    "addAward": f'mutation {{ addAward(ownerId: "{NOWHERE}", input: {{name: "x"}}) {{ id }} }}',
    "removeAward": f'mutation {{ removeAward(id: "{to_global_id("Award", "no-such-award")}") {{ id }} }}',
    "addAlias": f'mutation {{ addAlias(personId: "{NOBODY}", alias: "x") {{ id }} }}',
    "mergePeople": f'mutation {{ mergePeople(keep: "{NOBODY}", remove: "{NOBODY}") {{ id }} }}',
    "importStoryPage": 'mutation { importStoryPage(text: "  ") { written } }',
}

HEADERS: dict[str, dict[str, str]] = {
    "none": {},
    "unknown": {"Authorization": "Bearer sg_not-a-configured-token"},
    "malformed": {"Authorization": "Token abc"},
    "read-only": {"Authorization": f"Bearer {READER}"},
    "writer": {"Authorization": f"Bearer {WRITER}"},
}
EXPECTED = {
    "none": "UNAUTHENTICATED",
    "unknown": "UNAUTHENTICATED",
    "malformed": "UNAUTHENTICATED",
    "read-only": "FORBIDDEN",
    "writer": "BAD_USER_INPUT",
}


def _settings(base: Settings, **changes: Any) -> Settings:
    lines = "\n".join([entry_line("curator", Scope.WRITE, WRITER), entry_line("bot", Scope.READ, READER)])
    return dataclasses.replace(base, tokens=parse_entries(lines, "test"), **changes)


@contextlib.asynccontextmanager
async def serving(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """The app with its lifespan (its own driver), spoken to over HTTP in-process."""
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://songgraph.test") as http:
            yield http


@pytest.fixture
async def client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    async with serving(_settings(settings)) as http:
        yield http


async def _post(client: httpx.AsyncClient, document: str, headers: dict[str, str]) -> tuple[int, dict[str, Any], Any]:
    response = await client.post("/graphql", json={"query": document}, headers=headers)
    return response.status_code, response.json(), response.headers


async def test_every_mutation_in_the_mutation_type_is_in_the_matrix(client: httpx.AsyncClient) -> None:
    _, body, _ = await _post(client, "{ __schema { mutationType { fields { name } } } }", {})
    names = {field["name"] for field in body["data"]["__schema"]["mutationType"]["fields"]}
    assert names == set(MUTATIONS)


@pytest.mark.parametrize("who", list(HEADERS))
@pytest.mark.parametrize("mutation", list(MUTATIONS))
async def test_the_auth_matrix(client: httpx.AsyncClient, mutation: str, who: str) -> None:
    status, body, headers = await _post(client, MUTATIONS[mutation], HEADERS[who])
    assert status == 200
    codes = [error["extensions"]["code"] for error in body["errors"]]
    assert codes == [EXPECTED[who]], body
    assert headers["x-request-id"]


async def test_the_mutation_example_tab_works_with_a_real_token_in_place_of_the_placeholder(
    client: httpx.AsyncClient,
) -> None:
    example = EXAMPLES["Add an alias"]
    assert example.headers == {"Authorization": "Bearer <your-token>"}
    headers = {"Authorization": example.headers["Authorization"].replace("<your-token>", WRITER)}
    _, body, _ = await _post(client, example.query, headers)
    assert body["data"] == {"addAlias": {"name": "Charlie Puth", "aliases": ["Charles Puth"]}} and "errors" not in body
    _, body, _ = await _post(client, example.query, dict(example.headers))
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_a_dry_run_import_is_a_read(client: httpx.AsyncClient) -> None:
    document = 'mutation { importStoryPage(text: "Not a story page at all", dryRun: true) { written errors { line } } }'
    _, body, _ = await _post(client, document, {})
    assert "errors" not in body, body
    assert body["data"]["importStoryPage"]["written"] is False


async def test_reads_are_public_and_a_bad_token_is_still_refused(client: httpx.AsyncClient) -> None:
    _, body, _ = await _post(client, '{ person(name: "Charlie Puth") { name } }', {})
    assert body["data"] == {"person": {"name": "Charlie Puth"}} and "errors" not in body
    _, body, _ = await _post(client, '{ person(name: "Charlie Puth") { name } }', HEADERS["unknown"])
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert body["data"] is None


async def test_private_reads_need_a_token_but_introspection_stays_open(settings: Settings) -> None:
    async with serving(_settings(settings, public_reads=False)) as private:
        _, body, _ = await _post(private, '{ person(name: "Charlie Puth") { name } }', {})
        assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
        _, body, _ = await _post(private, '{ person(name: "Charlie Puth") { name } }', HEADERS["read-only"])
        assert body["data"] == {"person": {"name": "Charlie Puth"}} and "errors" not in body
        _, body, _ = await _post(private, "{ __schema { queryType { name } } }", {})
        assert body["data"] == {"__schema": {"queryType": {"name": "Query"}}} and "errors" not in body


async def test_introspection_can_be_turned_off(settings: Settings) -> None:
    async with serving(_settings(settings, introspection=False)) as closed:
        _, body, _ = await _post(closed, "{ __schema { queryType { name } } }", {})
        assert body["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
        _, body, _ = await _post(closed, '{ person(name: "Charlie Puth") { name } }', {})
        assert body["data"] == {"person": {"name": "Charlie Puth"}} and "errors" not in body


async def test_an_internal_error_is_masked_and_logged_with_the_request_id_the_client_gets(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(*_args: Any) -> str:
        raise RuntimeError("MATCH (n) secret driver detail")

    monkeypatch.setattr(Curator, "add_alias", broken)
    person = to_global_id("Person", "charlie-puth")
    document = f'mutation {{ addAlias(personId: "{person}", alias: "C.P.") {{ name }} }}'
    with caplog.at_level(logging.ERROR):
        status, body, headers = await _post(client, document, HEADERS["writer"])
    assert status == 200
    (error,) = body["errors"]
    request_id = headers["x-request-id"]
    assert error["extensions"] == {"code": "INTERNAL_SERVER_ERROR", "requestId": request_id}
    assert "secret" not in str(body) and "Traceback" not in str(body)
    assert request_id in caplog.text and "secret driver detail" in caplog.text


async def test_parse_and_validation_errors_carry_codes(client: httpx.AsyncClient) -> None:
    _, body, _ = await _post(client, "{ person(name: ", {})
    assert body["errors"][0]["extensions"]["code"] == "GRAPHQL_PARSE_FAILED"
    _, body, _ = await _post(client, "{ nothingHere }", {})
    assert body["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


@pytest.mark.parametrize(
    ("content", "content_type"),
    [(b"{not json", "application/json"), (b'{"nope": 1}', "application/json"), (b"[1, 2]", "application/json")],
)
async def test_a_malformed_request_gets_a_coded_graphql_error_not_plain_text(
    client: httpx.AsyncClient, content: bytes, content_type: str
) -> None:
    response = await client.post("/graphql", content=content, headers={"content-type": content_type})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("application/json")
    (error,) = response.json()["errors"]
    assert error["extensions"] == {"code": "BAD_REQUEST"}
    assert error["message"]


async def test_an_unsupported_method_is_a_coded_graphql_error(client: httpx.AsyncClient) -> None:
    response = await client.put("/graphql", json={"query": "{ __typename }"})
    assert response.status_code == 405
    assert response.json()["errors"][0]["extensions"] == {"code": "BAD_REQUEST"}
