"""Fields with arguments or computed lists, translated into expressions of the parent's statement (pure)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from songgraph.cypher.builder import Builder
from songgraph.cypher.paging import Page
from songgraph.cypher.selection import Field, Fragment, fields_for
from songgraph.errors import BadUserInput
from songgraph.graph import SONG_ROLES, Role

if TYPE_CHECKING:
    from songgraph.cypher.projection import Projector

DEFAULT_PAGE = 20


def connection_parts(f: Field, connection_type: str) -> tuple[list[Field | Fragment], bool]:
    """The node selection of a connection field (``edges.node`` and ``nodes``) and whether it asks ``totalCount``."""
    fields = fields_for(f.selections, (connection_type,))
    node: list[Field | Fragment] = []
    for item in fields:
        if item.name == "nodes":
            node.extend(item.selections)
        elif item.name == "edges":
            for edge_field in fields_for(item.selections, (connection_type.replace("Connection", "Edge"),)):
                if edge_field.name == "node":
                    node.extend(edge_field.selections)
    return node, any(item.name == "totalCount" for item in fields)


def parse_roles(raw: Iterable[Any] | None, field: str, default: Sequence[Role] = SONG_ROLES) -> list[Role]:
    """Role names from a request, validated; GraphQL already checked they are enum members."""
    if raw is None:
        return list(default)
    roles: list[Role] = []
    for item in raw:
        role = item if isinstance(item, Role) else Role[str(item)]
        if role not in roles:
            roles.append(role)
    if not roles:
        raise BadUserInput("give at least one role, or leave roles out", f"{field}.roles")
    return roles


def rel_types(roles: Iterable[Role]) -> str:
    """A relationship type alternation (``WROTE|PRODUCED``) from enum members, never from client text."""
    return "|".join(role.value for role in roles)


def page_of(f: Field, field: str, default: int = DEFAULT_PAGE) -> Page:
    return Page.parse(f.arguments.get("first"), f.arguments.get("after"), default, field)


def paged(b: Builder, page: Page) -> str:
    # One row beyond the page tells whether there is a next page without counting everything.
    return f"SKIP {b.param(page.offset)} LIMIT {b.param(page.size + 1)}"


def credits_connection(p: Projector, f: Field, scope: Mapping[str, str]) -> str:
    page = page_of(f, f.key)
    roles = parse_roles(f.arguments.get("roles"), f.key)
    if any(role.on_video for role in roles):
        raise BadUserInput("credits are song roles: ARTIST, FEATURED_ARTIST, WRITER, PRODUCER", f"{f.key}.roles")
    n, m, r = scope["n"], p.var("m"), p.var("r")
    pattern = f"({n})-[{r}:{rel_types(roles)}]->({m}:Song)"
    node, want_total = connection_parts(f, "CreditConnection")
    credit = p.project("Credit", {"rel": r, "song": m, "person": n}, node)
    rows = (
        f"COLLECT {{ MATCH {pattern} RETURN {credit} "
        f"ORDER BY {m}.releaseDate DESC, {m}.title, type({r}) {paged(p.builder, page)} }}"
    )
    total = f"COUNT {{ MATCH {pattern} }}" if want_total else "null"
    return f"{{rows: {rows}, totalCount: {total}}}"


def collaborator_rows(
    p: Projector,
    person: str,
    roles: Sequence[Role],
    exclude: Sequence[str] = (),
    other: str | None = None,
    carry: Sequence[str] = (),
) -> tuple[str, str, str]:
    """Cypher clauses that leave one row per collaborator: ``(clauses, collaborator var, works var)``.

    ``works`` is a list of maps ``{song, video, roles, partnerRoles}``, one per shared work, so a person
    who both wrote and produced a song counts that song once, with both roles listed. With ``other``
    already bound, the clauses keep that one person if they share a work; ``carry`` survives the WITHs.

    Aggregating functions are not allowed in subqueries nested in a projection, so grouping is done
    with DISTINCT and nested COLLECT subqueries instead of ``collect()``.
    """
    types = rel_types(roles)
    keep = ", ".join(carry)
    keep = f"{keep}, " if keep else ""
    work, song, mine, theirs, works = p.var("w"), p.var("s"), p.var("r"), p.var("r"), p.var("works")
    if other is None:
        other = p.var("o")
        not_same = " AND ".join(f"{other} <> {x}" for x in (person, *exclude))
        head = (
            f"MATCH ({person})-[:{types}]->()<-[:{types}]-({other}:Person) WHERE {not_same} "
            f"WITH DISTINCT {keep}{other} "
        )
        keep_works = ""
    else:
        head = ""
        keep_works = f" WHERE size({works}) > 0"
    clauses = (
        f"{head}WITH {keep}{other}, COLLECT {{ "
        # Walk from the collaborator: a prolific person's credits would be walked once per collaborator.
        f"MATCH ({other})-[:{types}]->({work}) WHERE EXISTS {{ MATCH ({person})-[:{types}]->({work}) }} "
        f"WITH DISTINCT {work} "
        f"RETURN {{song: CASE WHEN {work}:Song THEN {work} "
        f"ELSE head(COLLECT {{ MATCH ({work})-[:VIDEO_OF]->({song}:Song) RETURN {song} }}) END, "
        f"video: CASE WHEN {work}:MusicVideo THEN {work} END, "
        f"roles: COLLECT {{ MATCH ({other})-[{theirs}:{types}]->({work}) "
        f"RETURN DISTINCT type({theirs}) AS t ORDER BY t }}, "
        f"partnerRoles: COLLECT {{ MATCH ({person})-[{mine}:{types}]->({work}) "
        f"RETURN DISTINCT type({mine}) AS t ORDER BY t }}}} "
        f"}} AS {works}{keep_works}"
    )
    return clauses, other, works


def collaborators(p: Projector, f: Field, scope: Mapping[str, str]) -> str:
    page = page_of(f, f.key)
    roles = parse_roles(f.arguments.get("roles"), f.key)
    n = scope["n"]
    clauses, other, works = collaborator_rows(p, n, roles)
    node, want_total = connection_parts(f, "CollaborationConnection")
    projected = p.project("Collaboration", {"person": other, "works": works}, node)
    rows = (
        f"COLLECT {{ {clauses} "
        f"WITH {other}, {works} ORDER BY size({works}) DESC, {other}.name, {other}.id {paged(p.builder, page)} "
        f"RETURN {projected} }}"
    )
    if want_total:
        counted, types = p.var("o"), rel_types(roles)
        total = (
            f"COUNT {{ MATCH ({n})-[:{types}]->()<-[:{types}]-({counted}:Person) "
            f"WHERE {counted} <> {n} RETURN DISTINCT {counted} }}"
        )
    else:
        total = "null"
    return f"{{rows: {rows}, totalCount: {total}}}"


def works_from(key: str) -> Callable[[Projector, Field, Mapping[str, str]], str]:
    """A handler projecting the shared-work list held in the scope variable ``key``."""

    def shared_works(p: Projector, f: Field, scope: Mapping[str, str]) -> str:
        item, song, video, roles, partner = (p.var(x) for x in ("wk", "s", "v", "ro", "pr"))
        projected = p.project(
            "SharedWork", {"song": song, "video": video, "roles": roles, "partnerRoles": partner}, f.selections
        )
        return (
            f"COLLECT {{ UNWIND {scope[key]} AS {item} "
            f"WITH {item}.song AS {song}, {item}.video AS {video}, {item}.roles AS {roles}, "
            f"{item}.partnerRoles AS {partner} "
            f"RETURN {projected} ORDER BY {song}.releaseDate, {song}.title }}"
        )

    return shared_works
