# mutation($id: ID!) { updateSong(id: $id, input: {summary: "new", producers: [{name: "Matteo Grau"}]}, expectedVersion: 1) { id } }
# variables: {"id": "U29uZzpnbGFzcy1vcmNoYXJk"}

-- 1 (write)
MATCH (s:Song {id: $id})
SET s._lock = true
REMOVE s._lock
RETURN coalesce(s.version, 0) AS version, s.title AS title, s.updatedBy AS updatedBy,
       EXISTS { (s)<-[:VIDEO_OF]-(:MusicVideo) } AS hasVideo
params: {"id": "glass-orchard"}

-- 2 (write)
UNWIND $ids AS id
MATCH (:Song {id: id})<-[:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED]-(p:Person)
WITH DISTINCT p
WHERE (p.collaboratorIds IS NOT NULL OR COUNT { (p)-[:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED]->() } >= $minCredits)
SET p:StaleCollaborators
REMOVE p.collaboratorIds, p.collaboratorCounts, p.collaboratorsFrom, p.collaboratorTotal
RETURN count(p) AS marked
params: {"ids": ["glass-orchard"], "minCredits": 200}

-- 3 (write)
UNWIND $refs AS ref
OPTIONAL MATCH (byId:Person {id: ref.id})
OPTIONAL MATCH (:PersonName {key: ref.key})-[:NAME_OF]->(byName:Person)
WITH ref, byId, byName ORDER BY byName.nameKey = ref.key DESC, byName.id
WITH ref, byId, collect(byName)[0] AS named
RETURN ref.index AS index, coalesce(byId.id, named.id) AS id, coalesce(byId.name, named.name) AS name
params: {"refs": [{"id": null, "index": 0, "key": "matteo grau"}]}

-- 4 (write)
UNWIND $bases AS base
MATCH (p:Person) WHERE p.id = base OR p.id STARTS WITH base + '-'
RETURN base, collect(p.id) AS taken
params: {"bases": ["matteo-grau"]}

-- 5 (write)
UNWIND $people AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.nameKey = row.nameKey, p.kind = row.kind, p.aliases = [], p.aliasKeys = [],
              p.searchText = row.nameKey, p.createdBy = $actor, p.createdAt = datetime()
MERGE (n:PersonName {key: row.nameKey})
MERGE (n)-[:NAME_OF]->(p)
params: {"actor": "curator", "people": [{"id": "matteo-grau", "kind": "PERSON", "name": "Matteo Grau", "nameKey": "matteo grau"}]}

-- 6 (write)
MATCH (s:Song {id: $id}) SET s += $props
params: {"id": "glass-orchard", "props": {"summary": "new"}}

-- 7 (write)
MATCH (s:Song {id: $id})<-[c:PRODUCED]-(:Person) DELETE c
params: {"id": "glass-orchard"}

-- 8 (write)
MATCH (s:Song {id: $id})
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
CREATE (p)-[:PRODUCED {position: row.position, createdBy: $actor, createdAt: datetime()}]->(s)
params: {"actor": "curator", "id": "glass-orchard", "rows": [{"person": "matteo-grau", "position": 0}]}

-- 9 (write)
UNWIND $ids AS id
MATCH (:Song {id: id})<-[:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED]-(p:Person)
WITH DISTINCT p
WHERE (p.collaboratorIds IS NOT NULL OR COUNT { (p)-[:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED]->() } >= $minCredits)
SET p:StaleCollaborators
REMOVE p.collaboratorIds, p.collaboratorCounts, p.collaboratorsFrom, p.collaboratorTotal
RETURN count(p) AS marked
params: {"ids": ["glass-orchard"], "minCredits": 200}

-- 10 (write)
MATCH (s:Song {id: $id})
SET s.version = coalesce(s.version, 0) + 1, s.updatedAt = datetime(), s.updatedBy = $actor
FOREACH (_ IN CASE WHEN $created THEN [1] ELSE [] END | SET s.createdBy = $actor, s.createdAt = s.updatedAt)
params: {"actor": "curator", "created": false, "id": "glass-orchard"}

-- 11 (write)
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
params: {"actor": "curator", "events": [{"key": "glass-orchard", "kind": "Song", "op": "UPDATED"}, {"key": "matteo-grau", "kind": "Person", "op": "CREATED"}], "head": "feed"}

-- 12 (read)
MATCH (this:Song {id: $p0}) WITH this ORDER BY this.id LIMIT 1 RETURN {`__labels`: labels(this), `id`: this.id} AS result
params: {"p0": "glass-orchard"}

-- errors: none
