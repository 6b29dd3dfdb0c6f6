# query($a: ID!, $b: ID!) { connection(from: {id: $a}, to: {id: $b}, maxHops: 3) { length } }
# variables: {"a": "UGVyc29uOm9kaWxlLW1hcnNo", "b": "UGVyc29uOmluZXMtdmFsZQ"}

-- 1 (read)
OPTIONAL MATCH (fromPerson:Person {id: $p0}) WITH fromPerson ORDER BY fromPerson.id LIMIT 1 OPTIONAL MATCH (toPerson:Person {id: $p1}) WITH fromPerson, toPerson ORDER BY toPerson.id LIMIT 1 CALL (fromPerson, toPerson) { MATCH path1 = SHORTEST 1 (fromPerson)-[:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED|DIRECTED|APPEARS_IN|VIDEO_OF|MADE_INTRODUCTION|INTRODUCES|MEMBER_OF]-{1,30}(toPerson) WHERE fromPerson <> toPerson RETURN collect({nodes: [x2 IN nodes(path1) | {eid: elementId(x2), labels: labels(x2), name: x2.name, title: x2.title, occasion: x2.occasion, artists: COLLECT { MATCH (x2)<-[:PERFORMED]-(q5:Person) RETURN q5.name }, songTitle: head(COLLECT { MATCH (x2)-[:VIDEO_OF]->(s4:Song) RETURN s4.title }), songArtists: COLLECT { MATCH (x2)-[:VIDEO_OF]->(:Song)<-[:PERFORMED]-(q5:Person) RETURN q5.name }, introducer: head(COLLECT { MATCH (x2)<-[:MADE_INTRODUCTION]-(q5:Person) RETURN q5.name }), introduced: COLLECT { MATCH (x2)-[:INTRODUCES]->(q5:Person) RETURN q5.name }}], rels: [x2 IN relationships(path1) | {type: type(x2), from: elementId(startNode(x2))}], people: COLLECT { UNWIND nodes(path1) AS y3 WITH y3 WHERE y3:Person RETURN {`__labels`: labels(y3)} }}) AS found } RETURN {fromFound: fromPerson IS NOT NULL, toFound: toPerson IS NOT NULL, same: fromPerson = toPerson, maxPeople: $p2, path: head(found)} AS result
params: {"p0": "odile-marsh", "p1": "ines-vale", "p2": 4}

-- errors: none
