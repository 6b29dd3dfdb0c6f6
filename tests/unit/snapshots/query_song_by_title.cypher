# { song(title: "Glass Orchard") { title writers { name } } }
# variables: {}

-- 1 (read)
MATCH (this:Song {titleKey: $p0}) USING RANGE INDEX this:Song(titleKey) WITH this ORDER BY this.releaseDate IS NULL, this.releaseDate, this.id LIMIT $p1 WITH collect(this) AS found3 RETURN CASE WHEN size(found3) = 1 THEN [this IN found3 | {`__labels`: labels(this), `title`: this.title, `writers`: COLLECT { MATCH (this)<-[r2:WROTE]-(m1:Person) RETURN {`__labels`: labels(m1), `name`: m1.name} ORDER BY r2.position, m1.name LIMIT 2000 }}][0] END AS result, CASE WHEN size(found3) > 1 THEN [s4 IN found3 | {id: s4.id, title: s4.title, artists: COLLECT { MATCH (s4)<-[r5:PERFORMED]-(p6:Person) RETURN p6.name ORDER BY r5.position }}] END AS namesakes
params: {"p0": "glass orchard", "p1": 11}

-- errors: none
