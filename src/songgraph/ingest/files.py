"""Reading one song file (YAML or JSON) into a validated document, with errors that name file, line and field.

Every file is judged on its own: a file too large, nested too deep, holding duplicate keys, a number too long
to convert, or anything else its parser or the models refuse becomes that file's ``DataFileError``; nothing a
file holds can stop the files after it from loading.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from songgraph.models import SongDocument

SUFFIXES = (".yaml", ".yml", ".json")
# A song file is a few kilobytes; these bounds keep one hostile file's cost small without refusing real ones.
MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 32
# Counted with aliases expanded, as validation would walk them: bounds YAML's "billion laughs".
MAX_NODES = 100_000

_TOO_LONG = f"a number longer than {sys.get_int_max_str_digits()} digits"

# libyaml's C parser where PyYAML was built with it (about ten times faster); pure Python otherwise.
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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


class _Loader(_BaseLoader):  # type: ignore[valid-type, misc]
    """Safe YAML that leaves dates as text: the models check them and can then name the field and line."""

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        try:
            return int(super().construct_yaml_int(node))
        except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits)
            raise yaml.constructor.ConstructorError(None, None, _TOO_LONG, node.start_mark) from None


_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _check_tree(path: Path, root: yaml.Node, max_depth: int) -> None:
    """Refuse duplicate keys, nesting deeper than ``max_depth`` and alias bombs, before anything is built.

    An iterative walk (no input can exhaust the stack) that expands aliases as validation would, so a value
    used many times through aliases counts every time; a recursive alias never ends and so hits the depth.
    """
    count = 0
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, level = stack.pop()
        if level > max_depth:
            raise DataFileError(path, [f"{_line(node)}: nested more than {max_depth} levels deep"])
        count += 1 + len(node.value)
        if count > MAX_NODES:
            raise DataFileError(path, [f"{_line(node)}: more than {MAX_NODES} values (counting aliases)"])
        if isinstance(node, yaml.MappingNode):
            seen: dict[tuple[str, str], int] = {}
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    if key_node.tag != _MERGE:
                        key = (key_node.tag, key_node.value)
                        first = seen.get(key)
                        if first is not None:
                            problem = f"{key_node.value}: duplicate key (first given on line {first})"
                            raise DataFileError(path, [f"{_line(key_node)}: {problem}"])
                        seen[key] = _line(key_node)
                else:
                    stack.append((key_node, level + 1))
                if not isinstance(value_node, yaml.ScalarNode):
                    stack.append((value_node, level + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((child, level + 1) for child in node.value if not isinstance(child, yaml.ScalarNode))


_MERGE = "tag:yaml.org,2002:merge"


def _json_depth(data: Any) -> int:
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, level = stack.pop()
        deepest = max(deepest, level)
        if isinstance(value, dict):
            stack.extend((item, level + 1) for item in value.values())
        elif isinstance(value, list):
            stack.extend((item, level + 1) for item in value)
    return deepest


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateJsonKey(key)
        found[key] = value
    return found


class _DuplicateJsonKey(ValueError):
    pass


def _parse(path: Path, text: str, max_depth: int) -> tuple[Any, yaml.Node | None]:
    if path.suffix == ".json":
        try:
            data = json.loads(text, object_pairs_hook=_unique_pairs)
        except json.JSONDecodeError as error:
            raise DataFileError(path, [f"{error.lineno}: invalid JSON: {error.msg}"]) from None
        except _DuplicateJsonKey as error:
            raise DataFileError(path, [f" {error}: duplicate key in a JSON object"]) from None
        except RecursionError:
            raise DataFileError(path, [f" invalid JSON: nested more than {max_depth} levels deep"]) from None
        except ValueError as error:  # an integer of more digits than Python converts
            message = _TOO_LONG if "digits" in str(error) else str(error)
            raise DataFileError(path, [f" invalid JSON: {message}"]) from None
        if _json_depth(data) > max_depth:
            raise DataFileError(path, [f" invalid JSON: nested more than {max_depth} levels deep"])
        return data, None
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, None
        _check_tree(path, root, max_depth)
        return loader.construct_document(root), root
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else 1
        raise DataFileError(path, [f"{line}: invalid YAML: {error.problem}"]) from None
    except yaml.YAMLError as error:
        raise DataFileError(path, [f" invalid YAML: {error}"]) from None
    finally:
        loader.dispose()


def read_song_file(path: Path, max_bytes: int = MAX_FILE_BYTES, max_depth: int = MAX_DEPTH) -> SongDocument:
    """Parse and validate one song file; raises ``DataFileError`` listing every problem found."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
        if len(raw) > max_bytes:
            raise DataFileError(path, [f" larger than the limit of {max_bytes} bytes (load --max-file-bytes)"])
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(path, [f" cannot read: {error}"]) from None
    try:
        data, root = _parse(path, text, max_depth)
    except (DataFileError, MemoryError):
        raise
    except Exception as error:  # a parser failure we did not foresee is still this file's problem only
        raise DataFileError(path, [f" cannot parse: {type(error).__name__}: {error}"]) from None
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


def iter_song_files(paths: Sequence[Path]) -> Iterator[Path]:
    """Files named on the command line, with folders expanded to the song files inside them, lazily.

    Within a folder the order is that of the sorted paths; only one folder's names are held at a time.
    """
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    try:
        with os.scandir(folder) as entries:
            # Symlinked folders are not followed: a link to a parent would never end.
            found = sorted(
                (entry.name, entry.is_dir(follow_symlinks=False), entry.is_file())
                for entry in entries
                if entry.is_dir(follow_symlinks=False) or os.path.splitext(entry.name)[1] in SUFFIXES
            )
    except OSError:
        return
    for name, is_dir, is_file in found:
        if is_dir:
            yield from _walk(folder / name)
        elif is_file:
            yield folder / name


def song_files(paths: Sequence[Path]) -> list[Path]:
    """``iter_song_files`` as a list."""
    return list(iter_song_files(paths))
