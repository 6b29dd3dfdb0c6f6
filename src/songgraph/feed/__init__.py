"""The change feed: events recorded with each write, and the poll loop that hands them to subscribers."""
