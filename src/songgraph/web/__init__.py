"""The browser side: bundled assets, the GraphiQL and explorer pages, and the headers that protect them."""
