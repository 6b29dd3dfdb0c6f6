# { introductions(first: 2) { edges { node { occasion introducer { name } } } } }
# variables: {}

-- 1 (read)
WITH null AS totalCount CALL () { CALL () { MATCH (this:Introduction) WHERE this.year IS NOT NULL AND this.year IS NOT NULL AND this.id IS NOT NULL WITH this ORDER BY this.year, this.id LIMIT $p0 RETURN collect(this) AS found3 } CALL (found3) { WITH found3 LIMIT 1 WHERE size(found3) <= $p2 MATCH (this:Introduction) WHERE this.year IS NULL AND this.id IS NOT NULL WITH this ORDER BY this.id LIMIT $p1 RETURN collect(this) AS found4 } UNWIND found3 + found4 AS this WITH this ORDER BY this.year IS NULL, this.year, this.id LIMIT $p3 RETURN collect({node: {`__labels`: labels(this), `occasion`: this.occasion, `introducer`: head(COLLECT { MATCH (this)<-[r2:MADE_INTRODUCTION]-(m1:Person) RETURN {`__labels`: labels(m1), `name`: m1.name} ORDER BY m1.id LIMIT 1 })}, key: [this.year, this.id]}) AS rows } RETURN {rows: rows, totalCount: totalCount} AS result
params: {"p0": 3, "p1": 3, "p2": 2, "p3": 3}

-- errors: none
