# { quotes(first: 2, filter: {speaker: "Odile Marsh"}) { edges { node { text } } } }
# variables: {}

-- 1 (read)
WITH null AS totalCount CALL () { CALL () { MATCH (this:Quote) WHERE EXISTS { MATCH (:PersonName {key: $p0})-[:NAME_OF]->(:Person)<-[:SAID_BY]-(this) } AND this.year IS NOT NULL AND this.year IS NOT NULL AND this.id IS NOT NULL WITH this ORDER BY this.year, this.id LIMIT $p1 RETURN collect(this) AS found1 } CALL (found1) { WITH found1 LIMIT 1 WHERE size(found1) <= $p3 MATCH (this:Quote) WHERE EXISTS { MATCH (:PersonName {key: $p0})-[:NAME_OF]->(:Person)<-[:SAID_BY]-(this) } AND this.year IS NULL AND this.id IS NOT NULL WITH this ORDER BY this.id LIMIT $p2 RETURN collect(this) AS found2 } UNWIND found1 + found2 AS this WITH this ORDER BY this.year IS NULL, this.year, this.id LIMIT $p4 RETURN collect({node: {`__labels`: labels(this), `text`: this.text}, key: [this.year, this.id]}) AS rows } RETURN {rows: rows, totalCount: totalCount} AS result
params: {"p0": "odile marsh", "p1": 3, "p2": 3, "p3": 2, "p4": 3}

-- errors: none
