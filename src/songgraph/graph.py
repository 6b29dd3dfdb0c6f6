"""The vocabulary of the graph: node labels and the relationship types behind each role."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What a person did on a song or its video; each value is the relationship type that records it."""

    ARTIST = "PERFORMED"
    FEATURED_ARTIST = "FEATURED_ON"
    WRITER = "WROTE"
    PRODUCER = "PRODUCED"
    DIRECTOR = "DIRECTED"
    CAST = "APPEARS_IN"
    # Any other credit a recording carries (engineer, instrument, vocal ...): its relationship holds the
    # role as the source names it and a detail (the instrument), so it counts as collaboration too.
    OTHER = "CREDITED"

    @property
    def on_video(self) -> bool:
        return self in (Role.DIRECTOR, Role.CAST)


SONG_ROLES = (Role.ARTIST, Role.FEATURED_ARTIST, Role.WRITER, Role.PRODUCER, Role.OTHER)
VIDEO_ROLES = (Role.DIRECTOR, Role.CAST)
# The song-credit relationship types as a Cypher alternation (PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED).
CREDIT_TYPES = "|".join(role.value for role in SONG_ROLES)

# Node labels that are GraphQL object types implementing Node, and so can be fetched by global id.
NODE_LABELS = ("Song", "Person", "Album", "MusicVideo", "Introduction", "Certification", "ChartPeak", "Quote", "Award")
