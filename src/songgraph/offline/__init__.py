"""The offline import: a new store built by Neo4j's own importer from the songs' images (``cypher.write.image``).

``fold`` gathers the songs, as the loader's statements would leave the graph; ``csvfiles`` writes what it
gathered as the importer's CSV; ``admin`` runs the importer and the project's Neo4j on the new store.
"""
