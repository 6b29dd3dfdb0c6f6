"""Reading one song file (YAML or JSON) into a validated document, with errors that name file, line and field."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from songgraph.models import SongDocument

SUFFIXES = (".yaml", ".yml", ".json")


class DataFileError(ValueError):
    """A song file that cannot be loaded; ``str()`` is the message a user sees."""

    def __init__(self, path: Path, problems: Sequence[str]) -> None:
        self.path = path
        self.problems = list(problems)
        super().__init__("\n".join(f"{path}:{problem}" for problem in self.problems))


def field_path(loc: Sequence[int | str]) -> str:
    """``('certifications', 2, 'level')`` -> ``certifications[2].level``."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(document)"


def _yaml_line(root: yaml.Node | None, loc: Sequence[int | str]) -> int | None:
    """The 1-based line of the YAML node at ``loc``, or of its nearest existing parent."""
    node = root
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        child: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            child = next((value for key, value in node.value if key.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
        if child is None:
            break
        node, line = child, child.start_mark.line + 1
    return line


class _Loader(yaml.SafeLoader):
    """Safe YAML that leaves dates as text: the models check them and can then name the field and line."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _parse(path: Path, text: str) -> tuple[Any, yaml.Node | None]:
    if path.suffix == ".json":
        try:
            return json.loads(text), None
        except json.JSONDecodeError as error:
            raise DataFileError(path, [f"{error.lineno}: invalid JSON: {error.msg}"]) from None
    try:
        return yaml.load(text, Loader=_Loader), yaml.compose(text, Loader=_Loader)  # a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else 1
        raise DataFileError(path, [f"{line}: invalid YAML: {error.problem}"]) from None


def read_song_file(path: Path) -> SongDocument:
    """Parse and validate one song file; raises ``DataFileError`` listing every problem found."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(path, [f" cannot read: {error}"]) from None
    data, root = _parse(path, text)
    if not isinstance(data, dict):
        raise DataFileError(path, ["1: expected a mapping of song fields at the top level"])
    try:
        return SongDocument.model_validate(data)
    except ValidationError as error:
        problems = []
        for item in error.errors(include_url=False):
            loc = item["loc"]
            line = _yaml_line(root, loc)
            where = f"{line}: " if line is not None else " "
            problems.append(f"{where}{field_path(loc)}: {item['msg']}")
        raise DataFileError(path, problems) from None


def song_files(paths: Sequence[Path]) -> list[Path]:
    """Files named on the command line, with folders expanded to the song files inside them."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file()))
        else:
            found.append(path)
    return found
