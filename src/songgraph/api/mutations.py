"""The GraphQL mutations: thin adapters over ``songgraph.curation``.

Each resolver validates its coerced arguments, runs one edit (one transaction) on behalf of the
token's name, then reads the changed object with the caller's selection.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Mapping
from enum import Enum
from typing import Annotated, Any, TypeVar

import strawberry
from graphql import GraphQLError
from strawberry.scalars import JSON
from strawberry.types import Info
from strawberry.utils.str_converters import to_camel_case

from songgraph.api.context import Context
from songgraph.api.errors import (
    CONFLICT,
    DOMAIN_ERRORS,
    FORBIDDEN,
    TIMEOUT,
    UNAUTHENTICATED,
    bad_input,
    from_domain,
    over_budget,
    unavailable,
)
from songgraph.api.resolve import run
from songgraph.api.types import (
    Award,
    CertificationLevel,
    Count,
    Introduction,
    Node,
    Person,
    PersonRef,
    Role,
    Song,
)
from songgraph.curation import inputs
from songgraph.cypher import reads
from songgraph.db import BudgetExceeded, DatabaseUnavailable, WriteRejected
from songgraph.errors import BadUserInput
from songgraph.graph import Role as GraphRole
from songgraph.ids import to_global_id
from songgraph.ingest.page import MAX_PAGE_CHARS, MAX_SOURCE_CHARS
from songgraph.models import AwardEntry
from songgraph.services.curation import Curator, Removed
from songgraph.services.importing import OverBudget, PageImport, TimeBudget, import_page

logger = logging.getLogger("songgraph.api")
Ctx = Info[Context, Any]
T = TypeVar("T")

PeopleInput = Annotated[
    list[PersonRef] | None,
    strawberry.argument(description="People by id, or by name or alias; a new name creates that person."),
]
SONG_ID = strawberry.argument(description="The song's global id.")
INPUT = strawberry.argument(description="The values; see the input type for each field's rules.")
VERSION = strawberry.argument(
    description="The song's `version` as you last read it: the edit is refused with CONFLICT if it changed since."
)


@strawberry.input(description="A new song. Credits connect people by id or by name; unknown names create people.")
class SongInput:
    title: str = strawberry.field(description="The title as released (1 to 200 characters).")
    artists: list[PersonRef] = strawberry.field(description="Primary artists, in credit order; at least one.")
    release_date: dt.date | None = strawberry.field(
        default=None, description="First release date (YYYY-MM-DD); null when not known."
    )
    genres: list[str] | None = strawberry.field(default=None, description="Genres, each 1 to 200 characters.")
    summary: str | None = strawberry.field(
        default=None, description="A short summary in your own words (at most 2,000 characters)."
    )
    album: str | None = strawberry.field(default=None, description="Album title; an unknown title creates it.")
    featured_artists: list[PersonRef] | None = strawberry.field(
        default=None, description="Featured artists, in credit order."
    )
    writers: list[PersonRef] | None = strawberry.field(default=None, description="Songwriters, in credit order.")
    producers: list[PersonRef] | None = strawberry.field(default=None, description="Producers, in credit order.")


@strawberry.input(description="Changes to a song: only the fields given change; a list replaces the whole list.")
class SongPatch:
    title: str | None = strawberry.field(
        default=strawberry.UNSET, description="A new title; it cannot be removed (null is refused)."
    )
    release_date: dt.date | None = strawberry.field(
        default=strawberry.UNSET, description="A new release date (YYYY-MM-DD); null clears it."
    )
    genres: list[str] | None = strawberry.field(
        default=strawberry.UNSET, description="The whole new list of genres; null or [] clears it."
    )
    summary: str | None = strawberry.field(
        default=strawberry.UNSET, description="A new summary (at most 2,000 characters); null clears it."
    )
    album: str | None = strawberry.field(default=strawberry.UNSET, description="Album title; null takes it off.")
    artists: list[PersonRef] | None = strawberry.field(
        default=strawberry.UNSET, description="The whole new list of primary artists (at least one; null is refused)."
    )
    featured_artists: list[PersonRef] | None = strawberry.field(
        default=strawberry.UNSET, description="The whole new list of featured artists; null or [] clears it."
    )
    writers: list[PersonRef] | None = strawberry.field(
        default=strawberry.UNSET, description="The whole new list of songwriters; null or [] clears it."
    )
    producers: list[PersonRef] | None = strawberry.field(
        default=strawberry.UNSET, description="The whole new list of producers; null or [] clears it."
    )


@strawberry.input(description="Someone appearing in a music video.")
class CastInput:
    person: PersonRef = strawberry.field(description="Who appears in the video.")
    role: str | None = strawberry.field(default=None, description="Who or what they play in the video.")


@strawberry.input(description="A song's music video; setting it replaces the one the song had.")
class MusicVideoInput:
    release_date: dt.date | None = strawberry.field(
        default=None, description="Release date (YYYY-MM-DD); null when not known."
    )
    directors: list[PersonRef] | None = strawberry.field(default=None, description="Directors, in credit order.")
    cast: list[CastInput] | None = strawberry.field(
        default=None, description="People appearing in it, in credit order."
    )
    # Count, as the reads give them: a popular video's views exceed the 32 bits of Int.
    views: Count | None = strawberry.field(default=None, description="View count (0 or more) as of `statsAsOf`.")
    likes: Count | None = strawberry.field(default=None, description="Like count (0 or more) as of `statsAsOf`.")
    stats_as_of: str | None = strawberry.field(default=None, description="YYYY, YYYY-MM or YYYY-MM-DD.")


@strawberry.input(description="An introduction: who introduced which people to one another, when and where.")
class IntroductionInput:
    introducer: PersonRef = strawberry.field(description="Who made the introduction.")
    introduced: list[PersonRef] = strawberry.field(description="Two to ten people, all different, none the introducer.")
    occasion: str | None = strawberry.field(
        default=None, description="Where or how it happened, in words (at most 2,000 characters)."
    )
    year: int | None = strawberry.field(default=None, description="The year it happened, 1800 to 2100.")
    outcome: str | None = strawberry.field(
        default=None, description="What it led to, in words (at most 2,000 characters)."
    )
    led_to: list[strawberry.ID] | None = strawberry.field(default=None, description="Songs it led to, by id.")


@strawberry.input(description="A certification of a song in one country or region.")
class CertificationInput:
    country: str = strawberry.field(
        description="Country or region, e.g. Sweden; a song has at most one certification per country."
    )
    level: CertificationLevel = strawberry.field(description="The award level.")  # type: ignore[valid-type]
    multiplier: int = strawberry.field(default=1, description="1 to 100: 4 for 4x PLATINUM.")
    body: str | None = strawberry.field(default=None, description="The certifying body, e.g. RIAA.")


@strawberry.input(description="An award a song or a person won.")
class AwardInput:
    name: str = strawberry.field(description="The award's name, e.g. Grammy Award.")
    year: int | None = strawberry.field(default=None, description="The year it was given; null when not known.")
    body: str | None = strawberry.field(default=None, description="Who gives it, e.g. The Recording Academy.")
    category: str | None = strawberry.field(
        default=None, description="The category, e.g. Best Pop Duo/Group Performance; null when it has none."
    )


@strawberry.input(description="The best position a song reached on one chart.")
class ChartPeakInput:
    country: str = strawberry.field(description="Country or region of the chart.")
    position: int = strawberry.field(description="The best position reached, 1 (the top) to 1000.")
    chart: str | None = strawberry.field(
        default=None, description="Chart name, when there is one; a song has one peak per chart and country."
    )


@strawberry.type(description="How many facts of each kind a deletion removed.")
class RemovedFacts:
    credits: int = strawberry.field(description="Song and video credits deleted.")
    music_videos: int = strawberry.field(description="Music videos deleted (0 or 1).")
    certifications: int = strawberry.field(description="Certifications deleted.")
    chart_peaks: int = strawberry.field(description="Chart peaks deleted.")
    quotes: int = strawberry.field(description="Quotes deleted.")
    awards: int = strawberry.field(description="Awards deleted.")
    introductions: int = strawberry.field(description="Introductions deleted because they led to no other song.")


@strawberry.type(description="What deleting a song removed. People and albums still used elsewhere are kept.")
class DeleteSongResult:
    deleted_song_id: strawberry.ID = strawberry.field(description="The global id the song had.")
    title: str = strawberry.field(description="The title the song had.")
    removed: RemovedFacts = strawberry.field(description="How many facts went with it.")
    removed_people: list[str] = strawberry.field(description="People left with nothing else, deleted too.")
    removed_albums: list[str] = strawberry.field(description="Albums left with no song, deleted too.")


@strawberry.type(description="Something on the page the importer could not place, or that stopped it.")
class PageIssue:
    line: int = strawberry.field(description="The line of the page (1 is the first).")
    message: str = strawberry.field(description="What is wrong, in words.")


@strawberry.type(description="A fact the import adds or changes, compared with what the graph holds.")
class ImportChange:
    kind: str = strawberry.field(description="add or change")
    fact: str = strawberry.field(description="Which fact of the song, as the importer names it.")
    value: str = strawberry.field(description="The value added or the new value, as text.")


@strawberry.type(description="What importing a story page did, or would do in a dry run.")
class StoryPageImport:
    source: str = strawberry.field(description="The page's name as given in `source` (or importStoryPage).")
    dry_run: bool = strawberry.field(description="Whether this was a dry run (nothing written).")
    written: bool = strawberry.field(description="False for a dry run, a page with errors, or nothing new.")
    song_id: strawberry.ID | None = strawberry.field(description="The song written, or that would be.")
    document: JSON | None = strawberry.field(
        description="The song document (the data-file format, as JSON) written, or that would be."
    )
    changes: list[ImportChange] = strawberry.field(description="Every fact the page adds or changes, in page order.")
    warnings: list[PageIssue] = strawberry.field(
        description="Lines the importer read but could not place; the rest of the page was still imported."
    )
    errors: list[PageIssue] = strawberry.field(description="Problems that stopped the page being read.")
    rejected: str | None = strawberry.field(description="Why a readable page could not be merged or written.")


def _page_import(result: PageImport, dry_run: bool) -> StoryPageImport:
    document = result.document
    return StoryPageImport(
        source=result.source,
        dry_run=dry_run,
        written=result.written,
        song_id=strawberry.ID(to_global_id("Song", document.key)) if document else None,
        document=JSON(document.model_dump(mode="json", exclude_none=True, exclude_defaults=True)) if document else None,
        changes=[ImportChange(kind=c.kind, fact=c.fact, value=c.value) for c in result.changes],
        warnings=[PageIssue(line=w.line, message=w.message) for w in result.warnings],
        errors=[PageIssue(line=e.line, message=e.message) for e in result.parsed.errors],
        rejected=result.rejected,
    )


def _error(message: str, code: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": code})


def curator(info: Ctx) -> Curator:
    """The curator for this request's token; refuses anonymous and read-only callers."""
    context = info.context
    if context.principal is None:
        raise _error("mutations need a write token: send 'Authorization: Bearer <token>'", UNAUTHENTICATED)
    if not context.principal.can_write:
        raise _error(f"the token '{context.principal.name}' may read but not write", FORBIDDEN)
    return Curator(context.db, context.principal.name)


def given(value: Any) -> Any:
    """A coerced Strawberry input as plain data keyed by GraphQL names, for the services' validation:
    fields left out (UNSET) are left out, enum members become their names."""
    if value is strawberry.UNSET:
        return value
    if isinstance(value, Enum):
        return value.name
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = ((f.name, getattr(value, f.name)) for f in dataclasses.fields(value))
        return {to_camel_case(name): given(item) for name, item in fields if item is not strawberry.UNSET}
    if isinstance(value, list):
        return [given(item) for item in value]
    return value


async def _edit(info: Ctx, work: Callable[[Curator, Mapping[str, Any]], Awaitable[T]], **arguments: Any) -> T:
    """Runs one edit with the resolver's coerced arguments, turning each failure into a coded GraphQL error."""
    edit = curator(info)
    try:
        return await work(edit, {name: given(value) for name, value in arguments.items()})
    except DOMAIN_ERRORS as error:
        if isinstance(error, WriteRejected):
            logger.warning("request %s: write rejected: %s", info.context.request_id, error)
        raise from_domain(error, edit.db.write_timeout) from None


async def _song(info: Ctx, key: str) -> Any:
    song = await run(info, lambda f: reads.by_id(f, to_global_id("Song", key), "Song"))
    if song is None:
        raise _error("the song was deleted by another edit right after this one", CONFLICT)
    return song


async def _person(info: Ctx, key: str) -> Any:
    return await run(info, lambda f: reads.by_id(f, to_global_id("Person", key), "Person"))


def _plain_input(data: Any) -> dict[str, Any]:
    """An input object's given fields (null means not given), keyed by their GraphQL names."""
    return {key: value for key, value in dict(data or {}).items() if value is not None}


def _input(model: type[inputs.Model], data: Any, prefix: str = "input") -> inputs.Model:
    """Validated input; outside a patch (where null clears a value) a null field means "not given"."""
    given = dict(data or {})
    if model is not inputs.SongPatch:
        given = {key: value for key, value in given.items() if value is not None}
    return inputs.validate(model, given, prefix)


@strawberry.type(
    description="Changing the graph: mutations need a token that may write (see `songgraph token`); "
    "importStoryPage with dryRun only reads."
)
class Mutation:
    @strawberry.mutation(description="Adds a song with its credits and album.")
    async def create_song(self, info: Ctx, input: Annotated[SongInput, INPUT]) -> Song:
        key = await _edit(info, lambda c, a: c.create_song(_input(inputs.SongInput, a["input"])), input=input)
        return await _song(info, key)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Changes a song's fields; lists given replace the song's lists.")
    async def update_song(
        self,
        info: Ctx,
        id: Annotated[strawberry.ID, SONG_ID],
        input: Annotated[SongPatch, INPUT],
        expected_version: Annotated[int | None, VERSION] = None,
    ) -> Song:
        key = await _edit(
            info,
            lambda c, a: c.update_song(a["id"], _input(inputs.SongPatch, a["input"]), a["expectedVersion"]),
            id=id,
            input=input,
            expectedVersion=expected_version,
        )
        return await _song(info, key)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Deletes a song with its credits, video and facts; says what it removed.")
    async def delete_song(
        self, info: Ctx, id: Annotated[strawberry.ID, SONG_ID], expected_version: Annotated[int | None, VERSION] = None
    ) -> DeleteSongResult:
        removed: Removed = await _edit(
            info, lambda c, a: c.delete_song(a["id"], a["expectedVersion"]), id=id, expectedVersion=expected_version
        )
        counts = removed.counts
        return DeleteSongResult(
            deleted_song_id=strawberry.ID(to_global_id("Song", removed.song_id)),
            title=removed.title,
            removed=RemovedFacts(
                credits=counts.get("credits", 0),
                music_videos=counts.get("musicVideos", 0),
                certifications=counts.get("certifications", 0),
                chart_peaks=counts.get("chartPeaks", 0),
                quotes=counts.get("quotes", 0),
                awards=counts.get("awards", 0),
                introductions=counts.get("introductions", 0),
            ),
            removed_people=removed.people,
            removed_albums=removed.albums,
        )

    @strawberry.mutation(description="Credits a person on a song (DIRECTOR and CAST: on its music video).")
    async def add_credit(
        self,
        info: Ctx,
        song_id: Annotated[strawberry.ID, SONG_ID],
        person: Annotated[PersonRef, strawberry.argument(description="Who to credit; a new name creates them.")],
        role: Annotated[Role, strawberry.argument(description="What they did.")],  # type: ignore[valid-type]
        part: Annotated[str | None, strawberry.argument(description="CAST only: who they play.")] = None,
        expected_version: Annotated[int | None, VERSION] = None,
    ) -> Song:
        def work(c: Curator, a: Mapping[str, Any]) -> Awaitable[str]:
            ref = _input(inputs.PersonRef, a["person"], "person")
            part_text = a["part"]
            if part_text is not None and not part_text.strip():
                raise BadUserInput("must not be empty", "part")
            return c.add_credit(a["songId"], ref, GraphRole[a["role"]], part_text, a.get("expectedVersion"))

        key = await _edit(
            info, work, songId=song_id, person=person, role=role, part=part, expectedVersion=expected_version
        )
        return await _song(info, key)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Removes one credit of a person on a song.")
    async def remove_credit(
        self,
        info: Ctx,
        song_id: Annotated[strawberry.ID, SONG_ID],
        person_id: Annotated[strawberry.ID, strawberry.argument(description="The credited person's global id.")],
        role: Annotated[Role, strawberry.argument(description="The role to remove.")],  # type: ignore[valid-type]
        expected_version: Annotated[int | None, VERSION] = None,
    ) -> Song:
        key = await _edit(
            info,
            lambda c, a: c.remove_credit(a["songId"], a["personId"], GraphRole[a["role"]], a["expectedVersion"]),
            songId=song_id,
            personId=person_id,
            role=role,
            expectedVersion=expected_version,
        )
        return await _song(info, key)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Sets the song's music video: directors, cast and parts, figures.")
    async def set_music_video(
        self,
        info: Ctx,
        song_id: Annotated[strawberry.ID, SONG_ID],
        input: Annotated[MusicVideoInput, INPUT],
        expected_version: Annotated[int | None, VERSION] = None,
    ) -> Song:
        key = await _edit(
            info,
            lambda c, a: c.set_music_video(
                a["songId"], _input(inputs.MusicVideoInput, a["input"]), a["expectedVersion"]
            ),
            songId=song_id,
            input=input,
            expectedVersion=expected_version,
        )
        return await _song(info, key)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Records that someone introduced people to one another, and what it led to.")
    async def record_introduction(self, info: Ctx, input: Annotated[IntroductionInput, INPUT]) -> Introduction:
        key = await _edit(
            info, lambda c, a: c.record_introduction(_input(inputs.IntroductionInput, a["input"])), input=input
        )
        return await run(  # type: ignore[no-any-return]
            info, lambda f: reads.by_id(f, to_global_id("Introduction", key), "Introduction")
        )

    @strawberry.mutation(description="Adds a certification (one per country).")
    async def add_certification(
        self,
        info: Ctx,
        song_id: Annotated[strawberry.ID, SONG_ID],
        input: Annotated[CertificationInput, INPUT],
        expected_version: Annotated[int | None, VERSION] = None,
    ) -> Song:
        key = await _edit(
            info,
            lambda c, a: c.add_certification(
                a["songId"], inputs.certification(a["input"], "input"), a["expectedVersion"]
            ),
            songId=song_id,
            input=input,
            expectedVersion=expected_version,
        )
        return await _song(info, key)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Removes the song's certification in a country.")
    async def remove_certification(
        self,
        info: Ctx,
        song_id: Annotated[strawberry.ID, SONG_ID],
        country: Annotated[str, strawberry.argument(description="The certification's country, as stored.")],
        expected_version: Annotated[int | None, VERSION] = None,
    ) -> Song:
        key = await _edit(
            info,
            lambda c, a: c.remove_certification(a["songId"], a["country"], a["expectedVersion"]),
            songId=song_id,
            country=country,
            expectedVersion=expected_version,
        )
        return await _song(info, key)  # type: ignore[no-any-return]

    @strawberry.mutation(
        description="Adds a chart peak: one per named chart and country; without a chart name, one per position."
    )
    async def add_chart_peak(
        self,
        info: Ctx,
        song_id: Annotated[strawberry.ID, SONG_ID],
        input: Annotated[ChartPeakInput, INPUT],
        expected_version: Annotated[int | None, VERSION] = None,
    ) -> Song:
        key = await _edit(
            info,
            lambda c, a: c.add_chart_peak(a["songId"], inputs.chart_peak(a["input"], "input"), a["expectedVersion"]),
            songId=song_id,
            input=input,
            expectedVersion=expected_version,
        )
        return await _song(info, key)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Removes the song's peak in a country (on the named chart, or with none).")
    async def remove_chart_peak(
        self,
        info: Ctx,
        song_id: Annotated[strawberry.ID, SONG_ID],
        country: Annotated[str, strawberry.argument(description="The peak's country, as stored.")],
        chart: Annotated[
            str | None, strawberry.argument(description="The chart's name; null: the peak recorded without one.")
        ] = None,
        position: Annotated[
            int | None,
            strawberry.argument(description="Which peak, when the country has several without a chart name."),
        ] = None,
        expected_version: Annotated[int | None, VERSION] = None,
    ) -> Song:
        key = await _edit(
            info,
            lambda c, a: c.remove_chart_peak(
                a["songId"], a["country"], a["chart"], a["position"], a["expectedVersion"]
            ),
            songId=song_id,
            country=country,
            chart=chart,
            position=position,
            expectedVersion=expected_version,
        )
        return await _song(info, key)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Adds an award to a song or a person (ownerId); the same award twice is refused.")
    async def add_award(
        self,
        info: Ctx,
        owner_id: Annotated[
            strawberry.ID, strawberry.argument(description="Global id of the song or person that won it.")
        ],
        input: Annotated[AwardInput, INPUT],
        expected_version: Annotated[int | None, VERSION] = None,
    ) -> Award:
        def work(c: Curator, a: Mapping[str, Any]) -> Awaitable[str]:
            award = inputs.validate(AwardEntry, _plain_input(a["input"]), "input")
            return c.add_award(a["ownerId"], award, a["expectedVersion"])

        key = await _edit(info, work, ownerId=owner_id, input=input, expectedVersion=expected_version)
        return await run(info, lambda f: reads.by_id(f, to_global_id("Award", key), "Award"))  # type: ignore[no-any-return]

    @strawberry.mutation(description="Removes an award; returns the song or person that had it.")
    async def remove_award(
        self, info: Ctx, id: Annotated[strawberry.ID, strawberry.argument(description="The award's global id.")]
    ) -> Node:
        owner, key = await _edit(info, lambda c, a: c.remove_award(a["id"]), id=id)
        return await run(  # type: ignore[no-any-return]
            info, lambda f: reads.by_id(f, to_global_id(owner, key), owner)
        )

    @strawberry.mutation(description="Adds another spelling a person is known by.")
    async def add_alias(
        self,
        info: Ctx,
        person_id: Annotated[strawberry.ID, strawberry.argument(description="The person's global id.")],
        alias: Annotated[str, strawberry.argument(description="The new spelling, 1 to 200 characters.")],
    ) -> Person:
        def work(c: Curator, a: Mapping[str, Any]) -> Awaitable[str]:
            return c.add_alias(a["personId"], _input(inputs.AliasInput, {"alias": a["alias"]}, "").alias)

        return await _person(info, await _edit(info, work, personId=person_id, alias=alias))  # type: ignore[no-any-return]

    @strawberry.mutation(
        description="Reads a Story-of-Song page into the graph, every fact with its provenance. With dryRun "
        "it only reports what it would add or change (any reader may do that); writing needs a write token."
    )
    async def import_story_page(
        self,
        info: Ctx,
        text: Annotated[
            str,
            strawberry.argument(description=f"The page's text, as plain text (at most {MAX_PAGE_CHARS:,} characters)."),
        ],
        source: Annotated[
            str | None,
            strawberry.argument(
                description=f"Where the page comes from (a file name or URL, at most {MAX_SOURCE_CHARS} characters); "
                "kept as the provenance of every fact."
            ),
        ] = None,
        dry_run: Annotated[
            bool, strawberry.argument(description="Only report what would change; write nothing.")
        ] = False,
    ) -> StoryPageImport:
        # A dry run only reads, so it is allowed to whoever may read (the AccessPolicy's check).
        actor = None if dry_run else curator(info).actor
        if not text.strip():
            raise bad_input(BadUserInput("the page is empty", "text"))
        if len(text) > MAX_PAGE_CHARS:
            message = f"a page may have at most {MAX_PAGE_CHARS} characters; this one has {len(text)}"
            raise bad_input(BadUserInput(message, "text"))
        name = (source or "").strip() or "importStoryPage"
        if len(name) > MAX_SOURCE_CHARS:
            raise bad_input(BadUserInput(f"a source may have at most {MAX_SOURCE_CHARS} characters", "source"))
        # Parsing and merging are CPU work: in a worker thread, within the budget, never on the event loop.
        budget = TimeBudget(info.context.page_budget_seconds)
        try:
            result = await import_page(info.context.db, text, name, dry_run=dry_run, actor=actor, compute=budget)
        except DatabaseUnavailable as error:
            raise unavailable(error) from None
        except OverBudget as error:
            raise GraphQLError(
                f"{error}; nothing was written", extensions={"code": TIMEOUT, "budgetSeconds": error.seconds}
            ) from None
        except BudgetExceeded as error:
            raise over_budget(error, info.context.db.write_timeout) from None
        return _page_import(result, dry_run)

    @strawberry.mutation(description="Moves every credit, fact and alias of a duplicate person onto another.")
    async def merge_people(
        self,
        info: Ctx,
        keep: Annotated[strawberry.ID, strawberry.argument(description="Global id of the person who stays.")],
        remove: Annotated[
            strawberry.ID, strawberry.argument(description="Global id of the duplicate, deleted once merged.")
        ],
    ) -> Person:
        key = await _edit(info, lambda c, a: c.merge_people(a["keep"], a["remove"]), keep=keep, remove=remove)
        return await _person(info, key)  # type: ignore[no-any-return]
