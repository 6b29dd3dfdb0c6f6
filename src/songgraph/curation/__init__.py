"""Curation: validated edits to the graph, each in one write transaction."""
