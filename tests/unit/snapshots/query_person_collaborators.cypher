# { person(name: "Odile Marsh") { collaborators(first: 5) { edges { node { person { name } sharedWorkCount } } } } }
# variables: {}

-- 1 (read)
MATCH (spelling1:PersonName {key: $p0})-[:NAME_OF]->(this:Person) USING RANGE INDEX spelling1:PersonName(key) WITH this ORDER BY this.nameKey = $p0 DESC, this.id LIMIT 1 RETURN {`__labels`: labels(this), `collaborators`: head(COLLECT { WITH COLLECT { MATCH (this)-[c15:COLLABORATED]-(o12:Person) WITH o12, c15.songs AS count13 WITH o12, count13 ORDER BY count13 DESC, o12.name, o12.id LIMIT $p1 RETURN [o12, count13] } AS top4 WITH top4, [] AS pairs5 RETURN {totalCount: null, rows: COLLECT { UNWIND top4 AS t8 WITH t8[0] AS o12, t8[1] AS count13 WITH o12, count13, [] AS works14 RETURN {node: {`person`: {`__labels`: labels(o12), `name`: o12.name}, `sharedWorkCount`: count13}, key: [count13, o12.name, o12.id]} ORDER BY count13 DESC, o12.name, o12.id }} })} AS result
params: {"p0": "odile marsh", "p1": 6}

-- errors: none
