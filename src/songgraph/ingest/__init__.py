"""Getting facts in: reading song files (pure) and writing them to the graph."""
