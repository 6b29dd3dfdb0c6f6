"""The story-page parser (pure: text in, song document and located warnings out); see ``parser``."""

from songgraph.ingest.page.layout import MAX_PAGE_CHARS, MAX_SOURCE_CHARS, KnownPerson, PageIssue, PageResult
from songgraph.ingest.page.names import mentioned_names
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
