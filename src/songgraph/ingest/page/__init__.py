"""The story-page parser (pure: text in, song document and located warnings out); see ``parser``.

``parse_story_page`` is loaded when first asked for: importing the parser compiles its patterns, seconds of CPU
that a server which never imports a page (and every command but import-page) should not spend before it starts.
"""

from typing import TYPE_CHECKING

from songgraph.ingest.page.layout import MAX_PAGE_CHARS, MAX_SOURCE_CHARS, KnownPerson, PageIssue, PageResult
from songgraph.ingest.page.names import mentioned_names

if TYPE_CHECKING:
    from songgraph.ingest.page.parser import parse_story_page

__all__ = [
    "MAX_PAGE_CHARS",
    "MAX_SOURCE_CHARS",
    "KnownPerson",
    "PageIssue",
    "PageResult",
    "mentioned_names",
    "parse_story_page",
]


def __getattr__(name: str) -> object:
    if name == "parse_story_page":
        from songgraph.ingest.page.parser import parse_story_page

        return parse_story_page
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
