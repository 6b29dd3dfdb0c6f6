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

-- 4 (write)
MERGE (h:FeedHead {id: $head})
ON CREATE SET h.seq = 0, h.epoch = left(replace(randomUUID(), '-', ''), 12)
SET h._lock = true
REMOVE h._lock
WITH h, h.seq AS base
SET h.seq = base + size($events)
WITH h, base
UNWIND range(0, size($events) - 1) AS i
WITH h, base, i, $events[i] AS event
CREATE (:FeedEvent {
  seq: base + i + 1, kind: event.kind, key: event.key, op: event.op, actor: $actor, at: datetime()
})
// One row, however many events (a loaded batch records a thousand).
WITH h, base, count(*) AS _
RETURN h.epoch AS epoch, base + size($events) AS head
params: {"actor": "curator", "events": [{"key": "odile-marsh", "kind": "Person", "op": "UPDATED"}], "head": "feed"}

-- 5 (read)
MATCH (this:Person {id: $p0}) WITH this ORDER BY this.id LIMIT 1 RETURN {`__labels`: labels(this), `id`: this.id} AS result
params: {"p0": "odile-marsh"}

-- errors: none
