# { songs(first: 2, filter: {artist: "Odile Marsh", yearFrom: 2010}, sort: RELEASE_DATE_DESC) { totalCount edges { cursor node { title } } pageInfo { hasNextPage } } }
# variables: {}

-- 1 (read)
CALL () { MATCH (this:Song) WHERE EXISTS { MATCH (:PersonName {key: $p0})-[:NAME_OF]->(:Person)-[:PERFORMED|FEATURED_ON]->(this) } AND this.releaseYear >= $p1 RETURN count(this) AS totalCount } CALL () { CALL () { MATCH (this:Song) WHERE EXISTS { MATCH (:PersonName {key: $p0})-[:NAME_OF]->(:Person)-[:PERFORMED|FEATURED_ON]->(this) } AND this.releaseYear >= $p1 AND this.releaseDate IS NOT NULL AND this.releaseDate IS NOT NULL AND this.titleKey IS NOT NULL AND this.id IS NOT NULL WITH this ORDER BY this.releaseDate DESC, this.titleKey, this.id LIMIT $p2 RETURN collect(this) AS found1 } CALL (found1) { WITH found1 LIMIT 1 WHERE size(found1) <= $p4 MATCH (this:Song) WHERE EXISTS { MATCH (:PersonName {key: $p0})-[:NAME_OF]->(:Person)-[:PERFORMED|FEATURED_ON]->(this) } AND this.releaseYear >= $p1 AND this.releaseDate IS NULL AND this.titleKey IS NOT NULL AND this.id IS NOT NULL WITH this ORDER BY this.titleKey, this.id LIMIT $p3 RETURN collect(this) AS found2 } UNWIND found1 + found2 AS this WITH this ORDER BY this.releaseDate IS NULL, this.releaseDate DESC, this.titleKey, this.id LIMIT $p5 RETURN collect({node: {`__labels`: labels(this), `title`: this.title}, key: [this.releaseDate, this.titleKey, this.id]}) AS rows } RETURN {rows: rows, totalCount: totalCount} AS result
params: {"p0": "odile marsh", "p1": 2010, "p2": 3, "p3": 3, "p4": 2, "p5": 3}

-- errors: none
