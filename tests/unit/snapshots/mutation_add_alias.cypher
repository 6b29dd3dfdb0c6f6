# mutation($p: ID!) { addAlias(personId: $p, alias: "O. Marsh") { id } }
# variables: {"p": "UGVyc29uOm9kaWxlLW1hcnNo"}

-- 1 (write)
UNWIND $ids AS id
MATCH (p:Person {id: id})
SET p._lock = true
REMOVE p._lock
RETURN p.id AS id, p.name AS name, p.nameKey AS nameKey, coalesce(p.aliases, []) AS aliases,
       coalesce(p.aliasKeys, []) AS aliasKeys
params: {"ids": ["odile-marsh"]}

-- 2 (write)
MATCH (p:Person {id: $id})
OPTIONAL MATCH (:PersonName {key: $key})-[:NAME_OF]->(owner:Person)
RETURN p.name AS name, collect(owner.id) AS owners
params: {"id": "odile-marsh", "key": "o marsh"}

-- 3 (write)
MATCH (p:Person {id: $id})
MERGE (n:PersonName {key: $key})
MERGE (n)-[:NAME_OF]->(p)
SET p.aliases = coalesce(p.aliases, []) + [$alias], p.aliasKeys = coalesce(p.aliasKeys, []) + [$key],
    p.updatedBy = $actor, p.updatedAt = datetime()
SET p.searchText = reduce(text = p.nameKey, a IN p.aliasKeys | text + ' | ' + a)
params: {"actor": "curator", "alias": "O. Marsh", "id": "odile-marsh", "key": "o marsh"}

-- 4 (read)
MATCH (this:Person {id: $p0}) WITH this ORDER BY this.id LIMIT 1 RETURN {`__labels`: labels(this), `id`: this.id} AS result
params: {"p0": "odile-marsh"}

-- errors: none
