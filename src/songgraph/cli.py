"""The ``songgraph`` command: serve, migrate, load, import-page, import-musicbrainz, export-schema, wait-ready, token.

Thin over the library.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from songgraph import auth
from songgraph.config import ConfigError, Settings
from songgraph.db import BudgetExceeded, Database, DatabaseUnavailable, SchemaMissing
from songgraph.ingest.files import MAX_FILE_BYTES
from songgraph.migrate import MigrationsMissing
from songgraph.services.loading import BATCH_SIZE

T = TypeVar("T")


def _settings() -> Settings:
    return Settings.from_env(os.environ)


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from songgraph.app import create_app
    from songgraph.logs import logs_off_the_loop

    settings = _settings()
    host = args.host or settings.host
    port = args.port or settings.port
    print(f"songgraph: GraphQL at http://{host}:{port}/graphql (GraphiQL in a browser)", flush=True)
    _warn_if_not_migrated(settings)
    if not any(entry.scope is auth.Scope.WRITE for entry in settings.tokens):
        print("songgraph: no write token configured, so mutations are refused: see `songgraph token`", flush=True)
    app = create_app(settings)
    # The schema and the modules live as long as the process: leaving them out of the collector's full
    # passes makes each request's share of garbage collection about half (0.4 -> 0.17 s per 2,000 requests).
    gc.collect()
    gc.freeze()
    with logs_off_the_loop():
        uvicorn.run(app, host=host, port=port, log_level="info", log_config=None, access_log=settings.access_log)
    return 0


def _warn_if_not_migrated(settings: Settings) -> None:
    """Say at start-up what a store that was never migrated will refuse, rather than at the first search."""
    from songgraph.migrate import MigrationsMissing, default_schema_dir, missing_schema, read_migrations

    try:
        statements = read_migrations(default_schema_dir())
    except MigrationsMissing as error:
        print(f"songgraph: warning: cannot check the store's schema: {error}", file=sys.stderr, flush=True)
        return

    async def check() -> list[str] | None:
        db = Database.connect(settings)
        try:
            if not await db.ping():
                return None
            return await missing_schema(db, statements)
        finally:
            await db.close()

    # A refused connection is answered below in one line; the driver would log it with a traceback.
    driver_log = logging.getLogger("neo4j")
    level = driver_log.level
    driver_log.setLevel(logging.CRITICAL)
    try:
        missing = asyncio.run(check())
    except (DatabaseUnavailable, BudgetExceeded):
        missing = None
    finally:
        driver_log.setLevel(level)
    if missing is None:
        print(
            f"songgraph: warning: Neo4j at {settings.neo4j_uri} does not answer yet, so its schema was not checked",
            file=sys.stderr,
            flush=True,
        )
    elif missing:
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        print(
            f"songgraph: warning: the store is not migrated ({len(missing)} of {len(statements)} constraints and "
            f"indexes missing: {shown}); search answers SERVICE_UNAVAILABLE and lookups are slow until you run "
            "`songgraph migrate`",
            file=sys.stderr,
            flush=True,
        )


async def _with_db(work: object) -> int:
    db = Database.connect(_settings())
    try:
        return await work(db)  # type: ignore[operator, no-any-return]
    finally:
        await db.close()


def cmd_migrate(args: argparse.Namespace) -> int:
    from songgraph.migrate import default_schema_dir, migrate

    schema_dir = Path(args.schema_dir) if args.schema_dir else default_schema_dir()

    def step(what: str) -> None:
        print(f"songgraph: {what}...", flush=True)

    async def work(db: Database) -> int:
        count = await migrate(db, schema_dir, on_step=step)
        print(f"songgraph: {count} schema statements applied, every index online")
        return 0

    return asyncio.run(_with_db(work))


def cmd_load(args: argparse.Namespace) -> int:
    from songgraph.ingest.files import iter_song_files
    from songgraph.services.loading import load_files

    paths = [Path(p) for p in args.paths]
    missing = [p for p in paths if not p.exists()]
    for path in missing:
        print(f"{path}: no such file or folder", file=sys.stderr)
    present = [p for p in paths if p.exists()]
    if args.new_store is not None:
        return _load_new_store(Path(args.new_store), present, args.max_file_bytes, missing=bool(missing))

    async def work(db: Database) -> int:
        progress = None
        if sys.stderr.isatty():
            from tqdm import tqdm

            # Counting first costs one walk of the folders (names only) and gives the bar its ETA.
            total = sum(1 for _ in iter_song_files(present))
            if total > 1:
                progress = tqdm(total=total, unit=" songs", file=sys.stderr, smoothing=0.1)

        def advance(_path: Path) -> None:
            if progress is not None:
                progress.update()

        started = time.monotonic()
        try:
            report = await load_files(
                db,
                present,
                on_file=advance,
                force=args.force,
                batch_size=args.batch_size,
                max_file_bytes=args.max_file_bytes,
                keep_loaded=False,
            )
        finally:
            if progress is not None:
                progress.close()
        seconds = time.monotonic() - started
        for _source, message in report.failed:
            print(message, file=sys.stderr)
        for _source, message in report.kept:
            print(message, file=sys.stderr)
        if report.committed and report.unavailable is None:
            # Plans made against the empty graph's statistics would scan; resample before serving.
            await db.refresh_statistics()
        kept = f", {len(report.kept)} kept as edited through the API" if report.kept else ""
        rate = f" in {seconds:.1f} s ({report.committed / seconds:.0f} songs/s)" if seconds > 0 else ""
        print(
            f"songgraph: loaded {report.committed} file(s), {len(report.failed)} rejected{kept}"
            f"{rate if report.committed else ''}"
        )
        if report.unavailable is not None:
            print(
                f"songgraph: Neo4j became unreachable ({report.unavailable}); {report.committed} file(s) were "
                f"committed, {report.not_tried} not loaded, from {report.first_not_tried} on; "
                "loading again is safe (a reload changes nothing that is already there)",
                file=sys.stderr,
            )
            return 3
        return 0 if report.ok and not missing else 1

    return asyncio.run(_with_db(work))


def _offline(total: int | None, build: Callable[[Callable[[object], None], Callable[[str], None]], T]) -> T | None:
    """Runs an offline build (``load`` or ``import-musicbrainz --new-store``) with a bar counting the songs (of
    ``total``, if known) on a terminal and its later steps printed; None when it cannot run here (said why)."""
    from songgraph.offline.admin import OfflineUnavailable

    progress = None
    if sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm(total=total, unit=" songs", file=sys.stderr, smoothing=0.1)

    def advance(_source: object) -> None:
        if progress is not None:
            progress.update()

    def step(what: str) -> None:
        if progress is not None:
            progress.close()
        print(f"songgraph: {what}...", flush=True)

    try:
        return build(advance, step)
    except OfflineUnavailable as error:
        print(f"songgraph: {error}", file=sys.stderr)
        return None
    finally:
        if progress is not None:
            progress.close()


def _load_new_store(home: Path, paths: list[Path], max_file_bytes: int, *, missing: bool) -> int:
    """``load --new-store``: the songs built into a new store by Neo4j's importer (``services.offline``)."""
    from songgraph.ingest.files import iter_song_files
    from songgraph.services.loading import file_items
    from songgraph.services.offline import build_new_store

    started = time.monotonic()
    total = sum(1 for _ in iter_song_files(paths)) if sys.stderr.isatty() else None
    report = _offline(
        total,
        lambda advance, step: build_new_store(
            home, functools.partial(file_items, paths, max_file_bytes), on_done=advance, on_step=step
        ),
    )
    if report is None:
        return 2
    for _source, message in report.failed:
        print(message, file=sys.stderr)
    seconds = time.monotonic() - started
    print(
        f"songgraph: built a new store in {home} from {report.committed} file(s), {len(report.failed)} rejected, "
        f"in {seconds:.1f} s ({report.nodes:,} nodes, {report.relationships:,} relationships); serve it with "
        f"`make run NEO4J_DATA_DIR={home}` or `scripts/neo4j.sh start {home} PORT`"
    )
    return 0 if report.ok and not missing else 1


def cmd_import_musicbrainz(args: argparse.Namespace) -> int:
    from songgraph.services.musicbrainz import import_musicbrainz

    paths = [Path(p) for p in args.paths]
    missing = [p for p in paths if not p.exists() or p.is_dir()]
    for path in missing:
        print(
            f"{path}: no such file (give .json documents, dump .tar.xz archives or JSON-lines files)", file=sys.stderr
        )
    present = [p for p in paths if p not in missing]
    if args.new_store is not None:
        return _import_musicbrainz_new_store(Path(args.new_store), present, missing=bool(missing))

    async def work(db: Database) -> int:
        progress = None
        if sys.stderr.isatty():
            from tqdm import tqdm

            # A dump's size is not known before it is read: the bar counts songs and shows their rate.
            progress = tqdm(unit=" songs", file=sys.stderr, smoothing=0.1)

        def advance(_source: object) -> None:
            if progress is not None:
                progress.update()

        started = time.monotonic()
        try:
            report = await import_musicbrainz(
                db, present, force=args.force, batch_size=args.batch_size, on_song=advance
            )
        finally:
            if progress is not None:
                progress.close()
        seconds = time.monotonic() - started
        for message in report.rejected:
            print(message, file=sys.stderr)
        for _source, message in [*report.songs.failed, *report.songs.kept]:
            print(message, file=sys.stderr)
        if report.songs.committed and report.unavailable is None:
            await db.refresh_statistics()
        read = ", ".join(f"{count} {entity}(s)" for entity, count in sorted(report.read.items())) or "nothing"
        print(f"songgraph: read {read}")
        for what, count in sorted(report.notes.left_out.items()):
            print(f"songgraph: not imported: {count} {what}")
        rate = f" in {seconds:.1f} s ({report.songs.committed / seconds:.0f} songs/s)" if seconds > 0 else ""
        kept = f", {len(report.songs.kept)} kept as edited through the API" if report.songs.kept else ""
        print(
            f"songgraph: wrote {report.songs.committed} song(s), {report.people_written} artist(s), "
            f"{report.folded_videos} video recording(s) as music videos; "
            f"{len(report.rejected) + len(report.songs.failed)} rejected{kept}{rate}"
        )
        if report.unavailable is not None:
            print(
                f"songgraph: Neo4j became unreachable ({report.unavailable}); importing again is safe "
                "(a re-import updates in place)",
                file=sys.stderr,
            )
            return 3
        return 0 if report.ok and not missing else 1

    return asyncio.run(_with_db(work))


def _import_musicbrainz_new_store(home: Path, paths: list[Path], *, missing: bool) -> int:
    from songgraph.services.musicbrainz import import_musicbrainz_new_store

    started = time.monotonic()
    report = _offline(
        None, lambda advance, step: import_musicbrainz_new_store(home, paths, on_song=advance, on_step=step)
    )
    if report is None:
        return 2
    for message in report.rejected:
        print(message, file=sys.stderr)
    for _source, message in report.songs.failed:
        print(message, file=sys.stderr)
    read = ", ".join(f"{count} {entity}(s)" for entity, count in sorted(report.read.items())) or "nothing"
    print(f"songgraph: read {read}")
    for what, count in sorted(report.notes.left_out.items()):
        print(f"songgraph: not imported: {count} {what}")
    print(
        f"songgraph: built a new store in {home} with {report.songs.committed} song(s), {report.people_written} "
        f"artist(s), {report.folded_videos} video recording(s) as music videos; "
        f"{len(report.rejected) + len(report.songs.failed)} rejected, in {time.monotonic() - started:.1f} s; "
        f"serve it with `make run NEO4J_DATA_DIR={home}`"
    )
    return 0 if report.ok and not missing else 1


def _read_page(path: Path) -> str:
    """The text of a page file; ValueError when it is longer than a page may be."""
    from songgraph.ingest.page import MAX_PAGE_CHARS

    # A character is at most four bytes: a bigger file is refused without reading it.
    size = path.stat().st_size
    if size > 4 * MAX_PAGE_CHARS:
        raise ValueError(f"the file has {size} bytes; a page may have at most {MAX_PAGE_CHARS} characters")
    text = path.read_text(encoding="utf-8")
    if len(text) > MAX_PAGE_CHARS:
        raise ValueError(f"the page has {len(text)} characters; a page may have at most {MAX_PAGE_CHARS}")
    return text


def cmd_import_page(args: argparse.Namespace) -> int:
    from songgraph.services.importing import import_pages

    paths = [Path(p) for p in args.files]
    if args.source and len(paths) != 1:
        print("songgraph: --source names one page; give exactly one FILE with it", file=sys.stderr)
        return 1
    pages: list[tuple[str, str]] = []
    unreadable = 0
    for path in paths:
        try:
            pages.append((args.source or str(path), _read_page(path)))
        except (OSError, UnicodeDecodeError) as error:
            print(f"{path}: cannot read: {error}", file=sys.stderr)
            unreadable += 1
        except ValueError as error:
            print(f"{path}: not imported, nothing written: {error}", file=sys.stderr)
            unreadable += 1

    async def work(db: Database) -> int:
        progress = None
        if sys.stderr.isatty() and len(pages) > 1:
            from tqdm import tqdm

            progress = tqdm(total=len(pages), unit=" pages", file=sys.stderr, smoothing=0.1)

        def advance(_page: object) -> None:
            if progress is not None:
                progress.update()

        try:
            report = await import_pages(db, pages, dry_run=args.dry_run, on_page=advance)
        finally:
            if progress is not None:
                progress.close()
        for page in report.pages:
            for issue in page.parsed.errors:
                print(f"{issue.located(page.source)} (error)", file=sys.stderr)
            for issue in page.warnings:
                print(issue.located(page.source), file=sys.stderr)
            if page.rejected:
                print(f"{page.source}: {page.rejected}", file=sys.stderr)
            if page.document is None:
                continue
            if not page.changes:
                print(f"{page.source}: song '{page.document.key}': the graph already holds every fact on this page")
                continue
            verb = "would change" if args.dry_run else "changed"
            print(f"{page.source}: song '{page.document.key}': {len(page.changes)} fact(s) {verb}")
            if args.dry_run:
                for change in page.changes:
                    print(f"  {change}")
        if any(page.written for page in report.pages):
            await db.refresh_statistics()
        done = sum(1 for page in report.pages if page.ok)
        what = "checked (dry run, nothing written)" if args.dry_run else "imported"
        print(f"songgraph: {done} page(s) {what}, {len(report.pages) - done + unreadable} rejected")
        return 0 if report.ok and not unreadable else 1

    return asyncio.run(_with_db(work))


def cmd_export_schema(args: argparse.Namespace) -> int:
    from songgraph.exports import write_exports

    for path in write_exports(Path(args.out)):
        print(f"songgraph: wrote {path}")
    return 0


def cmd_wait_ready(args: argparse.Namespace) -> int:
    deadline = time.monotonic() + args.timeout
    # Refused connections are expected while Neo4j starts; the driver would log each one.
    logging.getLogger("neo4j").setLevel(logging.CRITICAL)

    async def ping() -> bool:
        db = Database.connect(_settings())
        try:
            return await db.ping()
        finally:
            await db.close()

    while time.monotonic() < deadline:
        if asyncio.run(ping()):
            return 0
        time.sleep(0.5)
    print(f"songgraph: Neo4j did not answer RETURN 1 within {args.timeout}s", file=sys.stderr)
    return 1


def cmd_token(args: argparse.Namespace) -> int:
    if not auth.valid_name(args.name):
        print(f"songgraph: token name {args.name!r} must be 1-64 letters, digits, or _.@-", file=sys.stderr)
        return 2
    token = auth.new_token()
    scope = auth.Scope(args.scope)
    print(f"token (give it to {args.name}; it is not stored anywhere): {token}")
    print("add this line to SONGGRAPH_TOKENS (or to the file SONGGRAPH_TOKENS_FILE names):")
    print(auth.entry_line(args.name, scope, token))
    return 0


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("songgraph")
    except PackageNotFoundError:
        return "(not installed: no package metadata)"


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="songgraph", description="GraphQL API over a Neo4j graph of songs.")
    root.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = root.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="serve the GraphQL API (GraphiQL at /graphql)")
    serve.add_argument("--host", help="interface to bind (default SONGGRAPH_HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default SONGGRAPH_PORT or 8000)")
    serve.set_defaults(run=cmd_serve)

    migrate = commands.add_parser("migrate", help="apply the constraints and indexes of the migrations (*.cypher)")
    migrate.add_argument(
        "--schema-dir",
        help="folder of .cypher files (default: the migrations installed with songgraph; "
        "in a development install, the checkout's schema/)",
    )
    migrate.set_defaults(run=cmd_migrate)

    load = commands.add_parser("load", help="load song files (YAML or JSON; folders are searched)")
    load.add_argument("paths", nargs="+", help="files or folders")
    load.add_argument("--force", action="store_true", help="also replace songs edited through the API since")
    load.add_argument(
        "--max-file-bytes",
        type=int,
        default=MAX_FILE_BYTES,
        help=f"larger files are rejected (default {MAX_FILE_BYTES})",
    )
    load.add_argument(
        "--batch-size", type=int, default=BATCH_SIZE, help=f"songs per write transaction (default {BATCH_SIZE})"
    )
    load.add_argument(
        "--new-store",
        metavar="DIR",
        help="build a new store in DIR with Neo4j's offline importer instead (much faster for a large catalogue; "
        "DIR must hold no store, Neo4j is left stopped)",
    )
    load.set_defaults(run=cmd_load)

    page = commands.add_parser("import-page", help="import Story-of-Song pages (text files) into the graph")
    page.add_argument("files", nargs="+", metavar="FILE", help="page text files")
    page.add_argument("--source", help="URL to record as the page's provenance (default: the file name)")
    page.add_argument("--dry-run", action="store_true", help="print what would change and the warnings; write nothing")
    page.set_defaults(run=cmd_import_page)

    mb = commands.add_parser(
        "import-musicbrainz",
        help="import MusicBrainz JSON: web-service documents (.json) and JSON dumps (.tar.xz, streamed)",
    )
    mb.add_argument("paths", nargs="+", metavar="PATH", help=".json documents, dump .tar.xz archives, JSON-lines files")
    mb.add_argument("--force", action="store_true", help="also replace songs edited through the API since")
    mb.add_argument(
        "--batch-size", type=int, default=BATCH_SIZE, help=f"songs per write transaction (default {BATCH_SIZE})"
    )
    mb.add_argument(
        "--new-store",
        metavar="DIR",
        help="build a new store in DIR with Neo4j's offline importer instead (DIR must hold no store; Neo4j is "
        "left stopped)",
    )
    mb.set_defaults(run=cmd_import_musicbrainz)

    export = commands.add_parser("export-schema", help="write schema.graphql and song.schema.json")
    export.add_argument("--out", default="schema", help="folder to write into (default schema/)")
    export.set_defaults(run=cmd_export_schema)

    wait = commands.add_parser("wait-ready", help="wait until Neo4j answers RETURN 1")
    wait.add_argument("--timeout", type=float, default=120.0)
    wait.set_defaults(run=cmd_wait_ready)

    token = commands.add_parser("token", help="make a new API token and print its configuration line")
    token.add_argument("name", help="recorded as createdBy/updatedBy on what the token writes")
    token.add_argument("--scope", choices=[s.value for s in auth.Scope], default=auth.Scope.WRITE.value)
    token.set_defaults(run=cmd_token)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except ConfigError as error:
        print(f"songgraph: {error}", file=sys.stderr)
        return 2
    except MigrationsMissing as error:
        print(f"songgraph: {error}; nothing was applied", file=sys.stderr)
        return 2
    except SchemaMissing as error:
        print(f"songgraph: the store is not migrated ({error}); run `songgraph migrate` first", file=sys.stderr)
        return 3
    except DatabaseUnavailable as error:
        print(f"songgraph: Neo4j is not reachable ({error})", file=sys.stderr)
        return 3
    except BudgetExceeded as error:
        # One transaction (a file, a page) over SONGGRAPH_WRITE_TIMEOUT_SECONDS or Neo4j's memory limit.
        print(f"songgraph: a transaction went over its budget and was rolled back ({error})", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
