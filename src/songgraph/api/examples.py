"""Example documents: the GraphiQL tabs, the README and the end-to-end tests use the same texts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from songgraph.ids import to_global_id


@dataclass(frozen=True)
class Example:
    """A document and the HTTP headers its GraphiQL tab starts with (e.g. an ``Authorization`` placeholder)."""

    query: str
    headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


SONG = """{
  song(title: "we don't talk anymore") {
    title releaseDate
    artists { name } featuredArtists { name } writers { name } producers { name }
    album { title }
    musicVideo { releaseDate directors { name } cast { person { name } role } }
    certifications { country level multiplier }
    chartPeaks { chart country position }
    quotes { speaker { name } source text }
  }
}"""

INTRODUCTIONS_MADE = """{
  person(name: "Taylor Swift") {
    introductionsMade { introduced { name } occasion ledTo { title } }
  }
}"""

ALIAS = """{
  person(name: "Jacob Kashner Hindlin") { name credits { role song { title } } }
}"""

SHARED_COLLABORATORS = """{
  sharedCollaborators(a: {name: "Charlie Puth"}, b: {name: "Selena Gomez"}) {
    person { name } viaA { song { title } roles } viaB { song { title } roles }
  }
}"""

CONNECTION = """{
  connection(from: {name: "Mirella Cardoso"}, to: {name: "Taylor Swift"}) {
    length steps { from { name } to { name } explanation }
  }
}"""

SEARCH = """{
  search(text: "charlie pth") { score node { __typename ... on Person { name } } }
}"""

COLLABORATORS = """{
  person(name: "Charlie Puth") {
    stats { songCount collaboratorCount }
    collaborators(first: 10) { totalCount edges { node { person { name } } } }
  }
}"""

NEIGHBORHOOD = """{
  song(title: "We Don't Talk Anymore") { id }
  # Paste the id above into:
  # neighborhood(id: "...", depth: 1) { truncated nodes { id kind label } edges { source target type } }
}"""

BROWSE = """{
  albums(first: 5) { totalCount nodes { title releaseDate artists { name } } }
  musicVideos(first: 5, sort: VIEWS_DESC) { nodes { views song { title } directors { name } } }
  quotes(first: 5, filter: {speaker: "Charlie Puth"}) { nodes { year source text } }
}"""

FILTERS = """{
  songs(filter: {certification: {minLevel: PLATINUM, country: "Italy"}, chart: {country: "Italy", positionTo: 10}}) {
    totalCount nodes { title genres }
  }
  people(first: 5, filter: {role: WRITER}, sort: SONG_COUNT_DESC) {
    nodes { name stats { songCount } }
  }
}"""

STATS = """{
  stats {
    songCount
    songsPerYear { year songCount }
    genres(first: 5) { genre songCount }
    writers: mostCredited(role: WRITER, first: 5) { person { name } songCount }
    producers: mostCredited(role: PRODUCER, first: 5) { person { name } songCount }
    mostCollaborators(first: 5) { person { name } collaboratorCount }
    certificationsPerCountry(first: 5) { country certificationCount songCount }
  }
}"""

ADD_ALIAS = f"""# Mutations need a write token: put yours in the Authorization header below (see `songgraph token`).
mutation AddAnAlias {{
  addAlias(personId: "{to_global_id("Person", "charlie-puth")}", alias: "Charles Puth") {{ name aliases }}
}}"""

LIVE_CHANGES = """# Runs over WebSocket: run it, then change something elsewhere; each change appears here.
subscription LiveChanges {
  changes {
    position kind operation actor at
    node { id ... on Song { title version } ... on Person { name } }
  }
}"""

# Tab titles in GraphiQL's order; the first tab is the one a new visitor sees.
EXAMPLES: dict[str, Example] = {
    "Song": Example(SONG),
    "Introductions": Example(INTRODUCTIONS_MADE),
    "Alias lookup": Example(ALIAS),
    "Shared collaborators": Example(SHARED_COLLABORATORS),
    "Connection": Example(CONNECTION),
    "Search": Example(SEARCH),
    "Collaborators": Example(COLLABORATORS),
    "Neighbourhood": Example(NEIGHBORHOOD),
    "Browse": Example(BROWSE),
    "Filters": Example(FILTERS),
    "Stats": Example(STATS),
    "Add an alias": Example(ADD_ALIAS, headers=MappingProxyType({"Authorization": "Bearer <your-token>"})),
    "Live changes": Example(LIVE_CHANGES),
}
