"""The bundle `make web` builds (web/dist): its manifest, and serving its files with cache headers."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from starlette.responses import Response
from starlette.staticfiles import PathLike, StaticFiles
from starlette.types import Scope

STATIC_PREFIX = "/static"
MANIFEST = "manifest.json"
# esbuild names every output "<name>-<content hash>.<ext>": such a file never changes, only its name does.
_HASHED = re.compile(r"-[A-Z0-9]{8}\.[a-z0-9]+$")
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
GRAPHIQL_ENTRIES = ("graphiql.js", "graphiql.css")
EXPLORE_ENTRIES = ("explore.js", "explore.css")


@dataclass(frozen=True)
class Bundle:
    """Entry names ("graphiql.js") mapped to the URLs of their hashed files."""

    files: Mapping[str, str]

    def url(self, entry: str) -> str:
        return f"{STATIC_PREFIX}/{self.files[entry]}"

    def has(self, *entries: str) -> bool:
        return all(entry in self.files for entry in entries)


def load_bundle(directory: Path) -> Bundle | None:
    """The built bundle, or None when it is missing or unreadable (the pages then say how to build it).

    Read on every page request rather than at start-up, so a rebuild is picked up without a restart.
    """
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or not all(isinstance(v, str) for v in manifest.values()):
        return None
    return Bundle(files={str(k): v for k, v in manifest.items()})


class CachedStaticFiles(StaticFiles):
    """Starlette's static files with Cache-Control: hashed files for a year, anything else revalidated."""

    def file_response(
        self, full_path: PathLike, stat_result: os.stat_result, scope: Scope, status_code: int = 200
    ) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        response.headers["Cache-Control"] = IMMUTABLE if _HASHED.search(str(full_path)) else REVALIDATE
        return response

    async def check_config(self) -> None:
        # Starlette raises (a 500) on the first request when the folder is missing; until `make web` has run,
        # each file is simply not found, and the pages explain how to build them.
        return


def static_files(directory: Path) -> CachedStaticFiles:
    # check_dir=False: the app must start when the bundle is not there yet.
    return CachedStaticFiles(directory=directory, check_dir=False)
