"""How long answers take to complete once the statement has returned: graphql-core's executor vs ours.

    python bench/completion.py [--runs R]

Connects with the usual settings (NEO4J_URI, ...) to a store that already holds songs (``make bench``
runs it on the benchmark's store after bench/run.py). Each document is run once to fetch its rows; the
timed runs are answered from those rows, so the figures are the Python work of completing an answer:
the same schema with Strawberry's default execution context (graphql-core's per-field machinery) and
with ``ProjectedExecution`` (api/execution.py). Both answers must be equal, or it stops.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from collections.abc import Sequence
from typing import Any

from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from songgraph.api.context import Context
from songgraph.api.schema import build_schema
from songgraph.config import Settings
from songgraph.cypher.statement import Statement
from songgraph.db import Database

WIDE = (
    "person(name: $name) { credits { role song { title writers { name } artists { name } producers { name } "
    "credits { role person { name } } } } }"
)
DOCUMENTS = {
    "song, full detail": (
        "query($title: String!) { song(title: $title) { id title releaseDate genres artists { id name } "
        "writers { id name } producers { name } credits { role person { id name } } "
        "certifications { level country } chartPeaks { country position chart } } }",
        "title",
    ),
    "busiest person, credits": (
        "query($name: String!) { person(name: $name) { name credits { role song { title writers { name } } } } }",
        "name",
    ),
    "busiest person, wide walk": ("query($name: String!) { " + WIDE + " }", "name"),
    "songs page of 100": ("{ songs(first: 100) { edges { node { id title artists { name } } } } }", None),
    "songs page, cursors": (
        "{ songs(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title } } } }",
        None,
    ),
}


def _figure(times: list[float]) -> str:
    return f"{min(times):8.2f} / {statistics.median(times):8.2f} ms"


class Replayed(Database):
    """Answers each statement from the rows its first run returned."""

    rows: dict[str, list[dict[str, Any]]]

    async def read(self, statement: Statement) -> list[dict[str, Any]]:
        key = statement.cypher + repr(sorted(statement.params.items()))
        if key not in self.rows:
            self.rows[key] = await super().read(statement)
        return self.rows[key]


async def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    db = Replayed.connect(Settings.from_env(os.environ))
    assert isinstance(db, Replayed)
    db.rows = {}
    try:
        busiest = await db.read(
            Statement(
                "MATCH (p:Person) RETURN p.name AS name, COUNT { (p)-[]->(:Song) } AS n ORDER BY n DESC LIMIT 1", {}
            )
        )
        song = await db.read(Statement("MATCH (s:Song) RETURN s.title AS title ORDER BY s.title LIMIT 1", {}))
        if not busiest or not song:
            print("completion: the store holds no songs; run make bench first", file=sys.stderr)
            return 1
        values = {"name": busiest[0]["name"], "title": song[0]["title"]}
        print(f"completion: busiest person has {busiest[0]['n']} credits; {args.runs} runs, best and median")
        direct = build_schema()
        general = build_schema()
        general.execution_context_class = StrawberryGraphQLCoreExecutionContext
        print(f"  {'document':28} {'graphql-core':>22} {'direct':>22} {'speed-up':>9}")
        for name, (document, variable) in DOCUMENTS.items():
            variables = {variable: values[variable]} if variable else {}
            timings: dict[str, list[float]] = {}
            answers = {}
            for label, schema in (("general", general), ("direct", direct)):
                answers[label] = await schema.execute(document, variable_values=variables, context_value=Context(db=db))
                timings[label] = []
                for _ in range(args.runs):
                    start = time.perf_counter()
                    await schema.execute(document, variable_values=variables, context_value=Context(db=db))
                    timings[label].append((time.perf_counter() - start) * 1000)
            if (answers["general"].data, answers["general"].errors) != (
                answers["direct"].data,
                answers["direct"].errors,
            ):
                print(f"completion: {name}: the two executors answered differently", file=sys.stderr)
                return 1
            g, d = timings["general"], timings["direct"]
            speed_up = statistics.median(g) / statistics.median(d)
            print(f"  {name:28} {_figure(g)} {_figure(d)} {speed_up:8.2f}x")
    finally:
        await db.close()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
