"""Fields with arguments or computed lists, translated into expressions of the parent's statement (pure)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from songgraph.cypher.paging import Key, Order, Page, limit, seek
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


CREDIT_ORDER = Order(
    "creditsConnection",
    (
        Key("{m}.releaseDate", "date", descending=True, nulls="first"),
        Key("{m}.title", "str"),
        Key("type({r})", "str"),
        Key("{m}.id", "str"),
    ),
)
# Most shared works first; the count is computed per request, so the cursor carries it too.
COLLABORATOR_ORDER = Order(
    "collaborators", (Key("{count}", "int", descending=True), Key("{o}.name", "str"), Key("{o}.id", "str"))
)


def page_of(f: Field, order: Order, default: int = DEFAULT_PAGE) -> Page:
    return Page.parse(f.arguments, order, default, f.key)


def where(conditions: Sequence[str]) -> str:
    return f" WHERE {' AND '.join(conditions)}" if conditions else ""


def row(node: str, order: Order, names: Mapping[str, str]) -> str:
    """A connection row: the projected node and the sort key its cursor is made of."""
    return f"{{node: {node}, key: {order.values(names)}}}"


def credits_connection(p: Projector, f: Field, scope: Mapping[str, str]) -> str:
    page = page_of(f, CREDIT_ORDER)
    roles = parse_roles(f.arguments.get("roles"), f.key)
    if any(role.on_video for role in roles):
        raise BadUserInput("credits are song roles: ARTIST, FEATURED_ARTIST, WRITER, PRODUCER", f"{f.key}.roles")
    n, m, r = scope["n"], p.var("m"), p.var("r")
    names = {"m": m, "r": r}
    pattern = f"({n})-[{r}:{rel_types(roles)}]->({m}:Song)"
    node, want_total = connection_parts(f, "CreditConnection")
    credit = p.project("Credit", {"rel": r, "song": m, "person": n}, node)
    condition = where(seek(p.builder, CREDIT_ORDER, names, page))
    rows = (
        f"COLLECT {{ MATCH {pattern}{condition} RETURN {row(credit, CREDIT_ORDER, names)} "
        f"ORDER BY {CREDIT_ORDER.order_by(names, page.backwards)} {limit(p.builder, page)} }}"
    )
    total = f"COUNT {{ MATCH {pattern} }}" if want_total else "null"
    return f"{{rows: {rows}, totalCount: {total}}}"


def collaborators(p: Projector, f: Field, scope: Mapping[str, str]) -> str:
    """Ranks first, then builds the evidence for the page's rows only.

    For the busiest people the graph keeps the ranking (``cypher.collaboration``): when it is there, holds
    the roles asked about (all song roles) and reaches the page, the page is read from it. Otherwise one
    walk from the person over their works to everyone else credited on them lists each collaborator once
    per shared work; sorted, each collaborator is a run of that list, and the run's length is the
    shared-work count. The list holds people, not (person, work) pairs: at a million songs the busiest
    person's pairs passed the transaction's memory limit. When the page's shared works are selected, a
    second walk over the person's works keeps the pairs of the page's rows only. Nothing reads a
    collaborator's other credits.

    Aggregating functions are not allowed in subqueries nested in a projection (Neo4j 5 rejects them as
    implicit grouping keys), hence the runs instead of ``count()``.
    """
    page = page_of(f, COLLABORATOR_ORDER)
    roles = parse_roles(f.arguments.get("roles"), f.key)
    n, types = scope["n"], rel_types(roles)
    people, starts, top, pairs = p.var("people"), p.var("starts"), p.var("top"), p.var("pairs")
    i, j, t, w, x, y = (p.var(v) for v in ("i", "j", "t", "w", "x", "y"))
    other, count, works, kept, ranked = p.var("o"), p.var("count"), p.var("works"), p.var("kept"), p.var("ranked")
    names = {"o": other, "count": count}
    node, want_total = connection_parts(f, "CollaborationConnection")
    projected = p.project(
        "Collaboration", {"person": other, "count": count, "works": works, "partner": n, "types": types}, node
    )
    if any(item.name == "works" for item in fields_for(node, ("Collaboration",))):
        evidence = (
            f"COLLECT {{ MATCH ({n})-[:{types}]->({x})<-[:{types}]-({y}:Person) "
            f"WHERE {y} IN [{t} IN {top} | {t}[0]] WITH DISTINCT {y}, {x} RETURN [{y}, {x}] }}"
        )
        shared = f"[{t} IN {pairs} WHERE {t}[0] = {other} | {t}[1]]"
    else:
        evidence, shared = "[]", "[]"
    condition = where(seek(p.builder, COLLABORATOR_ORDER, names, page))
    order = COLLABORATOR_ORDER.order_by(names, page.backwards)
    walk = (
        f"WITH COLLECT {{ MATCH ({n})-[:{types}]->({w})<-[:{types}]-({other}:Person) WHERE {other} <> {n} "
        f"WITH DISTINCT {other}, {w} RETURN {other} ORDER BY elementId({other}) }} AS {people} "
        f"WITH {people}, [{i} IN range(0, size({people}) - 1) "
        f"WHERE {i} = 0 OR {people}[{i}] <> {people}[{i} - 1]] AS {starts} "
        f"WITH {starts}, COLLECT {{ UNWIND range(0, size({starts}) - 1) AS {j} "
        f"WITH {people}[{starts}[{j}]] AS {other}, "
        f"coalesce({starts}[{j} + 1], size({people})) - {starts}[{j}] AS {count}{condition} "
        f"WITH {other}, {count} ORDER BY {order} {limit(p.builder, page)} RETURN [{other}, {count}] }} AS {top} "
        f"RETURN {{top: {top}, total: size({starts})}}"
    )
    every_role = set(roles) == set(SONG_ROLES)
    kept_ranking = _kept_ranking(p, page, n, other, count, kept, condition, order) if every_role else None
    if kept_ranking is None:
        ranking = f"head(COLLECT {{ {walk} }})"
    else:
        ranking = f"coalesce({kept}, head(COLLECT {{ WITH {n} WHERE {kept} IS NULL {walk} }}))"
    return (
        "head(COLLECT { "
        + (f"WITH {kept_ranking} AS {kept} " if kept_ranking is not None else "")
        + f"WITH {ranking} AS {ranked} "
        f"WITH {ranked}.top AS {top}, {ranked}.total AS {starts} "
        f"WITH {starts}, {top}, {evidence} AS {pairs} "
        f"RETURN {{totalCount: {starts if want_total else 'null'}, rows: COLLECT {{ "
        f"UNWIND {top} AS {t} WITH {t}[0] AS {other}, {t}[1] AS {count} "
        f"WITH {other}, {count}, {shared} AS {works} "
        f"RETURN {row(projected, COLLABORATOR_ORDER, names)} ORDER BY {order} }} }} }})"
    )


def _kept_ranking(
    p: Projector, page: Page, n: str, other: str, count: str, kept: str, condition: str, order: str
) -> str:
    """The page's ``{top, total}`` from the ranking the graph keeps for ``n``, or null where it cannot answer.

    The ranking holds every collaborator from a floor of shared works up, so it answers a page that it
    fills (with the extra row that tells whether more follow), one that ends at a cursor inside it, and
    any page when its floor is 1 (it holds everyone).
    """
    k, top = p.var("k"), p.var("ranked_top")
    ends_inside = f"{p.builder.param(page.before[0])} >= {n}.collaboratorsFrom" if page.before is not None else "false"
    fills = "false" if page.backwards else f"size({top}) > {p.builder.param(page.size)}"
    return (
        f"head(COLLECT {{ WITH {n} WHERE {n}.collaboratorIds IS NOT NULL "
        f"WITH {n}, COLLECT {{ UNWIND range(0, size({n}.collaboratorIds) - 1) AS {k} "
        f"MATCH ({other}:Person {{id: {n}.collaboratorIds[{k}]}}) "
        f"WITH {other}, {n}.collaboratorCounts[{k}] AS {count}{condition} "
        f"WITH {other}, {count} ORDER BY {order} {limit(p.builder, page)} "
        f"RETURN [{other}, {count}] }} AS {top} "
        f"WITH {n}, {top} WHERE {n}.collaboratorsFrom = 1 OR {fills} OR {ends_inside} "
        f"RETURN {{top: {top}, total: {n}.collaboratorTotal}} }})"
    )


def works_from(key: str, person: str, partner: str) -> Callable[[Projector, Field, Mapping[str, str]], str]:
    """A handler projecting the shared works (nodes) held in the scope variable ``key``.

    ``person`` and ``partner`` name the scope's two people; the scope's ``types`` is the alternation
    of relationship types that counted. Roles are read only when selected, from each work's own
    (few) credits.
    """

    def shared_works(p: Projector, f: Field, scope: Mapping[str, str]) -> str:
        item, song, video, roles, partner_roles = (p.var(x) for x in ("wk", "s", "v", "ro", "pr"))
        wanted = {s.name for s in fields_for(f.selections, ("SharedWork",))}
        types, r, s = scope["types"], p.var("r"), p.var("s")

        def roles_of(who: str, name: str) -> str:
            if name not in wanted:
                return "null"
            return (
                f"COLLECT {{ MATCH ({scope[who]})-[{r}:{types}]->({item}) RETURN DISTINCT type({r}) AS t ORDER BY t }}"
            )

        projected = p.project(
            "SharedWork", {"song": song, "video": video, "roles": roles, "partnerRoles": partner_roles}, f.selections
        )
        return (
            f"COLLECT {{ UNWIND {scope[key]} AS {item} "
            f"WITH {item}, CASE WHEN {item}:Song THEN {item} "
            f"ELSE head(COLLECT {{ MATCH ({item})-[:VIDEO_OF]->({s}:Song) RETURN {s} }}) END AS {song} "
            f"WITH {song}, CASE WHEN {item}:MusicVideo THEN {item} END AS {video}, "
            f"{roles_of(person, 'roles')} AS {roles}, {roles_of(partner, 'partnerRoles')} AS {partner_roles} "
            f"RETURN {projected} ORDER BY {song}.releaseDate, {song}.title, {video} IS NOT NULL, {song}.id }}"
        )

    return shared_works
