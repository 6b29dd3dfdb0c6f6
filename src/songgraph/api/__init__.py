"""The GraphQL layer: Strawberry types and thin resolvers over the pure translation step."""
