"""Every spelling of a person a parsed page uses, for the importer to look up in the graph."""

from __future__ import annotations

from songgraph.ingest.page.layout import PageResult


def mentioned_names(result: PageResult) -> set[str]:
    """Every spelling of a person the parsed document uses, to look up in the graph before resolving."""
    doc = result.document
    if doc is None:
        return set()
    names = {*doc.artists, *doc.featured_artists, *doc.writers, *doc.producers}
    if doc.album is not None:
        names.update(doc.album.artists)
    if doc.music_video is not None:
        names.update(doc.music_video.directors)
        names.update(member.person for member in doc.music_video.cast)
    for intro in doc.introductions:
        names.update([intro.introducer, *intro.introduced])
    names.update(quote.speaker for quote in doc.quotes)
    for person in doc.people:
        names.update([person.name, *person.members])
    return names
