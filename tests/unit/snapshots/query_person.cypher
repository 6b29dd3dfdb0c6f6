# { person(name: "JKash") { name aliases awards { name year } } }
# variables: {}

-- 1 (read)
MATCH (spelling1:PersonName {key: $p0})-[:NAME_OF]->(this:Person) USING RANGE INDEX spelling1:PersonName(key) WITH this ORDER BY this.nameKey = $p0 DESC, this.id LIMIT 1 RETURN {`__labels`: labels(this), `name`: this.name, `aliases`: coalesce(this.aliases, []), `awards`: COLLECT { MATCH (this)-[r3:WON]->(m2:Award) RETURN {`__labels`: labels(m2), `name`: m2.name, `year`: m2.year} ORDER BY m2.year, m2.position, m2.id LIMIT 2000 }} AS result
params: {"p0": "jkash"}

-- errors: none
