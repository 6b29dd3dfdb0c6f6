"""songgraph: a GraphQL API over a Neo4j graph of songs and the people behind them."""

__version__ = "0.1.0"
