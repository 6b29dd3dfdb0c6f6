"""Descriptions of the arguments many fields share (pages, ids), written once so they read the same."""

from __future__ import annotations

import strawberry

FIRST = strawberry.argument(
    description="Page size, 0 to 100 (default 20): the items right after `after`, or from the start."
)
AFTER = strawberry.argument(
    description="An `endCursor` (or `edges.cursor`) of this list in this order: the page starts after it."
)
LAST = strawberry.argument(
    description="Page size, 0 to 100, counted back from `before` (or from the end); not with `first`."
)
BEFORE = strawberry.argument(
    description="A `startCursor` (or `edges.cursor`) of this list in this order: the page ends before it."
)
NODE_ID = strawberry.argument(description="A global id, as the `id` field gives it; not with the other arguments.")
PERSON_NAME = strawberry.argument(
    description="A name or alias, whole (case and accents ignored); not with `id`. A name shared by several "
    "people finds whose own name it is first."
)
TITLE = strawberry.argument(
    description="The title, whole (case, accents and quote marks ignored); not with `id`. Of several with "
    "that title, the earliest released."
)
ROLES = strawberry.argument(description="Only these roles; null or absent: every song role.")
