# query($a: ID!, $b: ID!) { sharedCollaborators(a: {id: $a}, b: {id: $b}) { person { name } strength } }
# variables: {"a": "UGVyc29uOm9kaWxlLW1hcnNo", "b": "UGVyc29uOmluZXMtdmFsZQ"}

-- 1 (read)
OPTIONAL MATCH (aPerson:Person {id: $p0}) WITH aPerson ORDER BY aPerson.id LIMIT 1 OPTIONAL MATCH (bPerson:Person {id: $p1}) WITH aPerson, bPerson ORDER BY bPerson.id LIMIT 1 CALL (aPerson, bPerson) { MATCH (aPerson)-[ca8:COLLABORATED]-(o1:Person)-[cb9:COLLABORATED]-(bPerson) WITH o1, ca8.songs AS countA6, cb9.songs AS countB7 ORDER BY countA6 + countB7 DESC, o1.name, o1.id LIMIT $p2 WITH o1, countA6, countB7, [] AS viaA4, [] AS viaB5 RETURN collect({`person`: {`__labels`: labels(o1), `name`: o1.name}, `strength`: countA6 + countB7}) AS rows } RETURN {aFound: aPerson IS NOT NULL, bFound: bPerson IS NOT NULL, same: aPerson = bPerson, rows: rows} AS result
params: {"p0": "odile-marsh", "p1": "ines-vale", "p2": 10}

-- errors: none
