"""Example documents: the GraphiQL tabs, the README and the end-to-end tests use the same texts."""

from __future__ import annotations

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

EXAMPLES: dict[str, str] = {
    "Song": SONG,
    "Introductions": INTRODUCTIONS_MADE,
    "Alias lookup": ALIAS,
}
