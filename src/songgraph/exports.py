"""Files generated from the code: the GraphQL SDL and the JSON Schema of song files."""

from __future__ import annotations

import json
from pathlib import Path

from strawberry.printer import print_schema

from songgraph.api.schema import schema
from songgraph.models import SongDocument


def sdl() -> str:
    return print_schema(schema) + "\n"


def song_json_schema() -> str:
    document = SongDocument.model_json_schema()
    document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    document["title"] = "songgraph song file"
    return json.dumps(document, indent=2, sort_keys=True) + "\n"


def write_exports(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in (("schema.graphql", sdl()), ("song.schema.json", song_json_schema())):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
