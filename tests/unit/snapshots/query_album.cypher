# { album(title: "Harbour Lights") { title songs { title } } }
# variables: {}

-- 1 (read)
MATCH (this:Album {titleKey: $p0}) WITH this ORDER BY this.releaseDate IS NULL, this.releaseDate, this.id LIMIT 1 RETURN {`__labels`: labels(this), `title`: this.title, `songs`: COLLECT { MATCH (this)<-[r2:ON_ALBUM]-(m1:Song) RETURN {`__labels`: labels(m1), `title`: m1.title} ORDER BY m1.releaseDate, m1.title LIMIT 2000 }} AS result
params: {"p0": "harbour lights"}

-- errors: none
