# { search(text: "harbour light", first: 3) { score node { ... on Song { title } } } }
# variables: {}

-- 1 (read)
CALL db.index.fulltext.queryNodes($p0, $p1, {limit: $p2}) YIELD node AS hit1, score AS score2 WITH hit1, score2 ORDER BY score2 DESC, hit1.id RETURN collect({score: score2, node: CASE WHEN hit1:Song THEN {`__labels`: labels(hit1), `title`: hit1.title} WHEN hit1:Person THEN {`__labels`: labels(hit1)} ELSE {`__labels`: labels(hit1)} END}) AS result
params: {"p0": "search", "p1": "(harbour^3 OR harbour~2 OR harbour*) (light^3 OR light~1 OR light*)", "p2": 3}

-- errors: none
