# { stats(filter: {genre: "pop"}) { songCount songsPerYear { year songCount } writers: mostCredited(role: WRITER, first: 3) { person { name } songCount } } }
# variables: {}

-- 1 (read)
CALL () { MATCH (song:Song) WHERE any(genre1 IN coalesce(song.genres, []) WHERE toLower(genre1) = $p0) RETURN count(song) AS agg2 } CALL () { MATCH (song:Song) WHERE any(genre1 IN coalesce(song.genres, []) WHERE toLower(genre1) = $p0) AND song.releaseYear IS NOT NULL WITH song.releaseYear AS year4, count(song) AS count5 ORDER BY year4 LIMIT 2000 RETURN collect({`year`: year4, `songCount`: count5}) AS agg3 } CALL () { MATCH (song:Song)<-[:WROTE]-(person7:Person) WHERE any(genre1 IN coalesce(song.genres, []) WHERE toLower(genre1) = $p0) WITH person7, count(DISTINCT song) AS count8 ORDER BY count8 DESC, person7.nameKey, person7.id LIMIT $p1 RETURN collect({`person`: {`__labels`: labels(person7), `name`: person7.name}, `songCount`: count8}) AS agg6 } RETURN {`songCount`: agg2, `songsPerYear`: agg3, `writers`: agg6} AS result
params: {"p0": "pop", "p1": 3}

-- errors: none
