# mutation($id: ID!) { deleteSong(id: $id) { title } }
# variables: {"id": "U29uZzpnbGFzcy1vcmNoYXJk"}

-- 1 (write)
MATCH (s:Song {id: $id})
SET s._lock = true
REMOVE s._lock
RETURN coalesce(s.version, 0) AS version, s.title AS title, s.updatedBy AS updatedBy,
       EXISTS { (s)<-[:VIDEO_OF]-(:MusicVideo) } AS hasVideo
params: {"id": "glass-orchard"}

-- 2 (write)
MATCH (s:Song {id: $id})
RETURN COLLECT {
  MATCH (s)-[*1..2]-(p:Person) RETURN DISTINCT p.id
} AS people, COLLECT { MATCH (s)-[:ON_ALBUM]->(a:Album) RETURN a.id } AS albums
params: {"id": "glass-orchard"}

-- 3 (write)
UNWIND $ids AS id
MATCH (:Song {id: id})<-[:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED]-(p:Person)
WITH DISTINCT p
WHERE (p.collaboratorIds IS NOT NULL OR COUNT { (p)-[:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED]->() } >= $minCredits)
SET p:StaleCollaborators
REMOVE p.collaboratorIds, p.collaboratorCounts, p.collaboratorsFrom, p.collaboratorTotal
RETURN count(p) AS marked
params: {"ids": ["glass-orchard"], "minCredits": 200}

-- 4 (write)
MATCH (:Song {id: $id})<-[c:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED]-(:Person) DELETE c RETURN count(c) AS count
params: {"id": "glass-orchard"}

-- 5 (write)
MATCH (:Song {id: $id})<-[:VIDEO_OF]-(v:MusicVideo) DETACH DELETE v RETURN count(v) AS count
params: {"id": "glass-orchard"}

-- 6 (write)
MATCH (:Song {id: $id})<-[l:LED_TO]-(i:Introduction) DELETE l WITH i WHERE NOT EXISTS { (i)-[:LED_TO]->() } DETACH DELETE i RETURN count(i) AS count
params: {"id": "glass-orchard"}

-- 7 (write)
MATCH (:Song {id: $id})-[:CERTIFIED]->(x:Certification) DETACH DELETE x RETURN count(x) AS count
params: {"id": "glass-orchard"}

-- 8 (write)
MATCH (:Song {id: $id})-[:PEAKED]->(x:ChartPeak) DETACH DELETE x RETURN count(x) AS count
params: {"id": "glass-orchard"}

-- 9 (write)
MATCH (:Song {id: $id})<-[:ABOUT]-(q:Quote) DETACH DELETE q RETURN count(q) AS count
params: {"id": "glass-orchard"}

-- 10 (write)
MATCH (:Song {id: $id})-[:WON]->(x:Award) DETACH DELETE x RETURN count(x) AS count
params: {"id": "glass-orchard"}

-- 11 (write)
MATCH (s:Song {id: $id}) DETACH DELETE s
params: {"id": "glass-orchard"}

-- 12 (write)
UNWIND $ids AS albumId
MATCH (a:Album {id: albumId})
WHERE NOT EXISTS { (a)<-[:ON_ALBUM]-(:Song) }
WITH a, a.title AS title, a.id AS id
DETACH DELETE a
RETURN title, id
params: {"ids": []}

-- 13 (write)
UNWIND $ids AS personId
MATCH (p:Person {id: personId})
WHERE NOT EXISTS { (p)-[r]-() WHERE NOT type(r) = 'NAME_OF' }
OPTIONAL MATCH (n:PersonName)-[:NAME_OF]->(p)
WHERE NOT EXISTS { (n)-[:NAME_OF]->(other:Person) WHERE other <> p }
WITH p, p.name AS name, p.id AS id, collect(n) AS names
FOREACH (n IN names | DETACH DELETE n)
DETACH DELETE p
RETURN name, id
params: {"ids": ["odile-marsh"]}

-- 14 (write)
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
params: {"actor": "curator", "events": [{"key": "glass-orchard", "kind": "Song", "op": "DELETED"}], "head": "feed"}

-- errors: none
