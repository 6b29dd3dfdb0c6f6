"""songgraph.ingest.files: reading one song file, errors naming file, line and field, and folder expansion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from songgraph.ingest.files import DataFileError, field_path, read_song_file, song_files
from songgraph.models import CertificationLevel

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "we-dont-talk-anymore.yaml"


def _line_of(text: str, needle: str) -> int:
    """The 1-based line of the only line of ``text`` that contains ``needle``."""
    lines = [number for number, line in enumerate(text.splitlines(), start=1) if needle in line]
    assert len(lines) == 1, f"{needle!r} must occur on exactly one line"
    return lines[0]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _error(path: Path) -> DataFileError:
    with pytest.raises(DataFileError) as caught:
        read_song_file(path)
    assert caught.value.path == path
    return caught.value


# --- reading valid files ----------------------------------------------------------------------------------

VALID_YAML = """\
# a comment
title: We Don\u2019t Talk Anymore
release_date: 2016-05-24
artists: [Charlie Puth]
featured_artists:
  - Selena Gomez
certifications:
  - {country: Germany, level: GOLD}
"""


def test_read_song_file_yaml(tmp_path: Path) -> None:
    doc = read_song_file(_write(tmp_path, "song.yaml", VALID_YAML))
    assert doc.title == "We Don\u2019t Talk Anymore"
    assert doc.key == "we-dont-talk-anymore"
    assert doc.release_date is not None
    assert doc.release_date.isoformat() == "2016-05-24"
    assert doc.artists == ["Charlie Puth"]
    assert doc.featured_artists == ["Selena Gomez"]
    assert doc.certifications[0].level is CertificationLevel.GOLD


def test_read_song_file_yml_suffix(tmp_path: Path) -> None:
    assert read_song_file(_write(tmp_path, "song.yml", VALID_YAML)).key == "we-dont-talk-anymore"


def test_read_song_file_json(tmp_path: Path) -> None:
    data = {
        "title": "Attention",
        "release_date": "2017-04-21",
        "artists": ["Charlie Puth"],
        "chart_peaks": [{"country": "United States", "position": 5, "chart": "Billboard Hot 100"}],
    }
    doc = read_song_file(_write(tmp_path, "attention.json", json.dumps(data, indent=2)))
    assert doc.title == "Attention"
    assert doc.release_date is not None
    assert doc.release_date.isoformat() == "2017-04-21"
    assert doc.chart_peaks[0].chart == "Billboard Hot 100"
    assert doc.chart_peaks[0].position == 5


def test_read_song_file_seed() -> None:
    doc = read_song_file(SEED)
    assert doc.key == "we-dont-talk-anymore"
    assert len(doc.certifications) == 13


# --- validation errors ------------------------------------------------------------------------------------

BRONZE_YAML = """\
title: We Don't Talk Anymore
artists: [Charlie Puth]
certifications:
  - country: Germany
    level: GOLD
  - country: France
    level: BRONZE
    body: SNEP
chart_peaks:
  - {country: Italy, position: 1}
"""


def test_validation_error_names_file_line_and_field_path(tmp_path: Path) -> None:
    path = _write(tmp_path, "song.yaml", BRONZE_YAML)
    line = _line_of(BRONZE_YAML, "BRONZE")
    error = _error(path)
    message = str(error)
    assert f"{path}:{line}: certifications[1].level:" in message
    assert len(error.problems) == 1
    assert error.problems[0].startswith(f"{line}: certifications[1].level: ")


def test_validation_error_line_for_a_flow_style_entry(tmp_path: Path) -> None:
    text = BRONZE_YAML.replace("{country: Italy, position: 1}", "{country: Italy, position: 0}")
    path = _write(tmp_path, "song.yaml", text)
    line = _line_of(text, "position: 0")
    assert f"{path}:{line}: chart_peaks[0].position:" in str(_error(path))


def test_every_problem_is_listed_with_its_own_line(tmp_path: Path) -> None:
    text = BRONZE_YAML + "producerz: [Charlie Puth]\n"
    path = _write(tmp_path, "song.yaml", text)
    message = str(_error(path))
    assert f"{path}:{_line_of(text, 'BRONZE')}: certifications[1].level:" in message
    assert f"{path}:{_line_of(text, 'producerz')}: producerz:" in message
    assert len(message.splitlines()) == 2


def test_a_missing_field_falls_back_to_the_nearest_parent_line(tmp_path: Path) -> None:
    text = "title: Attention\nartists: [Charlie Puth]\ncertifications:\n  - country: Germany\n"
    path = _write(tmp_path, "song.yaml", text)
    # certifications[0] exists (line 4) but has no level: the error points at the entry.
    assert f"{path}:4: certifications[0].level:" in str(_error(path))


def test_json_validation_error_names_file_and_field_path(tmp_path: Path) -> None:
    data = {"title": "Attention", "artists": ["Charlie Puth"], "certifications": [{"country": "X", "level": "TIN"}]}
    path = _write(tmp_path, "song.json", json.dumps(data))
    message = str(_error(path))
    assert message.startswith(str(path))
    assert "certifications[0].level" in message


def test_impossible_yaml_date_is_a_data_file_error(tmp_path: Path) -> None:
    text = "title: Attention\nartists: [Charlie Puth]\nrelease_date: 2016-13-45\n"
    path = _write(tmp_path, "song.yaml", text)
    assert f"{path}:3:" in str(_error(path))


# --- syntax errors ----------------------------------------------------------------------------------------


def test_yaml_syntax_error_gives_the_line(tmp_path: Path) -> None:
    text = "title: Attention\nartists: [Charlie Puth]\nsummary: a summary: with a colon\nwriters: []\n"
    path = _write(tmp_path, "song.yaml", text)
    error = _error(path)
    line = _line_of(text, "summary:")
    assert str(error).startswith(f"{path}:{line}: invalid YAML")


def test_invalid_json_gives_the_line(tmp_path: Path) -> None:
    text = '{\n  "title": "Attention",\n  "artists": ["Charlie Puth"],,\n  "writers": []\n}\n'
    path = _write(tmp_path, "song.json", text)
    line = _line_of(text, ",,")
    assert str(_error(path)).startswith(f"{path}:{line}: invalid JSON")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("list.yaml", "- title: Attention\n  artists: [Charlie Puth]\n"),
        ("list.json", '[{"title": "Attention", "artists": ["Charlie Puth"]}]'),
        ("scalar.yaml", "just a string\n"),
        ("empty.yaml", ""),
    ],
)
def test_top_level_must_be_a_mapping(tmp_path: Path, name: str, text: str) -> None:
    path = _write(tmp_path, name, text)
    message = str(_error(path))
    assert message.startswith(f"{path}:1:")
    assert "mapping" in message


def test_unreadable_file_is_a_data_file_error(tmp_path: Path) -> None:
    path = tmp_path / "missing.yaml"
    assert "cannot read" in str(_error(path))


def test_non_utf8_file_is_a_data_file_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("title: Beyoncé\nartists: [Beyoncé]\n".encode("latin-1"))
    assert "cannot read" in str(_error(path))


# --- field_path ------------------------------------------------------------------------------------------


def test_field_path_formats_indices_and_keys() -> None:
    assert field_path(("certifications", 1, "level")) == "certifications[1].level"
    assert field_path(("music_video", "cast", 0, "person")) == "music_video.cast[0].person"
    assert field_path(("title",)) == "title"
    assert field_path(()) == "(document)"


# --- song_files -----------------------------------------------------------------------------------------


def test_song_files_expands_folders_sorted_and_keeps_explicit_files(tmp_path: Path) -> None:
    folder = tmp_path / "songs"
    (folder / "nested").mkdir(parents=True)
    for name in ["c.yaml", "a.json", "b.yml", "notes.txt", "README.md", "nested/d.yaml"]:
        (folder / name).write_text("x", encoding="utf-8")
    (folder / "trap.yaml").mkdir()  # a folder with a song suffix is not a file
    explicit = _write(tmp_path, "explicit.txt", "x")

    found = song_files([explicit, folder])

    assert found[0] == explicit
    expanded = found[1:]
    assert expanded == sorted(expanded)
    assert set(expanded) == {folder / "a.json", folder / "b.yml", folder / "c.yaml", folder / "nested" / "d.yaml"}


def test_song_files_keeps_the_order_of_the_arguments(tmp_path: Path) -> None:
    first = tmp_path / "one"
    second = tmp_path / "two"
    first.mkdir()
    second.mkdir()
    (first / "z.yaml").write_text("x", encoding="utf-8")
    (second / "a.yaml").write_text("x", encoding="utf-8")
    explicit = tmp_path / "m.json"
    assert song_files([second, explicit, first]) == [second / "a.yaml", explicit, first / "z.yaml"]


def test_song_files_of_an_empty_folder_is_empty(tmp_path: Path) -> None:
    assert song_files([tmp_path]) == []


# --- every file judged on its own: limits and hostile input ----------------------------------------------


def test_yaml_is_read_with_libyaml_where_installed() -> None:
    import yaml

    from songgraph.ingest import files

    assert issubclass(files._Loader, yaml.CSafeLoader) == yaml.__with_libyaml__


def test_duplicate_yaml_keys_are_refused_with_their_line(tmp_path: Path) -> None:
    text = "title: Attention\nartists: [Charlie Puth]\nwriters: [A]\ntitle: Attention (remix)\n"
    path = _write(tmp_path, "song.yaml", text)
    assert str(_error(path)) == f"{path}:4: title: duplicate key (first given on line 1)"


def test_duplicate_keys_in_a_flow_mapping_are_refused(tmp_path: Path) -> None:
    text = "title: Attention\nartists: [Charlie Puth]\nalbum: {title: Voicenotes, title: Nine Track Mind}\n"
    path = _write(tmp_path, "song.yaml", text)
    assert f"{path}:3: title: duplicate key" in str(_error(path))


def test_duplicate_json_keys_are_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "song.json", '{"title": "A", "artists": ["B"], "title": "C"}')
    assert "title: duplicate key" in str(_error(path))


def test_a_file_over_the_size_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    path = _write(tmp_path, "song.yaml", VALID_YAML)
    assert read_song_file(path, max_bytes=len(VALID_YAML.encode())).title
    message = str(_error_with(path, max_bytes=100))
    assert message == f"{path}: larger than the limit of 100 bytes (load --max-file-bytes)"


def _error_with(path: Path, **limits: int) -> DataFileError:
    with pytest.raises(DataFileError) as caught:
        read_song_file(path, **limits)
    return caught.value


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("flow.yaml", "title: X\nartists: " + "[" * 3000 + "]" * 3000 + "\n", ":2: invalid YAML"),
        ("block.yaml", "title: X\nartists:\n" + "".join("  " * n + "-\n" for n in range(1, 60)), ":34: nested more"),
        ("limit.yaml", "title: X\nartists: " + "[" * 40 + "]" * 40 + "\n", ":2: nested more than 32 levels"),
        ("deep.json", '{"title": "X", "artists": ' + "[" * 100_000 + "]" * 100_000 + "}", ": invalid JSON: nested"),
        ("limit.json", '{"title": "X", "artists": ' + "[" * 40 + "]" * 40 + "}", ": invalid JSON: nested"),
        ("recursive.yaml", "&a [*a]\n", ":1: nested more than 32 levels"),
    ],
)
def test_deep_nesting_is_this_files_error(tmp_path: Path, name: str, text: str, expected: str) -> None:
    path = _write(tmp_path, name, text)
    assert str(_error(path)).startswith(f"{path}{expected}")


def test_nesting_limit_is_configurable(tmp_path: Path) -> None:
    path = _write(tmp_path, "song.yaml", VALID_YAML)
    assert "nested more than 2 levels" in str(_error_with(path, max_depth=2))


def test_huge_integers_are_this_files_error(tmp_path: Path) -> None:
    digits = "9" * 4400
    yaml_path = _write(
        tmp_path, "song.yaml", f"title: X\nartists: [A]\nchart_peaks:\n  - {{country: X, position: {digits}}}\n"
    )
    assert str(_error(yaml_path)).startswith(f"{yaml_path}:4: invalid YAML: a number longer than")
    json_path = _write(tmp_path, "song.json", f'{{"title": "X", "artists": ["A"], "x": {digits}}}')
    assert str(_error(json_path)) == f"{json_path}: invalid JSON: a number longer than 4300 digits"


def test_an_alias_bomb_is_refused_without_being_expanded(tmp_path: Path) -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 9):
        prev, name = chr(96 + level), chr(97 + level)
        lines.append(f"{name}: &{name} [{', '.join([f'*{prev}'] * 10)}]")
    path = _write(tmp_path, "song.yaml", "\n".join(lines) + "\n")
    assert "more than 100000 values (counting aliases)" in str(_error(path))


def test_aliases_within_the_limits_still_load(tmp_path: Path) -> None:
    text = "title: Attention\nartists: &who [Charlie Puth]\nwriters: *who\n"
    doc = read_song_file(_write(tmp_path, "song.yaml", text))
    assert doc.writers == ["Charlie Puth"]


def test_song_files_are_listed_lazily(tmp_path: Path) -> None:
    from songgraph.ingest.files import iter_song_files

    (tmp_path / "a.yaml").write_text("x", encoding="utf-8")
    found = iter_song_files([tmp_path])
    assert next(found) == tmp_path / "a.yaml"
    assert next(found, None) is None
