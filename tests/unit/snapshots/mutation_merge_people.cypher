# mutation($k: ID!, $r: ID!) { mergePeople(keep: $k, remove: $r) { id } }
# variables: {"k": "UGVyc29uOm9kaWxlLW1hcnNo", "r": "UGVyc29uOmluZXMtdmFsZQ"}

-- 1 (write)
UNWIND $ids AS id
MATCH (p:Person {id: id})
SET p._lock = true
REMOVE p._lock
RETURN p.id AS id, p.name AS name, p.nameKey AS nameKey, coalesce(p.aliases, []) AS aliases,
       coalesce(p.aliasKeys, []) AS aliasKeys
params: {"ids": ["odile-marsh", "ines-vale"]}

-- 2 (write)
MATCH (a:Person {id: $keep}), (b:Person {id: $remove})
RETURN COLLECT { MATCH (a)-[r]-(b) RETURN DISTINCT type(r) } AS direct,
       COLLECT { MATCH (a)--(i:Introduction)--(b) RETURN DISTINCT coalesce(i.occasion, i.id) } AS introductions
params: {"keep": "odile-marsh", "remove": "ines-vale"}

-- 3 (write)
MATCH (gone:Person {id: $remove})-[r]->(other)
WHERE NOT other:Person OR other.id <> $keep
MATCH (kept:Person {id: $keep})
MERGE (kept)-[moved:$(type(r))]->(other)
SET moved += properties(r)
DELETE r
params: {"keep": "odile-marsh", "remove": "ines-vale"}

-- 4 (write)
MATCH (gone:Person {id: $remove})<-[r]-(other)
WHERE NOT other:Person OR other.id <> $keep
MATCH (kept:Person {id: $keep})
MERGE (kept)<-[moved:$(type(r))]-(other)
SET moved += properties(r)
DELETE r
params: {"keep": "odile-marsh", "remove": "ines-vale"}

-- 5 (write)
MATCH (gone:Person {id: $remove}), (kept:Person {id: $keep})
SET kept.aliases = $aliases, kept.aliasKeys = $aliasKeys, kept.updatedBy = $actor, kept.updatedAt = datetime()
SET kept.searchText = reduce(text = kept.nameKey, a IN kept.aliasKeys | text + ' | ' + a)
DETACH DELETE gone
params: {"actor": "curator", "aliasKeys": ["ines vale"], "aliases": ["Ines-Vale"], "keep": "odile-marsh", "remove": "ines-vale"}

-- 6 (write)
UNWIND $ids AS id
MATCH (:Person {id: id})-[:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED]->(:Song)<-[:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED]-(p:Person)
WITH DISTINCT p
WHERE (p.collaboratorIds IS NOT NULL OR COUNT { (p)-[:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED]->() } >= $minCredits)
SET p:StaleCollaborators
REMOVE p.collaboratorIds, p.collaboratorCounts, p.collaboratorsFrom, p.collaboratorTotal
RETURN count(p) AS marked
params: {"ids": ["odile-marsh"], "minCredits": 200}

-- 7 (write)
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
params: {"actor": "curator", "events": [{"key": "odile-marsh", "kind": "Person", "op": "UPDATED"}, {"key": "ines-vale", "kind": "Person", "op": "DELETED"}], "head": "feed"}

-- 8 (read)
MATCH (this:Person {id: $p0}) WITH this ORDER BY this.id LIMIT 1 RETURN {`__labels`: labels(this), `id`: this.id} AS result
params: {"p0": "odile-marsh"}

-- errors: none
