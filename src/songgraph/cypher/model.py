"""How each GraphQL object type maps onto the graph: properties, relationship walks, computed fields.

Templates name variables in braces: the object's own (``{n}`` for a node, ``{rel}``, ``{song}`` ... for
the objects that stand for a relationship) and fresh ones made per use (``{m}``, ``{r}``, ``{x}``).
Relationship types and labels appear in the text; values never do.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from songgraph.cypher import nested
from songgraph.graph import CREDIT_TYPES

if TYPE_CHECKING:
    from songgraph.cypher.projection import Projector
    from songgraph.cypher.selection import Field


@dataclass(frozen=True)
class Prop:
    """A value computed from the object's variables."""

    expr: str


@dataclass(frozen=True)
class Link:
    """A walk from the object along ``pattern`` to objects of type ``target`` (one or many)."""

    target: str
    pattern: str
    many: bool = True
    order: str | None = None
    bind: Mapping[str, str] = field(default_factory=lambda: {"n": "m"})


@dataclass(frozen=True)
class Same:
    """An object made of variables the parent already holds (a credit's song, a person's stats)."""

    target: str
    bind: Mapping[str, str]
    nullable: bool = False


@dataclass(frozen=True)
class Custom:
    """A field translated by a function; one with arguments is keyed by its response key (alias)."""

    handler: Callable[[Projector, Field, Mapping[str, str]], str]
    by_alias: bool = True


Spec = Prop | Link | Same | Custom


@dataclass(frozen=True)
class ObjectType:
    fields: Mapping[str, Spec]
    # Node types carry their labels, which tell the API layer the concrete type behind an interface.
    node: bool = False
    # Interfaces and unions the type belongs to: fragments on them apply to it.
    interfaces: tuple[str, ...] = ()


def _people(pattern: str) -> Link:
    return Link("Person", pattern, order="{r}.position, {m}.name")


def _source(var: str) -> Prop:
    """The provenance an imported fact carries on its node or relationship; null for facts from data files."""
    v = "{" + var + "}"
    return Prop(
        f"CASE WHEN {v}.sourcePage IS NULL THEN null "
        f"ELSE {{page: {v}.sourcePage, excerpt: {v}.sourceExcerpt, line: {v}.sourceLine}} END"
    )


def _external_ids(entity: str) -> Prop:
    """The ids an imported node keeps from its source (today MusicBrainz, whose URL path names ``entity``)."""
    return Prop(
        "CASE WHEN {n}.mbid IS NULL THEN [] ELSE [{source: 'musicbrainz', id: {n}.mbid, "
        f"url: 'https://musicbrainz.org/{entity}/' + {{n}}.mbid}}] END"
    )


TYPES: dict[str, ObjectType] = {
    "Song": ObjectType(
        node=True,
        interfaces=("Node", "SearchResult"),
        fields={
            "id": Prop("{n}.id"),
            "title": Prop("{n}.title"),
            "releaseDate": Prop("{n}.releaseDate"),
            "genres": Prop("coalesce({n}.genres, [])"),
            "summary": Prop("{n}.summary"),
            "length": Prop("{n}.length"),
            "source": _source("n"),
            "addedBy": Prop("{n}.addedBy"),
            "artists": _people("({n})<-[{r}:PERFORMED]-({m}:Person)"),
            "featuredArtists": _people("({n})<-[{r}:FEATURED_ON]-({m}:Person)"),
            "writers": _people("({n})<-[{r}:WROTE]-({m}:Person)"),
            "producers": _people("({n})<-[{r}:PRODUCED]-({m}:Person)"),
            "credits": Link(
                "Credit",
                f"({{n}})<-[{{r}}:{CREDIT_TYPES}]-({{m}}:Person)",
                order="type({r}), {r}.position",
                bind={"rel": "r", "song": "n", "person": "m"},
            ),
            "album": Link("Album", "({n})-[{r}:ON_ALBUM]->({m}:Album)", many=False, order="{m}.id"),
            "musicVideo": Link("MusicVideo", "({n})<-[{r}:VIDEO_OF]-({m}:MusicVideo)", many=False, order="{m}.id"),
            "certifications": Link(
                "Certification",
                "({n})-[{r}:CERTIFIED]->({m}:Certification)",
                order="{m}.levelRank DESC, {m}.multiplier DESC, {m}.country",
            ),
            "chartPeaks": Link("ChartPeak", "({n})-[{r}:PEAKED]->({m}:ChartPeak)", order="{m}.position, {m}.ordinal"),
            "quotes": Link("Quote", "({n})<-[{r}:ABOUT]-({m}:Quote)", order="{m}.position"),
            "awards": Link("Award", "({n})-[{r}:WON]->({m}:Award)", order="{m}.year, {m}.position, {m}.id"),
            "introductions": Link("Introduction", "({n})<-[{r}:LED_TO]-({m}:Introduction)", order="{m}.year, {m}.id"),
            "version": Prop("coalesce({n}.version, 0)"),
            "createdBy": Prop("{n}.createdBy"),
            "createdAt": Prop("{n}.createdAt"),
            "updatedBy": Prop("{n}.updatedBy"),
            "updatedAt": Prop("{n}.updatedAt"),
            "externalIds": _external_ids("recording"),
        },
    ),
    "Person": ObjectType(
        node=True,
        interfaces=("Node", "SearchResult"),
        fields={
            "id": Prop("{n}.id"),
            "name": Prop("{n}.name"),
            "aliases": Prop("coalesce({n}.aliases, [])"),
            "aliasDetails": Link("Alias", "({n})-[{r}:HAS_ALIAS]->({m}:Alias)", order="{m}.locale, {m}.name"),
            "kind": Prop("{n}.kind"),
            "description": Prop("{n}.description"),
            "members": _people("({n})<-[{r}:MEMBER_OF]-({m}:Person)"),
            "memberOf": Link("Person", "({n})-[{r}:MEMBER_OF]->({m}:Person)", order="{m}.name"),
            "credits": Link(
                "Credit",
                f"({{n}})-[{{r}}:{CREDIT_TYPES}]->({{m}}:Song)",
                order="{m}.releaseDate DESC, {m}.title, type({r})",
                bind={"rel": "r", "song": "m", "person": "n"},
            ),
            "creditsConnection": Custom(nested.credits_connection),
            "directedVideos": Link(
                "MusicVideo", "({n})-[{r}:DIRECTED]->({m}:MusicVideo)", order="{m}.releaseDate, {m}.id"
            ),
            "videoRoles": Link(
                "VideoRole",
                "({n})-[{r}:APPEARS_IN]->({m}:MusicVideo)",
                order="{m}.releaseDate, {m}.id",
                bind={"rel": "r", "video": "m", "person": "n"},
            ),
            "introductionsMade": Link(
                "Introduction", "({n})-[{r}:MADE_INTRODUCTION]->({m}:Introduction)", order="{m}.year, {m}.id"
            ),
            "introductionsReceived": Link(
                "Introduction", "({n})<-[{r}:INTRODUCES]-({m}:Introduction)", order="{m}.year, {m}.id"
            ),
            "quotes": Link("Quote", "({n})<-[{r}:SAID_BY]-({m}:Quote)", order="{m}.year, {m}.id"),
            "awards": Link("Award", "({n})-[{r}:WON]->({m}:Award)", order="{m}.year, {m}.position, {m}.id"),
            "albums": Link("Album", "({n})-[{r}:RELEASED]->({m}:Album)", order="{m}.releaseDate, {m}.title"),
            "stats": Same("PersonStats", {"n": "n"}),
            "collaborators": Custom(nested.collaborators),
            "externalIds": _external_ids("artist"),
        },
    ),
    "PersonStats": ObjectType(
        fields={
            "songCount": Prop(f"COUNT {{ MATCH ({{n}})-[:{CREDIT_TYPES}]->({{m}}:Song) RETURN DISTINCT {{m}} }}"),
            "collaboratorCount": Prop(
                f"COUNT {{ MATCH ({{n}})-[:{CREDIT_TYPES}]->(:Song)<-[:{CREDIT_TYPES}]-({{m}}:Person) "
                "WHERE {m} <> {n} RETURN DISTINCT {m} }"
            ),
        }
    ),
    "Alias": ObjectType(
        fields={
            "name": Prop("{n}.name"),
            "locale": Prop("{n}.locale"),
            "type": Prop("{n}.type"),
            "primary": Prop("coalesce({n}.primary, false)"),
        }
    ),
    "Credit": ObjectType(
        fields={
            "role": Prop("type({rel})"),
            "song": Same("Song", {"n": "song"}),
            "person": Same("Person", {"n": "person"}),
            "source": _source("rel"),
            "otherRole": Prop("{rel}.role"),
            "detail": Prop("{rel}.detail"),
        }
    ),
    "VideoRole": ObjectType(
        fields={
            "role": Prop("{rel}.role"),
            "video": Same("MusicVideo", {"n": "video"}),
            "person": Same("Person", {"n": "person"}),
            "source": _source("rel"),
        }
    ),
    "CastMember": ObjectType(
        fields={
            "role": Prop("{rel}.role"),
            "person": Same("Person", {"n": "person"}),
            "video": Same("MusicVideo", {"n": "video"}),
            "source": _source("rel"),
        }
    ),
    "DirectorCredit": ObjectType(
        fields={
            "person": Same("Person", {"n": "person"}),
            "video": Same("MusicVideo", {"n": "video"}),
            "source": _source("rel"),
        }
    ),
    "Album": ObjectType(
        node=True,
        interfaces=("Node", "SearchResult"),
        fields={
            "id": Prop("{n}.id"),
            "title": Prop("{n}.title"),
            "kind": Prop("{n}.kind"),
            "releaseDate": Prop("{n}.releaseDate"),
            "artists": _people("({n})<-[{r}:RELEASED]-({m}:Person)"),
            "songs": Link("Song", "({n})<-[{r}:ON_ALBUM]-({m}:Song)", order="{m}.releaseDate, {m}.title"),
            "externalIds": _external_ids("release-group"),
        },
    ),
    "MusicVideo": ObjectType(
        node=True,
        interfaces=("Node",),
        fields={
            "id": Prop("{n}.id"),
            "releaseDate": Prop("{n}.releaseDate"),
            "views": Prop("{n}.views"),
            "likes": Prop("{n}.likes"),
            "statsAsOf": Prop("{n}.statsAsOf"),
            "song": Link("Song", "({n})-[{r}:VIDEO_OF]->({m}:Song)", many=False, order="{m}.id"),
            "directors": _people("({n})<-[{r}:DIRECTED]-({m}:Person)"),
            "directorCredits": Link(
                "DirectorCredit",
                "({n})<-[{r}:DIRECTED]-({m}:Person)",
                order="{r}.position, {m}.name",
                bind={"rel": "r", "person": "m", "video": "n"},
            ),
            "cast": Link(
                "CastMember",
                "({n})<-[{r}:APPEARS_IN]-({m}:Person)",
                order="{r}.position",
                bind={"rel": "r", "person": "m", "video": "n"},
            ),
            "externalIds": _external_ids("recording"),
        },
    ),
    "Introduction": ObjectType(
        node=True,
        interfaces=("Node",),
        fields={
            "id": Prop("{n}.id"),
            "occasion": Prop("{n}.occasion"),
            "year": Prop("{n}.year"),
            "outcome": Prop("{n}.outcome"),
            "source": _source("n"),
            "introducer": Link("Person", "({n})<-[{r}:MADE_INTRODUCTION]-({m}:Person)", many=False, order="{m}.id"),
            "introduced": _people("({n})-[{r}:INTRODUCES]->({m}:Person)"),
            "ledTo": Link("Song", "({n})-[{r}:LED_TO]->({m}:Song)", order="{m}.releaseDate, {m}.title"),
        },
    ),
    "Certification": ObjectType(
        node=True,
        interfaces=("Node",),
        fields={
            "id": Prop("{n}.id"),
            "country": Prop("{n}.country"),
            "level": Prop("{n}.level"),
            "multiplier": Prop("{n}.multiplier"),
            "body": Prop("{n}.body"),
            "source": _source("n"),
            "song": Link("Song", "({n})<-[{r}:CERTIFIED]-({m}:Song)", many=False, order="{m}.id"),
        },
    ),
    "ChartPeak": ObjectType(
        node=True,
        interfaces=("Node",),
        fields={
            "id": Prop("{n}.id"),
            "country": Prop("{n}.country"),
            "chart": Prop("{n}.chart"),
            "source": _source("n"),
            "position": Prop("{n}.position"),
            "song": Link("Song", "({n})<-[{r}:PEAKED]-({m}:Song)", many=False, order="{m}.id"),
        },
    ),
    "Award": ObjectType(
        node=True,
        interfaces=("Node",),
        fields={
            "id": Prop("{n}.id"),
            "name": Prop("{n}.name"),
            "year": Prop("{n}.year"),
            "body": Prop("{n}.body"),
            "category": Prop("{n}.category"),
            "song": Link("Song", "({n})<-[{r}:WON]-({m}:Song)", many=False, order="{m}.id"),
            "person": Link("Person", "({n})<-[{r}:WON]-({m}:Person)", many=False, order="{m}.id"),
        },
    ),
    "Quote": ObjectType(
        node=True,
        interfaces=("Node",),
        fields={
            "id": Prop("{n}.id"),
            "text": Prop("{n}.text"),
            "source": Prop("{n}.source"),
            "year": Prop("{n}.year"),
            "provenance": _source("n"),
            "speaker": Link("Person", "({n})-[{r}:SAID_BY]->({m}:Person)", many=False, order="{m}.id"),
            "song": Link("Song", "({n})-[{r}:ABOUT]->({m}:Song)", many=False, order="{m}.id"),
        },
    ),
    # Rows of the ``stats`` aggregations (cypher/stats.py): ``{key}`` is the group, ``{count}`` its size.
    "YearSongCount": ObjectType(fields={"year": Prop("{key}"), "songCount": Prop("{count}")}),
    "GenreSongCount": ObjectType(fields={"genre": Prop("{key}"), "songCount": Prop("{count}")}),
    "PersonSongCount": ObjectType(fields={"person": Same("Person", {"n": "person"}), "songCount": Prop("{count}")}),
    "PersonCollaboratorCount": ObjectType(
        fields={"person": Same("Person", {"n": "person"}), "collaboratorCount": Prop("{count}")}
    ),
    "CountryCertificationCount": ObjectType(
        fields={"country": Prop("{key}"), "certificationCount": Prop("{count}"), "songCount": Prop("{songs}")}
    ),
    # The relationship answers: ``works``/``viaA``/``viaB`` hold lists of shared work nodes, ``types``
    # the relationship types that counted (an alternation from the Role enum, not a variable).
    "Collaboration": ObjectType(
        fields={
            "person": Same("Person", {"n": "person"}),
            "sharedWorkCount": Prop("{count}"),
            "works": Custom(nested.works_from("works", "person", "partner"), by_alias=False),
        }
    ),
    "SharedCollaborator": ObjectType(
        fields={
            "person": Same("Person", {"n": "person"}),
            "viaA": Custom(nested.works_from("viaA", "person", "a"), by_alias=False),
            "viaB": Custom(nested.works_from("viaB", "person", "b"), by_alias=False),
            "strength": Prop("{strength}"),
        }
    ),
    "SharedWork": ObjectType(
        fields={
            "song": Same("Song", {"n": "song"}),
            "video": Same("MusicVideo", {"n": "video"}, nullable=True),
            "roles": Prop("{roles}"),
            "partnerRoles": Prop("{partnerRoles}"),
        }
    ),
}
