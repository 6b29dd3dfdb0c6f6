# { musicVideos(first: 2, sort: VIEWS_DESC) { edges { node { views song { title } } } } }
# variables: {}

-- 1 (read)
WITH null AS totalCount CALL () { CALL () { MATCH (this:MusicVideo) WHERE this.views IS NOT NULL AND this.views IS NOT NULL AND this.id IS NOT NULL WITH this ORDER BY this.views DESC, this.id DESC LIMIT $p0 RETURN collect(this) AS found3 } CALL (found3) { WITH found3 LIMIT 1 WHERE size(found3) <= $p2 MATCH (this:MusicVideo) WHERE this.views IS NULL AND this.id IS NOT NULL WITH this ORDER BY this.id DESC LIMIT $p1 RETURN collect(this) AS found4 } UNWIND found3 + found4 AS this WITH this ORDER BY this.views IS NULL, this.views DESC, this.id DESC LIMIT $p3 RETURN collect({node: {`__labels`: labels(this), `views`: this.views, `song`: head(COLLECT { MATCH (this)-[r2:VIDEO_OF]->(m1:Song) RETURN {`__labels`: labels(m1), `title`: m1.title} ORDER BY m1.id LIMIT 1 })}, key: [this.views, this.id]}) AS rows } RETURN {rows: rows, totalCount: totalCount} AS result
params: {"p0": 3, "p1": 3, "p2": 2, "p3": 3}

-- errors: none
