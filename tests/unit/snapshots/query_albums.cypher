# { albums(first: 2, filter: {artist: "Odile Marsh"}) { edges { node { title } } } }
# variables: {}

-- 1 (read)
WITH null AS totalCount CALL () { MATCH (this:Album) WHERE EXISTS { MATCH (:PersonName {key: $p0})-[:NAME_OF]->(:Person)-[:RELEASED]->(this) } AND this.titleKey IS NOT NULL AND this.id IS NOT NULL WITH this ORDER BY this.titleKey, this.id LIMIT $p1 RETURN collect({node: {`__labels`: labels(this), `title`: this.title}, key: [this.titleKey, this.id]}) AS rows } RETURN {rows: rows, totalCount: totalCount} AS result
params: {"p0": "odile marsh", "p1": 3}

-- errors: none
