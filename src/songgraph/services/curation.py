"""Curation edits: each one validated input, one write transaction, all of it or nothing.

Everything is checked inside the transaction before the first write, and any problem found later
raises, which rolls back what was written; the graph is then exactly as it was. The name of the
token behind an edit is recorded on what it writes (``createdBy``/``updatedBy`` with timestamps).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic.alias_generators import to_camel

from songgraph.curation.inputs import (
    IntroductionInput,
    MusicVideoInput,
    PersonRef,
    SongInput,
    SongPatch,
)
from songgraph.cypher import collaboration, edits
from songgraph.cypher.statement import Statement
from songgraph.cypher.write.rows import (
    award_row,
    certification_row,
    chart_peak_row,
    introduction_id,
    release_props,
    title_props,
    video_props,
)
from songgraph.db import Database, Transaction
from songgraph.errors import BadUserInput, EditConflict, shorten
from songgraph.feed.changes import Change, ChangeKind, created, deleted, updated
from songgraph.graph import Role
from songgraph.ids import from_global_id, to_global_id
from songgraph.models import SONG_CREDIT_LISTS, ArtistKind, AwardEntry, CertificationEntry, ChartPeakEntry
from songgraph.services import rankings, unit_of_work
from songgraph.text import fold, slug

T = TypeVar("T")

# The credit lists of song inputs (named as in the song document), by the role they record.
_CREDIT_FIELDS = tuple((field, Role[role.name]) for role, field in SONG_CREDIT_LISTS.items())


@dataclass(frozen=True)
class LockedSong:
    key: str
    version: int
    title: str
    has_video: bool


@dataclass(frozen=True)
class Removed:
    """What deleting a song took with it."""

    song_id: str
    title: str
    counts: dict[str, int] = field(default_factory=dict)
    people: list[str] = field(default_factory=list)
    albums: list[str] = field(default_factory=list)
    # The ids of the people and albums deleted with the song (for the change feed).
    gone: list[Change] = field(default_factory=list)


def key_of(global_id: str, type_name: str, path: str) -> str:
    """The key inside a global id of ``type_name``; another type's id is the client's mistake."""
    found, key = from_global_id(global_id, path)
    if found != type_name:
        raise BadUserInput(f"'{shorten(global_id)}' is the id of a {found}, not of a {type_name}", path)
    return key


def _song_props(title: str | None, fields: dict[str, Any]) -> dict[str, Any]:
    """The song properties for the fields given (a patch may give only some)."""
    props: dict[str, Any] = title_props(title) if title is not None else {}
    if "release_date" in fields:
        props.update(release_props(fields["release_date"]))
    if "genres" in fields:
        props["genres"] = list(fields["genres"] or [])
    if "summary" in fields:
        props["summary"] = fields["summary"]
    return props


def _album(title: str | None, path: str) -> dict[str, Any] | None:
    if title is None:
        return None
    key = slug(title)
    if not key:
        raise BadUserInput("no id can be derived from this album title", path)
    return {"id": key, "title": title, "titleKey": fold(title)}


class Curator:
    """Runs edits on behalf of ``actor`` (a token's name)."""

    def __init__(self, db: Database, actor: str) -> None:
        self.db = db
        self.actor = actor
        self._new_people: list[str] = []
        self._marked = 0

    async def _transact(self, work: Callable[[Transaction], Awaitable[T]], changed: Callable[[T], list[Change]]) -> T:
        """``work`` in one write transaction, with what it changed recorded in the change feed before it commits."""

        async def unit(tx: Transaction) -> T:
            self._new_people = []
            self._marked = 0
            return await work(tx)

        def changes(result: T) -> list[Change]:
            return [*changed(result), *created(ChangeKind.PERSON, self._new_people)]

        result = await unit_of_work.write(self.db, unit, changes, self.actor)
        if self._marked:
            await rankings.rank_stale(self.db)
        return result

    async def _mark(self, tx: Transaction, statement: Statement) -> None:
        """Runs a ``cypher.collaboration`` marking statement, remembering whether it marked anyone."""
        self._marked += (await tx.run(statement))[0]["marked"]

    # -- shared steps -------------------------------------------------------------------------

    async def _lock_song(self, tx: Transaction, song_id: str, expected: int | None, path: str) -> LockedSong:
        """Locks the song for this transaction and checks the version the client saw, if it sent one."""
        key = key_of(song_id, "Song", path)
        rows = await tx.run(edits.lock_song(key))
        if not rows:
            raise BadUserInput("no song has this id", path)
        song = LockedSong(key, rows[0]["version"], rows[0]["title"], rows[0]["hasVideo"])
        if expected is not None and song.version != expected:
            raise EditConflict(
                f"the song '{song.title}' is at version {song.version}, not {expected}: someone changed it "
                "since you read it; read it again and retry. Nothing was changed."
            )
        return song

    async def _edit_song(
        self,
        song_id: str,
        expected: int | None,
        path: str,
        change: Callable[[Transaction, LockedSong], Awaitable[None]],
        *,
        credits: bool = False,
    ) -> str:
        """Lock the song, apply ``change``, raise its version: one transaction. Returns the song's key.

        ``credits``: the change may change the song's credits, so collaborator rankings are marked.
        """

        async def work(tx: Transaction) -> str:
            song = await self._lock_song(tx, song_id, expected, path)
            if credits:
                # Before and after: someone the change takes off the song loses its crew as collaborators.
                await self._mark(tx, collaboration.mark_songs([song.key]))
            await change(tx, song)
            if credits:
                await self._mark(tx, collaboration.mark_songs([song.key]))
            await tx.run(edits.touch_song(song.key, self.actor))
            return song.key

        return await self._transact(work, lambda key: updated(ChangeKind.SONG, [key]))

    async def _people(self, tx: Transaction, refs: Sequence[tuple[str, PersonRef]]) -> list[str]:
        """Person ids for ``(path, ref)`` pairs; names nobody answers to become new people."""
        rows: list[dict[str, Any]] = []
        problems: list[tuple[str, str]] = []
        for index, (path, ref) in enumerate(refs):
            if ref.id is not None:
                try:
                    rows.append({"index": index, "id": key_of(ref.id, "Person", f"{path}.id"), "key": None})
                except BadUserInput as error:
                    problems.extend((p or path, m) for p, m in error.problems)
            else:
                rows.append({"index": index, "id": None, "key": fold(ref.name or "")})
        if problems:
            raise BadUserInput.many(problems)
        found = {row["index"]: row["id"] for row in await tx.run(edits.find_people(rows))} if rows else {}
        ids: list[str | None] = []
        new_names: dict[str, str] = {}
        for index, (path, ref) in enumerate(refs):
            person = found.get(index)
            if person is None and ref.id is not None:
                problems.append((f"{path}.id", "no person has this id"))
            elif person is None and not slug(ref.name or ""):
                problems.append((f"{path}.name", "no id can be derived from this name; use letters or digits"))
            elif person is None:
                # The same new name twice in one edit is one new person.
                new_names.setdefault(fold(ref.name or ""), ref.name or "")
            ids.append(person)
        if problems:
            raise BadUserInput.many(problems)
        created = await self._create_people(tx, list(new_names.values()))
        return [person or created[fold(ref.name or "")] for person, (_, ref) in zip(ids, refs, strict=True)]

    async def _create_people(self, tx: Transaction, names: list[str]) -> dict[str, str]:
        """New people for ``names``; the id is the name's slug, numbered when another person has it."""
        if not names:
            return {}
        bases = sorted({slug(name) for name in names})
        taken = {row["base"]: set(row["taken"]) for row in await tx.run(edits.taken_person_ids(bases))}
        rows: list[dict[str, Any]] = []
        ids: dict[str, str] = {}
        for name in names:
            base = slug(name)
            used = taken.setdefault(base, set())
            person = next(candidate for n in range(1, len(used) + 2) if (candidate := _numbered(base, n)) not in used)
            used.add(person)
            ids[fold(name)] = person
            rows.append({"id": person, "name": name, "nameKey": fold(name), "kind": ArtistKind.PERSON.value})
        await tx.run(edits.create_people(rows, self.actor))
        self._new_people.extend(ids.values())
        return ids

    @staticmethod
    async def _facts(tx: Transaction, song: str, label: str) -> list[dict[str, Any]]:
        return [row["fact"] for row in await tx.run(edits.facts(song, label))]

    @staticmethod
    def _no_duplicates(path: str, ids: Sequence[str]) -> None:
        seen: dict[str, int] = {}
        for index, person in enumerate(ids):
            if person in seen:
                raise BadUserInput(
                    f"names the same person as {path}[{seen[person]}]: a duplicate credit", f"{path}[{index}]"
                )
            seen[person] = index

    async def _credits(self, tx: Transaction, song: str, data: SongInput | SongPatch, prefix: str) -> list[Any]:
        """The statements replacing each credit list the input gives (people resolved, duplicates refused)."""
        statements: list[Any] = []
        for name, role in _CREDIT_FIELDS:
            refs = getattr(data, name)
            if refs is None or (isinstance(data, SongPatch) and name not in data.model_fields_set):
                continue
            path = f"{prefix}.{to_camel(name)}"
            ids = await self._people(tx, [(f"{path}[{i}]", ref) for i, ref in enumerate(refs)])
            self._no_duplicates(path, ids)
            statements.extend(edits.replace_credits(song, role, ids, self.actor))
        return statements

    # -- songs --------------------------------------------------------------------------------

    async def _new_song_id(self, tx: Transaction, data: SongInput) -> str:
        """The title's slug, or for a namesake by other artists the title and first artist's (numbered if taken).

        The same title by one of the same artists is the same song, and refused.
        """
        base = slug(data.title)
        if not base:
            raise BadUserInput("no id can be derived from this title; use letters or digits", "input.title")
        artists = await self._people(tx, [(f"input.artists[{i}]", ref) for i, ref in enumerate(data.artists)])
        for song in await tx.run(edits.namesakes(fold(data.title))):
            shared = [artist["name"] for artist in song["artists"] if artist["id"] in artists]
            if shared:
                raise BadUserInput(
                    f"'{song['title']}' by {' and '.join(shared)} already exists (id "
                    f"{to_global_id('Song', song['id'])}); change it with updateSong",
                    "input.title",
                )
        if not await tx.run(edits.song_exists(base)):
            return base
        base = f"{base}-{artists[0]}"
        taken = set((await tx.run(edits.taken_song_ids(base)))[0]["taken"])
        return next(candidate for n in range(1, len(taken) + 2) if (candidate := _numbered(base, n)) not in taken)

    async def create_song(self, data: SongInput) -> str:
        async def work(tx: Transaction) -> str:
            song = await self._new_song_id(tx, data)
            credits = await self._credits(tx, song, data, "input")
            album = _album(data.album, "input.album")
            props = _song_props(data.title, data.model_dump(include={"release_date", "genres", "summary"}))
            await tx.run(edits.create_song(song, props, self.actor))
            for statement in credits:
                await tx.run(statement)
            if album is not None:
                await tx.run(edits.link_album(song, album, self.actor))
            await self._mark(tx, collaboration.mark_songs([song]))
            return song

        return await self._transact(work, lambda key: created(ChangeKind.SONG, [key]))

    async def update_song(self, song_id: str, patch: SongPatch, expected: int | None) -> str:
        async def change(tx: Transaction, locked: LockedSong) -> None:
            song = locked.key
            credits = await self._credits(tx, song, patch, "input")
            given = patch.model_dump(include=patch.model_fields_set)
            album = _album(patch.album, "input.album") if "album" in patch.model_fields_set else None
            await tx.run(edits.set_song(song, _song_props(patch.title, given)))
            for statement in credits:
                await tx.run(statement)
            if "album" in patch.model_fields_set:
                await tx.run(edits.link_album(song, album, self.actor))

        touches_credits = any(name in patch.model_fields_set for name, _role in _CREDIT_FIELDS)
        return await self._edit_song(song_id, expected, "id", change, credits=touches_credits)

    async def delete_song(self, song_id: str, expected: int | None) -> Removed:
        async def work(tx: Transaction) -> Removed:
            locked = await self._lock_song(tx, song_id, expected, "id")
            song = locked.key
            neighbours = (await tx.run(edits.song_neighbours(song)))[0]
            counts = {}
            await self._mark(tx, collaboration.mark_songs([song]))
            for what, statement in edits.delete_song_facts(song):
                rows = await tx.run(statement)
                counts[what] = rows[0]["count"] if rows else 0
            await tx.run(edits.delete_song(song))
            albums = await tx.run(edits.delete_orphan_albums(neighbours["albums"]))
            people = await tx.run(edits.delete_orphan_people(neighbours["people"]))
            gone = deleted(ChangeKind.PERSON, [r["id"] for r in people]) + deleted(
                ChangeKind.ALBUM, [r["id"] for r in albums]
            )
            names = sorted(row["name"] for row in people)
            return Removed(song, locked.title, counts, names, sorted(row["title"] for row in albums), gone)

        return await self._transact(work, lambda removed: [*deleted(ChangeKind.SONG, [removed.song_id]), *removed.gone])

    # -- credits and the video ----------------------------------------------------------------

    async def add_credit(self, song_id: str, ref: PersonRef, role: Role, part: str | None, expected: int | None) -> str:
        async def change(tx: Transaction, locked: LockedSong) -> None:
            song = locked.key
            if role.on_video and not locked.has_video:
                raise BadUserInput("the song has no music video yet; add one with setMusicVideo first", "role")
            if part is not None and role is not Role.CAST:
                raise BadUserInput("only a CAST credit has a part", "part")
            (person,) = await self._people(tx, [("person", ref)])
            if (await tx.run(edits.credit_count(song, person, role)))[0]["count"]:
                raise BadUserInput(f"this person already has the {role.name} credit on this song", "person")
            if role.on_video:
                await tx.run(edits.add_video_credit(song, person, role, part, self.actor))
            else:
                position = (await tx.run(edits.next_position(song, role)))[0]["position"]
                await tx.run(edits.add_song_credit(song, person, role, position, self.actor))

        return await self._edit_song(song_id, expected, "songId", change, credits=not role.on_video)

    async def remove_credit(self, song_id: str, person_id: str, role: Role, expected: int | None) -> str:
        async def change(tx: Transaction, locked: LockedSong) -> None:
            song = locked.key
            person = key_of(person_id, "Person", "personId")
            if role is Role.ARTIST:
                credited = (await tx.run(edits.credit_count(song, person, role)))[0]["count"]
                if credited and (await tx.run(edits.credit_total(song, role)))[0]["count"] <= 1:
                    raise BadUserInput("a song keeps at least one artist; add another artist first", "personId")
            removed = (await tx.run(edits.remove_credit(song, person, role)))[0]["count"]
            if not removed:
                raise BadUserInput(f"this person has no {role.name} credit on this song", "personId")

        return await self._edit_song(song_id, expected, "songId", change, credits=not role.on_video)

    async def set_music_video(self, song_id: str, video: MusicVideoInput, expected: int | None) -> str:
        async def change(tx: Transaction, locked: LockedSong) -> None:
            song = locked.key
            directors = await self._people(tx, [(f"input.directors[{i}]", p) for i, p in enumerate(video.directors)])
            self._no_duplicates("input.directors", directors)
            cast = await self._people(tx, [(f"input.cast[{i}].person", c.person) for i, c in enumerate(video.cast)])
            self._no_duplicates("input.cast", cast)
            props = video_props(song, video.release_date, video.views, video.likes, video.stats_as_of)
            parts = [(person, entry.role) for person, entry in zip(cast, video.cast, strict=True)]
            for statement in edits.replace_video(song, props, directors, parts, self.actor):
                await tx.run(statement)

        return await self._edit_song(song_id, expected, "songId", change)

    # -- facts --------------------------------------------------------------------------------

    async def record_introduction(self, intro: IntroductionInput) -> str:
        async def work(tx: Transaction) -> str:
            refs = [("input.introducer", intro.introducer)]
            refs += [(f"input.introduced[{i}]", ref) for i, ref in enumerate(intro.introduced)]
            introducer, *introduced = await self._people(tx, refs)
            if introducer in introduced:
                raise BadUserInput("a person cannot introduce themselves", "input.introduced")
            repeated = next((i for i, person in enumerate(introduced) if person in introduced[:i]), None)
            if repeated is not None:
                raise BadUserInput("the people introduced must be different people", f"input.introduced[{repeated}]")
            songs = [key_of(song, "Song", f"input.ledTo[{i}]") for i, song in enumerate(intro.led_to)]
            found = {row["id"] for row in await tx.run(edits.songs_exist(songs))} if songs else set()
            missing = [(f"input.ledTo[{i}]", "no song has this id") for i, s in enumerate(songs) if s not in found]
            if missing:
                raise BadUserInput.many(missing)
            key = introduction_id(introducer, introduced)
            row = {
                "id": key,
                "introducer": introducer,
                "introduced": introduced,
                "occasion": intro.occasion,
                "year": intro.year,
                "outcome": intro.outcome,
                "ledTo": list(dict.fromkeys(songs)),
            }
            await tx.run(edits.record_introduction(row, self.actor))
            for song in dict.fromkeys(songs):
                await tx.run(edits.touch_song(song, self.actor))
            return key

        def changed(key: str) -> list[Change]:
            # The songs it led to were checked inside the transaction; each is stamped as edited.
            songs = dict.fromkeys(key_of(song, "Song", "input.ledTo") for song in intro.led_to)
            return [*created(ChangeKind.INTRODUCTION, [key]), *updated(ChangeKind.SONG, songs)]

        return await self._transact(work, changed)

    async def add_certification(self, song_id: str, cert: CertificationEntry, expected: int | None) -> str:
        async def change(tx: Transaction, locked: LockedSong) -> None:
            song = locked.key
            existing = await self._facts(tx, song, "Certification")
            if any(fold(row["country"]) == fold(cert.country) for row in existing):
                raise BadUserInput(
                    f"the song already has a certification in {cert.country}; remove it first", "input.country"
                )
            row = certification_row(song, cert, len(existing))
            await tx.run(edits.add_fact(song, "Certification", row, self.actor))

        return await self._edit_song(song_id, expected, "songId", change)

    async def remove_certification(self, song_id: str, country: str, expected: int | None) -> str:
        async def change(tx: Transaction, locked: LockedSong) -> None:
            song = locked.key
            ids = [
                row["id"]
                for row in await self._facts(tx, song, "Certification")
                if fold(row["country"]) == fold(country)
            ]
            if not ids:
                raise BadUserInput(f"the song has no certification in '{shorten(country)}'", "country")
            await tx.run(edits.remove_facts(song, "Certification", ids))

        return await self._edit_song(song_id, expected, "songId", change)

    async def add_chart_peak(self, song_id: str, peak: ChartPeakEntry, expected: int | None) -> str:
        async def change(tx: Transaction, locked: LockedSong) -> None:
            song = locked.key
            existing = await self._facts(tx, song, "ChartPeak")
            same = [row for row in existing if _same_chart(row, peak.country, peak.chart)]
            # A named chart has one peak; peaks without a chart name are on charts the source did not
            # name (the seed's two in Slovakia), told apart by their position.
            if peak.chart is None:
                same = [row for row in same if row["position"] == peak.position]
            if same:
                where = "on this chart" if peak.chart else f"at #{peak.position} without a chart name"
                raise BadUserInput(f"the song already has a peak {where} in this country; remove it first", "input")
            ordinal = max((row["ordinal"] or 0 for row in existing), default=-1) + 1
            row = chart_peak_row(song, peak, ordinal)
            await tx.run(edits.add_fact(song, "ChartPeak", row, self.actor))

        return await self._edit_song(song_id, expected, "songId", change)

    async def remove_chart_peak(
        self, song_id: str, country: str, chart: str | None, position: int | None, expected: int | None
    ) -> str:
        async def change(tx: Transaction, locked: LockedSong) -> None:
            song = locked.key
            rows = [row for row in await self._facts(tx, song, "ChartPeak") if _same_chart(row, country, chart)]
            where = f"'{shorten(country)}'" + (f" on '{shorten(chart)}'" if chart else " without a chart name")
            if not rows:
                raise BadUserInput(f"the song has no chart peak in {where}", "country")
            if position is not None:
                rows = [row for row in rows if row["position"] == position]
                if not rows:
                    raise BadUserInput(f"the song has no chart peak at #{position} in {where}", "position")
            elif len(rows) > 1:
                positions = ", ".join(f"#{row['position']}" for row in sorted(rows, key=lambda r: r["position"]))
                raise BadUserInput(
                    f"the song has {len(rows)} chart peaks in {where} ({positions}); give the position of the "
                    "one to remove",
                    "position",
                )
            await tx.run(edits.remove_facts(song, "ChartPeak", [row["id"] for row in rows]))

        return await self._edit_song(song_id, expected, "songId", change)

    # -- awards -------------------------------------------------------------------------------

    async def add_award(self, owner_id: str, award: AwardEntry, expected: int | None) -> str:
        """The award on the song or person ``owner_id``; returns the award's key."""
        owner, key = from_global_id(owner_id, "ownerId")
        if owner not in edits.AWARD_OWNERS:
            raise BadUserInput(
                f"'{shorten(owner_id)}' is the id of a {owner}; an award goes to a Song or a Person", "ownerId"
            )

        added: list[str] = []

        async def add(tx: Transaction) -> None:
            existing = [row["award"] for row in await tx.run(edits.awards_of(owner, key))]
            if any((fold(a["name"]), fold(a["category"] or ""), a["year"]) == award.key for a in existing):
                raise BadUserInput(f"the {owner.lower()} already has this award; remove it first", "input")
            row = award_row(key, award, len(existing))
            if row["id"] in {a["id"] for a in existing}:
                row["id"] += f"-{len(existing)}"
            await tx.run(edits.add_award(owner, key, row, self.actor))
            added[:] = [row["id"]]

        if owner == "Song":
            await self._edit_song(owner_id, expected, "ownerId", lambda tx, _locked: add(tx))
            return added[0]
        if expected is not None:
            raise BadUserInput("expectedVersion is for songs; a person has no version", "expectedVersion")

        async def work(tx: Transaction) -> None:
            if not await tx.run(edits.lock_people([key])):
                raise BadUserInput("no person has this id", "ownerId")
            await add(tx)

        await self._transact(work, lambda _: updated(ChangeKind.PERSON, [key]))
        return added[0]

    async def remove_award(self, award_id: str) -> tuple[str, str]:
        """Removes the award; returns the type and key of who had it."""
        key = key_of(award_id, "Award", "id")

        async def work(tx: Transaction) -> tuple[str, str]:
            rows = await tx.run(edits.award_owner(key))
            if not rows:
                raise BadUserInput("no award has this id", "id")
            owner, owner_key = rows[0]["owner"], rows[0]["ownerId"]
            if owner == "Song":
                await self._lock_song(tx, to_global_id("Song", owner_key), None, "id")
            await tx.run(edits.remove_award(key))
            if owner == "Song":
                await tx.run(edits.touch_song(owner_key, self.actor))
            return owner, owner_key

        return await self._transact(work, lambda owner: updated(ChangeKind(owner[0]), [owner[1]]))

    # -- people -------------------------------------------------------------------------------

    async def add_alias(self, person_id: str, alias: str) -> str:
        person = key_of(person_id, "Person", "personId")
        key = fold(alias)

        async def work(tx: Transaction) -> str:
            rows = await tx.run(edits.lock_people([person]))
            if not rows:
                raise BadUserInput("no person has this id", "personId")
            owners = (await tx.run(edits.person_names(person, key)))[0]["owners"]
            if person in owners:
                raise BadUserInput(f"'{shorten(alias)}' is already a name or alias of {rows[0]['name']}", "alias")
            if owners:
                raise BadUserInput(
                    f"'{shorten(alias)}' already names another person; merge the two with mergePeople", "alias"
                )
            await tx.run(edits.add_alias(person, alias, key, self.actor))
            return person

        return await self._transact(work, lambda key: updated(ChangeKind.PERSON, [key]))

    async def merge_people(self, keep_id: str, remove_id: str) -> str:
        keep = key_of(keep_id, "Person", "keep")
        remove = key_of(remove_id, "Person", "remove")
        if keep == remove:
            raise BadUserInput("keep and remove are the same person", "remove")

        async def work(tx: Transaction) -> str:
            rows = {row["id"]: row for row in await tx.run(edits.lock_people([keep, remove]))}
            missing = [
                (path, "no person has this id") for path, key in (("keep", keep), ("remove", remove)) if key not in rows
            ]
            if missing:
                raise BadUserInput.many(missing)
            kept, gone = rows[keep], rows[remove]
            links = (await tx.run(edits.links_between(keep, remove)))[0]
            between = [f"a {kind} relationship" for kind in links["direct"]]
            between += [f"the introduction ({occasion})" for occasion in links["introductions"]]
            if between:
                raise BadUserInput(
                    f"{kept['name']} and {gone['name']} are linked as two people by {', '.join(between)}; "
                    "merging them would drop that link, so nothing was changed.",
                    "remove",
                )
            aliases, keys = list(kept["aliases"]), list(kept["aliasKeys"])
            for spelling in (gone["name"], *gone["aliases"]):
                spelling_key = fold(spelling)
                if spelling_key != kept["nameKey"] and spelling_key not in keys:
                    aliases.append(spelling)
                    keys.append(spelling_key)
            for statement in edits.merge_people(keep, remove, aliases, keys, self.actor):
                await tx.run(statement)
            # The removed person's songs are the kept one's now: their crews gained or changed collaborators.
            await self._mark(tx, collaboration.mark_songs_of([keep]))
            return keep

        return await self._transact(
            work, lambda key: [*updated(ChangeKind.PERSON, [key]), *deleted(ChangeKind.PERSON, [remove])]
        )


def _numbered(base: str, n: int) -> str:
    return base if n == 1 else f"{base}-{n}"


def _same_chart(row: dict[str, Any], country: str, chart: str | None) -> bool:
    return fold(row["country"]) == fold(country) and fold(row["chart"] or "") == fold(chart or "")
