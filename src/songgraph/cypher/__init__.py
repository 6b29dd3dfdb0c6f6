"""Pure translation: requests and documents become Cypher text plus parameters; nothing here runs a query."""
