# { people(first: 3, filter: {name: "hale"}) { edges { node { name } } } }
# variables: {}

-- 1 (read)
WITH null AS totalCount CALL () { MATCH (this:Person) WHERE EXISTS { MATCH (k:PersonName)-[:NAME_OF]->(this) WHERE k.key CONTAINS $p0 } AND this.nameKey IS NOT NULL AND this.id IS NOT NULL WITH this ORDER BY this.nameKey, this.id LIMIT $p1 RETURN collect({node: {`__labels`: labels(this), `name`: this.name}, key: [this.nameKey, this.id]}) AS rows } RETURN {rows: rows, totalCount: totalCount} AS result
params: {"p0": "hale", "p1": 4}

-- errors: none
