"""Relationship questions as single Cypher statements (pure): shared collaborators, the chain linking
two people, the neighbourhood of a node, and ranked search.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from songgraph.cypher.builder import Builder
from songgraph.cypher.nested import parse_roles, rel_types
from songgraph.cypher.paging import MAX_PAGE_SIZE
from songgraph.cypher.projection import Projector
from songgraph.cypher.reads import person_match
from songgraph.cypher.selection import Field, child, fields_for
from songgraph.cypher.statement import Statement
from songgraph.cypher.write.facts import link_types
from songgraph.errors import BadUserInput
from songgraph.graph import CREDIT_TYPES, NODE_LABELS, SONG_ROLES
from songgraph.ids import from_global_id
from songgraph.text import fold

MAX_HOPS = 10
MAX_DEPTH = 3
MAX_NEIGHBOURHOOD = 1000
SEARCH_INDEX = "search"

# What links two people in a chain: shared credits, a video and its song, introductions, band membership.
PATH_TYPES = f"{CREDIT_TYPES}|DIRECTED|APPEARS_IN|VIDEO_OF|MADE_INTRODUCTION|INTRODUCES|MEMBER_OF"
# Everything but the name index nodes' NAME_OF: the links of every fact kind (cypher.write.facts).
NEIGHBOURHOOD_TYPES = "|".join([*PATH_TYPES.split("|"), *(t for t in link_types() if t not in PATH_TYPES.split("|"))])
# The quantifier of a path pattern cannot be a parameter: each allowed depth has its own fixed text.
_DEPTH_PATTERNS = {depth: f"-[:{NEIGHBOURHOOD_TYPES}]-{{1,{depth}}}" for depth in range(1, MAX_DEPTH + 1)}


def _bounded(value: Any, default: int, maximum: int, field: str, minimum: int = 1) -> int:
    number = default if value is None else int(value)
    if not minimum <= number <= maximum:
        raise BadUserInput(f"must be between {minimum} and {maximum}, got {number}", field)
    return number


def person_ref(value: Any, field: str) -> tuple[str, str]:
    """``("id" | "name", value)`` from a ``PersonRef`` input: exactly one of the two."""
    ref = value if isinstance(value, Mapping) else {}
    given = [(key, ref[key]) for key in ("id", "name") if ref.get(key) is not None]
    if len(given) != 1:
        raise BadUserInput("give exactly one of id or name", field)
    key, text = given[0]
    if not str(text).strip():
        raise BadUserInput(f"{key} must not be empty", f"{field}.{key}")
    return key, str(text)


def _two_people(b: Builder, f: Field, first: str, second: str) -> tuple[str, str, str]:
    """Clauses binding the two referenced people, null when not found: ``(clauses, first var, second var)``.

    They run at the top of the statement, so its plan visibly starts from the name or id index.
    """
    clauses = []
    bound: list[str] = []
    for argument in (first, second):
        kind, value = person_ref(f.arguments.get(argument), f"{f.key}.{argument}")
        var = f"{argument}Person"
        match, order = person_match(b, kind, value, var, f"{f.key}.{argument}.{kind}")
        bound.append(var)
        clauses.append(f"OPTIONAL {match} WITH {', '.join(bound)} ORDER BY {order} LIMIT 1")
    return " ".join(clauses), bound[0], bound[1]


def shared_collaborators(f: Field) -> Statement:
    """People credited with both A and B, ranked by their shared works with each, evidence for the top rows.

    When both keep a collaborator ranking (``cypher.collaboration``) and the roles are every song role, the
    answer comes from the two rankings if they prove it: a person in both has exact counts; one in only one
    ranking (or in neither) shares fewer than that ranking's floor with the other, which bounds their
    strength; the page is taken when its last row is stronger than every such bound. Otherwise the
    candidates are the people co-credited with the one of fewer credits, and their shared works with the
    busier one are counted from the busier one's ranking when it holds them, else from whichever end reads
    less (see the comment in the body).
    A work credited twice to one side (writer and producer) is one work.
    """
    b = Builder()
    p = Projector(b)
    limit = _bounded(f.arguments.get("first"), 10, MAX_PAGE_SIZE, f"{f.key}.first")
    roles = parse_roles(f.arguments.get("roles"), f.key)
    types = rel_types(roles)
    bind, a, c = _two_people(b, f, "a", "b")
    other, work, side, via_a, via_b = b.var("o"), b.var("w"), b.var("side"), b.var("viaA"), b.var("viaB")
    strength, kept, rows = b.var("strength"), b.var("kept"), b.var("rows")
    scope = {"person": other, "viaA": via_a, "viaB": via_b, "a": a, "b": c, "types": types, "strength": strength}
    projected = p.project("SharedCollaborator", scope, f.selections)
    small, big, candidates = b.var("small"), b.var("big"), b.var("candidates")
    found, through, reach, x = b.var("found"), b.var("through"), b.var("reach"), b.var("x")
    near, far, known, k = b.var("near"), b.var("far"), b.var("known"), b.var("k")
    walked_rows, counted_rows = b.var("walkedRows"), b.var("countedRows")
    page = b.param(limit)
    ranked = set(roles) == set(SONG_ROLES)
    wanted = {item.name for item in fields_for(f.selections, ("SharedCollaborator",))}

    def side_of(person: str) -> str:
        return f"CASE WHEN {person} = {a} THEN 0 ELSE 1 END AS {side}"

    def shared_with(start: str, end: str) -> str:
        # From ``start``'s works, each checked for ``end``'s credit: ``start``'s walk, whoever is busier.
        return (
            f"size(COLLECT {{ MATCH ({start})-[:{types}]->({work}) WHERE EXISTS {{ ({work})<-[:{types}]-({end}) }} "
            f"RETURN DISTINCT {work} }})"
        )

    def evidence(start: str, name: str) -> str:
        if name not in wanted:
            return "[]"
        return f"COLLECT {{ MATCH ({start})-[:{types}]->({work})<-[:{types}]-({other}) RETURN DISTINCT {work} }}"

    # Only the people co-credited with the one of fewer credits can be shared. When the busier one keeps a
    # collaborator ranking, a candidate in it has their count there; any other is counted from the end with
    # fewer credits. Otherwise the busier one's works are matched to the candidates from whichever end costs
    # less: from the busier one's works (each work's few credits read) or from the candidates' own works
    # (each checked for the busier one's credit), chosen by the candidates' credits in all against the
    # busier one's. Either way a busy person's unrelated history is not walked when the candidates are
    # quiet, nor a busy candidate's when they are not.
    counted = (
        f"CALL ({a}, {c}, {small}, {big}, {candidates}, {reach}) {{ "
        f"WITH * WHERE {small} <> {big} AND {big}.collaboratorIds IS NOT NULL "
        f"UNWIND {candidates} AS {other} "
        f"WITH {a}, {c}, {small}, {big}, {reach}, {other}, [{k} IN range(0, size({big}.collaboratorIds) - 1) "
        f"WHERE {big}.collaboratorIds[{k}] = {other}.id | {big}.collaboratorCounts[{k}]] AS {known} "
        f"WITH {a}, {c}, {other}, {shared_with(small, other)} AS {near}, "
        f"CASE WHEN size({known}) > 0 THEN {known}[0] "
        f"WHEN COUNT {{ ({other})-[:{types}]->() }} <= {reach} THEN {shared_with(other, big)} "
        f"ELSE {shared_with(big, other)} END AS {far} "
        f"WHERE {near} > 0 AND {far} > 0 "
        f"WITH {a}, {c}, {other}, {near} + {far} AS {strength} "
        f"ORDER BY {strength} DESC, {other}.name, {other}.id LIMIT {page} "
        f"WITH {a}, {c}, {other}, {strength}, {evidence(a, 'viaA')} AS {via_a}, {evidence(c, 'viaB')} AS {via_b} "
        f"RETURN collect({projected}) AS {counted_rows} }} "
        if ranked
        else ""
    )
    unranked = f"WITH * WHERE {small} = {big} OR {big}.collaboratorIds IS NULL " if ranked else ""
    chosen = (
        f"CASE WHEN {small} <> {big} AND {big}.collaboratorIds IS NOT NULL THEN {counted_rows} ELSE {walked_rows} END"
        if ranked
        else walked_rows
    )
    walk = (
        f"CALL ({a}, {c}, {kept}) {{ WITH {a}, {c} WHERE {kept} IS NULL "
        f"WITH {a}, {c}, CASE WHEN COUNT {{ ({a})-[:{types}]->() }} <= COUNT {{ ({c})-[:{types}]->() }} "
        f"THEN [{a}, {c}] ELSE [{c}, {a}] END AS {x} "
        f"WITH {a}, {c}, {x}[0] AS {small}, {x}[1] AS {big} "
        f"WITH {a}, {c}, {small}, {big}, COLLECT {{ MATCH ({small})-[:{types}]->({work})<-[:{types}]-({other}:Person) "
        f"WHERE {other} <> {a} AND {other} <> {c} WITH DISTINCT {other} "
        f"RETURN [{other}, COUNT {{ ({other})-[:{types}]->() }}] }} AS {found} "
        f"WITH {a}, {c}, {small}, {big}, [{x} IN {found} | {x}[0]] AS {candidates}, "
        f"reduce({through} = 0, {x} IN {found} | {through} + {x}[1]) AS {through}, "
        f"COUNT {{ ({big})-[:{types}]->() }} AS {reach} "
        f"{counted}"
        f"CALL ({a}, {c}, {small}, {big}, {candidates}, {through}, {reach}) {{ {unranked}"
        f"CALL ({a}, {small}, {big}, {candidates}, {through}, {reach}) {{ "
        f"MATCH ({small})-[:{types}]->({work})<-[:{types}]-({other}:Person) WHERE {other} IN {candidates} "
        f"RETURN {other}, {work}, {side_of(small)} "
        f"UNION "
        f"WITH * WHERE {small} <> {big} AND {through} > {reach} "
        f"MATCH ({big})-[:{types}]->({work})<-[:{types}]-({other}:Person) WHERE {other} IN {candidates} "
        f"RETURN {other}, {work}, {side_of(big)} "
        f"UNION "
        f"WITH * WHERE {small} <> {big} AND {through} <= {reach} "
        f"UNWIND {candidates} AS {other} MATCH ({other})-[:{types}]->({work}) "
        f"WHERE EXISTS {{ ({work})<-[:{types}]-({big}) }} "
        f"RETURN {other}, {work}, {side_of(big)} }} "
        f"WITH {other}, collect(CASE {side} WHEN 0 THEN {work} END) AS {via_a}, "
        f"collect(CASE {side} WHEN 1 THEN {work} END) AS {via_b} "
        f"WHERE size({via_a}) > 0 AND size({via_b}) > 0 "
        f"WITH {other}, {via_a}, {via_b}, size({via_a}) + size({via_b}) AS {strength} "
        f"ORDER BY {strength} DESC, {other}.name, {other}.id LIMIT {page} "
        f"RETURN collect({projected}) AS {walked_rows} }} "
        # (an aggregate, so that the call still gives its one row when the rankings answered: null then)
        f"RETURN head(collect({chosen})) AS {rows} }} "
    )
    if not ranked:
        cypher = (
            f"{bind} WITH {a}, {c}, null AS {kept} {walk}"
            f"RETURN {{aFound: {a} IS NOT NULL, bFound: {c} IS NOT NULL, same: {a} = {c}, rows: {rows}}} AS result"
        )
        return Statement(cypher, b.params)

    ranked_rows = b.var("rankedRows")
    cypher = (
        f"{bind} {_from_rankings(b, a, c, kept, limit)}"
        f"{walk}"
        f"CALL ({a}, {c}, {kept}) {{ UNWIND coalesce({kept}, []) AS {side} "
        f"WITH {a}, {c}, {side}[0] AS {other}, {side}[1] AS {strength} "
        f"WITH {a}, {c}, {other}, {strength}, {evidence(a, 'viaA')} AS {via_a}, {evidence(c, 'viaB')} AS {via_b} "
        f"RETURN collect({projected}) AS {ranked_rows} }} "
        f"RETURN {{aFound: {a} IS NOT NULL, bFound: {c} IS NOT NULL, same: {a} = {c}, "
        f"rows: CASE WHEN {kept} IS NULL THEN {rows} ELSE {ranked_rows} END}} AS result"
    )
    return Statement(cypher, b.params)


def _from_rankings(b: Builder, a: str, c: str, kept: str, limit: int) -> str:
    """Binds ``kept`` to the page's ``[person, strength]`` rows proved from the two kept rankings, else null.

    A person in only A's ranking shares fewer than B's floor with B (and so on): ``bound`` is the most any
    person outside the both-rankings list can reach. The rows are proved when they fill the page and the
    last is stronger, or when no one outside can be a shared collaborator at all (``bound`` 0).
    """
    pid, ca, cb, k, both, bound, top = (b.var(v) for v in ("pid", "ca", "cb", "k", "both", "bound", "top"))
    only_a, only_b, o, s = b.var("onlyA"), b.var("onlyB"), b.var("ro"), b.var("rs")
    fa, fc = f"{a}.collaboratorsFrom", f"{c}.collaboratorsFrom"
    page = b.param(limit)
    return (
        f"OPTIONAL CALL ({a}, {c}) {{ "
        f"WITH {a}, {c} WHERE {a}.collaboratorIds IS NOT NULL AND {c}.collaboratorIds IS NOT NULL AND {a} <> {c} "
        f"CALL ({a}, {c}) {{ "
        f"UNWIND range(0, size({a}.collaboratorIds) - 1) AS {k} "
        f"RETURN {a}.collaboratorIds[{k}] AS {pid}, {a}.collaboratorCounts[{k}] AS {ca}, 0 AS {cb} "
        f"UNION ALL UNWIND range(0, size({c}.collaboratorIds) - 1) AS {k} "
        f"RETURN {c}.collaboratorIds[{k}] AS {pid}, 0 AS {ca}, {c}.collaboratorCounts[{k}] AS {cb} }} "
        f"WITH {a}, {c}, {pid}, sum({ca}) AS {ca}, sum({cb}) AS {cb} WHERE {pid} <> {a}.id AND {pid} <> {c}.id "
        f"WITH {a}, {c}, collect(CASE WHEN {ca} > 0 AND {cb} > 0 THEN [{pid}, {ca} + {cb}] END) AS {both}, "
        f"max(CASE WHEN {cb} = 0 THEN {ca} END) AS {only_a}, max(CASE WHEN {ca} = 0 THEN {cb} END) AS {only_b} "
        f"WITH {a}, {c}, {both}, reduce(m = 0, x IN ["
        f"CASE WHEN {fc} > 1 THEN coalesce({only_a}, 0) + {fc} - 1 ELSE 0 END, "
        f"CASE WHEN {fa} > 1 THEN coalesce({only_b}, 0) + {fa} - 1 ELSE 0 END, "
        f"CASE WHEN {fa} > 1 AND {fc} > 1 THEN {fa} + {fc} - 2 ELSE 0 END"
        f"] | CASE WHEN x > m THEN x ELSE m END) AS {bound} "
        f"WITH {bound}, COLLECT {{ UNWIND {both} AS {k} MATCH ({o}:Person {{id: {k}[0]}}) "
        f"WITH {o}, {k}[1] AS {s} ORDER BY {s} DESC, {o}.name, {o}.id LIMIT {page} RETURN [{o}, {s}] }} AS {top} "
        f"WHERE {bound} = 0 OR (size({top}) = {page} AND {top}[size({top}) - 1][1] > {bound}) "
        f"RETURN {top} AS {kept} }} "
    )


def check_pair(result: Mapping[str, Any], f: Field, first: str, second: str) -> None:
    """The two people of a pair query exist and differ; otherwise the client is told which is wrong."""
    for argument, found in ((first, result[f"{first}Found"]), (second, result[f"{second}Found"])):
        if not found:
            kind, value = person_ref(f.arguments.get(argument), f"{f.key}.{argument}")
            raise BadUserInput(f"no person with {kind} '{value}'", f"{f.key}.{argument}")
    if result["same"]:
        raise BadUserInput(f"{first} and {second} are the same person", f.key)


def connection(f: Field) -> Statement:
    """The shortest chain between two people; its explanation is written by ``songgraph.paths``."""
    b = Builder()
    p = Projector(b)
    max_hops = _bounded(f.arguments.get("maxHops"), 6, MAX_HOPS, f"{f.key}.maxHops")
    bind, a, c = _two_people(b, f, "from", "to")
    steps = fields_for(f.selections, ("PersonPath",))
    people_selection = [
        s
        for step in child(steps, "steps")
        for part in fields_for(step.selections, ("PathStep",))
        if part.name in ("from", "to")
        for s in part.selections
    ] + [s for people in child(steps, "people") for s in people.selections]
    path, x, y = b.var("path"), b.var("x"), b.var("y")
    person = p.project("Person", {"n": y}, people_selection)
    # Facts each kind of node contributes to a step's explanation (written in songgraph.paths).
    s, q = b.var("s"), b.var("q")
    node_facts = (
        f"{{eid: elementId({x}), labels: labels({x}), name: {x}.name, title: {x}.title, occasion: {x}.occasion, "
        f"artists: COLLECT {{ MATCH ({x})<-[:PERFORMED]-({q}:Person) RETURN {q}.name }}, "
        f"songTitle: head(COLLECT {{ MATCH ({x})-[:VIDEO_OF]->({s}:Song) RETURN {s}.title }}), "
        f"songArtists: COLLECT {{ MATCH ({x})-[:VIDEO_OF]->(:Song)<-[:PERFORMED]-({q}:Person) RETURN {q}.name }}, "
        f"introducer: head(COLLECT {{ MATCH ({x})<-[:MADE_INTRODUCTION]-({q}:Person) RETURN {q}.name }}), "
        f"introduced: COLLECT {{ MATCH ({x})-[:INTRODUCES]->({q}:Person) RETURN {q}.name }}}}"
    )
    # ``shortestPath``, not ``SHORTEST 1``: at a million songs the latter ran out of the transaction's memory
    # (192 MiB) or of the time budget between any two people tried, while the former's breadth-first search
    # from both ends answered in 20-54 ms (bench/README.md, "Connections and shared collaborators ...").
    cypher = (
        f"{bind} CALL ({a}, {c}) {{ WITH {a}, {c} WHERE {a} <> {c} "
        f"MATCH {path} = shortestPath(({a})-[:{PATH_TYPES}*1..{3 * MAX_HOPS}]-({c})) "
        f"RETURN collect({{nodes: [{x} IN nodes({path}) | {node_facts}], "
        f"rels: [{x} IN relationships({path}) | {{type: type({x}), from: elementId(startNode({x}))}}], "
        f"people: COLLECT {{ UNWIND nodes({path}) AS {y} WITH {y} WHERE {y}:Person RETURN {person} }}}}) AS found }} "
        f"RETURN {{fromFound: {a} IS NOT NULL, toFound: {c} IS NOT NULL, same: {a} = {c}, "
        f"maxPeople: {b.param(max_hops + 1)}, path: head(found)}} AS result"
    )
    return Statement(cypher, b.params)


def neighbourhood(f: Field) -> Statement | None:
    b = Builder()
    depth = _bounded(f.arguments.get("depth"), 1, MAX_DEPTH, f"{f.key}.depth")
    limit = _bounded(f.arguments.get("limit"), 200, MAX_NEIGHBOURHOOD, f"{f.key}.limit", minimum=2)
    type_name, key = from_global_id(f.arguments["id"], f"{f.key}.id")
    if type_name not in NODE_LABELS:
        return None
    start, x, node, rel, other = b.var("start"), b.var("x"), b.var("n"), b.var("r"), b.var("o")
    song = b.var("s")
    facts = (
        f"{{key: {node}.id, labels: labels({node}), name: {node}.name, title: {node}.title, "
        f"occasion: {node}.occasion, country: {node}.country, text: {node}.text, position: {node}.position, "
        f"chart: {node}.chart, level: {node}.level, multiplier: {node}.multiplier, "
        f"year: {node}.year, category: {node}.category, "
        f"songTitle: head(COLLECT {{ MATCH ({node})-[:VIDEO_OF]->({song}:Song) RETURN {song}.title }})}}"
    )
    # Nearest first: when the nodes within a smaller depth already fill the limit, the deeper walk (whose
    # extra nodes would all be cut) is skipped, so a busy node costs its first ring, not three.
    limit_param = b.param(limit)
    found = [b.var("found") for _ in range(depth)]
    walks = []
    for level, name in enumerate(found, start=1):
        earlier = found[: level - 1]
        unfilled = " AND ".join(f"size({name}) < {limit_param}" for name in earlier)
        skip = f"WITH * WHERE {unfilled} " if earlier else ""
        walks.append(
            f"CALL ({', '.join([start, *earlier])}) {{ {skip}"
            f"MATCH p = ANY SHORTEST ({start}){_DEPTH_PATTERNS[level]}({x}) "
            f"WITH {x}, length(p) AS distance ORDER BY distance, elementId({x}) LIMIT {limit_param} "
            f"RETURN collect({x}) AS {name} }} "
        )
    filled = "".join(f"WHEN size({name}) >= {limit_param} THEN {name} " for name in found[:-1])
    chosen = f"CASE {filled}ELSE {found[-1]} END" if filled else found[-1]
    cypher = (
        f"MATCH ({start}:{type_name} {{id: {b.param(key)}}}) " + "".join(walks) + f"WITH {start}, {chosen} AS found "
        f"WITH [{start}] + found[0..{b.param(limit - 1)}] AS kept, size(found) >= {limit_param} AS truncated "
        f"RETURN {{truncated: truncated, "
        f"nodes: [{node} IN kept | {facts}], "
        f"edges: COLLECT {{ UNWIND kept AS {node} MATCH ({node})-[{rel}:{NEIGHBOURHOOD_TYPES}]->({other}) "
        f"WHERE {other} IN kept "
        f"RETURN {{fromKey: {node}.id, fromLabels: labels({node}), toKey: {other}.id, toLabels: labels({other}), "
        f"type: type({rel})}} }}}} AS result"
    )
    return Statement(cypher, b.params)


_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')


def lucene_escape(term: str) -> str:
    return _LUCENE_SPECIAL.sub(r"\\\1", term)


def search_query(text: str, field: str) -> str:
    """A Lucene query for ``text``: each word exact (boosted), or within a typo or two, or as a prefix."""
    words = _WORD.findall(fold(text))
    if not words:
        raise BadUserInput("give some words to search for", field)
    clauses = []
    for word in words[:16]:
        term = lucene_escape(word)
        edits = 0 if len(word) < 3 else 1 if len(word) < 6 else 2
        parts = [f"{term}^3"]
        if edits:
            parts.append(f"{term}~{edits}")
        if len(word) >= 2:
            parts.append(f"{term}*")
        clauses.append("(" + " OR ".join(parts) + ")")
    return " ".join(clauses)


def search(f: Field) -> Statement:
    b = Builder()
    p = Projector(b)
    text = f.arguments.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadUserInput("must not be empty", f"{f.key}.text")
    limit = _bounded(f.arguments.get("first"), 10, MAX_PAGE_SIZE, f"{f.key}.first")
    query = search_query(text, f"{f.key}.text")
    hit, score = b.var("hit"), b.var("score")
    node_selection = [s for node in child(fields_for(f.selections, ("SearchHit",)), "node") for s in node.selections]
    branches = " ".join(
        f"WHEN {hit}:{label} THEN {p.project(label, {'n': hit}, node_selection)}" for label in ("Song", "Person")
    )
    album = p.project("Album", {"n": hit}, node_selection)
    cypher = (
        f"CALL db.index.fulltext.queryNodes({b.param(SEARCH_INDEX)}, {b.param(query)}, {{limit: {b.param(limit)}}}) "
        f"YIELD node AS {hit}, score AS {score} "
        f"WITH {hit}, {score} ORDER BY {score} DESC, {hit}.id "
        f"RETURN collect({{score: {score}, node: CASE {branches} ELSE {album} END}}) AS result"
    )
    return Statement(cypher, b.params)
