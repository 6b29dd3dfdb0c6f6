"""What a curation edit may contain, validated before anything touches the graph (pure values).

Field paths in errors use the API's spelling (``input.releaseDate``, ``input.writers[1].name``), so a
client can point at the exact argument it sent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator, model_validator
from pydantic.alias_generators import to_camel

from songgraph.errors import BadUserInput
from songgraph.models import MAX_INTRODUCED, CertificationEntry, ChartPeakEntry, Name, partial_date

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
Model = TypeVar("Model", bound=BaseModel)


class _Input(BaseModel):
    # Inputs arrive keyed by their GraphQL names, and errors name fields the same way.
    model_config = ConfigDict(extra="forbid", frozen=True, alias_generator=to_camel, populate_by_name=True)


class PersonRef(_Input):
    """A person by global id, or by a name or alias (a name nobody has yet creates that person)."""

    id: str | None = None
    name: Name | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> PersonRef:
        if (self.id is None) == (self.name is None):
            raise ValueError("give exactly one of id or name")
        return self


People = list[PersonRef]


class SongInput(_Input):
    title: Name
    release_date: dt.date | None = None
    genres: list[Name] = []
    summary: Text | None = None
    album: Name | None = None
    artists: Annotated[People, Field(min_length=1)]
    featured_artists: People = []
    writers: People = []
    producers: People = []


class SongPatch(_Input):
    """Only the fields given change; a list given replaces the whole list, null clears a value."""

    title: Name | None = None
    release_date: dt.date | None = None
    genres: list[Name] | None = None
    summary: Text | None = None
    album: Name | None = None
    artists: Annotated[People, Field(min_length=1)] | None = None
    featured_artists: People | None = None
    writers: People | None = None
    producers: People | None = None

    @field_validator("title", "artists")
    @classmethod
    def _required_stay(cls, value: Any) -> Any:
        # Runs only for fields the client sent: an explicit null would leave the song without one.
        if value is None:
            raise ValueError("cannot be removed; give a new value instead")
        return value


class CastInput(_Input):
    person: PersonRef
    role: Text | None = None


class MusicVideoInput(_Input):
    release_date: dt.date | None = None
    directors: People = []
    cast: list[CastInput] = []
    views: int | None = Field(default=None, ge=0)
    likes: int | None = Field(default=None, ge=0)
    stats_as_of: str | None = None

    @field_validator("stats_as_of")
    @classmethod
    def _partial_date(cls, value: str | None) -> str | None:
        return partial_date(value)


class IntroductionInput(_Input):
    introducer: PersonRef
    introduced: Annotated[People, Field(min_length=2, max_length=MAX_INTRODUCED)]
    occasion: Text | None = None
    year: int | None = Field(default=None, ge=1800, le=2100)
    outcome: Text | None = None
    led_to: list[str] = []


class AliasInput(_Input):
    alias: Name


def path_of(prefix: str, loc: tuple[int | str, ...]) -> str:
    """``("writers", 1, "name")`` under ``input`` → ``input.writers[1].name``."""
    path = prefix
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else f".{to_camel(part)}" if path else to_camel(part)
    return path


def _message(error: Mapping[str, Any]) -> str:
    message = str(error["msg"])
    # pydantic prefixes our own validators' messages; the prefix adds nothing for a client.
    return message.removeprefix("Value error, ")


def validate(model: type[Model], data: Mapping[str, Any], prefix: str) -> Model:
    """``data`` as ``model``, or BadUserInput listing every problem with its field path."""
    try:
        return model.model_validate(data)
    except ValidationError as error:
        problems = []
        for item in error.errors(include_url=False, include_input=False):
            loc = tuple(part for part in item["loc"] if not (isinstance(part, str) and "[" in part))
            problems.append((path_of(prefix, loc), _message(item)))
        raise BadUserInput.many(problems) from None


def certification(data: Mapping[str, Any], prefix: str) -> CertificationEntry:
    return validate(CertificationEntry, data, prefix)


def chart_peak(data: Mapping[str, Any], prefix: str) -> ChartPeakEntry:
    return validate(ChartPeakEntry, data, prefix)
