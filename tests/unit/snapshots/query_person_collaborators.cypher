# { person(name: "Odile Marsh") { collaborators(first: 5) { edges { node { person { name } sharedWorkCount } } } } }
# variables: {}

-- 1 (read)
MATCH (spelling1:PersonName {key: $p0})-[:NAME_OF]->(this:Person) USING RANGE INDEX spelling1:PersonName(key) WITH this ORDER BY this.nameKey = $p0 DESC, this.id LIMIT 1 RETURN {`__labels`: labels(this), `collaborators`: head(COLLECT { WITH COLLECT { MATCH (this)-[:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED]->(w9)<-[:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED]-(o12:Person) WHERE o12 <> this WITH DISTINCT o12, w9 RETURN o12 ORDER BY elementId(o12) } AS people2 WITH people2, [i6 IN range(0, size(people2) - 1) WHERE i6 = 0 OR people2[i6] <> people2[i6 - 1]] AS starts3 WITH starts3, COLLECT { UNWIND range(0, size(starts3) - 1) AS j7 WITH people2[starts3[j7]] AS o12, coalesce(starts3[j7 + 1], size(people2)) - starts3[j7] AS count13 WITH o12, count13 ORDER BY count13 DESC, o12.name, o12.id LIMIT $p1 RETURN [o12, count13] } AS top4 WITH starts3, top4, [] AS pairs5 RETURN {totalCount: null, rows: COLLECT { UNWIND top4 AS t8 WITH t8[0] AS o12, t8[1] AS count13 WITH o12, count13, [] AS works14 RETURN {node: {`person`: {`__labels`: labels(o12), `name`: o12.name}, `sharedWorkCount`: count13}, key: [count13, o12.name, o12.id]} ORDER BY count13 DESC, o12.name, o12.id } } })} AS result
params: {"p0": "odile marsh", "p1": 6}

-- errors: none
