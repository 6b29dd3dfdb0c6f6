"""Use cases that run transactions and hold no Cypher: curation edits, page imports, loading."""
