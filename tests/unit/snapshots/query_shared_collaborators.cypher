# query($a: ID!, $b: ID!) { sharedCollaborators(a: {id: $a}, b: {id: $b}) { person { name } strength } }
# variables: {"a": "UGVyc29uOm9kaWxlLW1hcnNo", "b": "UGVyc29uOmluZXMtdmFsZQ"}

-- 1 (read)
OPTIONAL MATCH (aPerson:Person {id: $p0}) WITH aPerson ORDER BY aPerson.id LIMIT 1 OPTIONAL MATCH (bPerson:Person {id: $p1}) WITH aPerson, bPerson ORDER BY bPerson.id LIMIT 1 CALL (aPerson, bPerson) { CALL (aPerson, bPerson) { MATCH (aPerson)-[:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED]->(w2)<-[:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED]-(o1:Person) WHERE o1 <> aPerson AND o1 <> bPerson RETURN o1, w2, 0 AS side3 UNION MATCH (bPerson)-[:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED]->(w2)<-[:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED]-(o1:Person) WHERE o1 <> aPerson AND o1 <> bPerson RETURN o1, w2, 1 AS side3 } WITH o1, collect(CASE side3 WHEN 0 THEN w2 END) AS viaA4, collect(CASE side3 WHEN 1 THEN w2 END) AS viaB5 WHERE size(viaA4) > 0 AND size(viaB5) > 0 WITH o1, viaA4, viaB5 ORDER BY size(viaA4) + size(viaB5) DESC, o1.name, o1.id LIMIT $p2 RETURN collect({`person`: {`__labels`: labels(o1), `name`: o1.name}, `strength`: size(viaA4) + size(viaB5)}) AS rows } RETURN {aFound: aPerson IS NOT NULL, bFound: bPerson IS NOT NULL, same: aPerson = bPerson, rows: rows} AS result
params: {"p0": "odile-marsh", "p1": "ines-vale", "p2": 10}

-- errors: none
