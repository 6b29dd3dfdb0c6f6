# mutation($input: SongInput!) { createSong(input: $input) { id } }
# variables: {"input": {"album": "Harbour Lights", "artists": [{"id": "UGVyc29uOm9kaWxlLW1hcnNo"}], "releaseDate": "2018-01-01", "title": "Glass Orchard", "writers": [{"name": "Priya Dalmont"}]}}

-- 1 (write)
UNWIND $refs AS ref
OPTIONAL MATCH (byId:Person {id: ref.id})
OPTIONAL MATCH (:PersonName {key: ref.key})-[:NAME_OF]->(byName:Person)
WITH ref, byId, byName ORDER BY byName.nameKey = ref.key DESC, byName.id
WITH ref, byId, collect(byName)[0] AS named
RETURN ref.index AS index, coalesce(byId.id, named.id) AS id, coalesce(byId.name, named.name) AS name
params: {"refs": [{"id": "odile-marsh", "index": 0, "key": null}]}

-- 2 (write)
MATCH (s:Song {titleKey: $titleKey})
RETURN s.id AS id, s.title AS title,
       COLLECT { MATCH (s)<-[r:PERFORMED]-(p:Person) RETURN p {.id, .name} ORDER BY r.position } AS artists
ORDER BY s.id
params: {"titleKey": "glass orchard"}

-- 3 (write)
MATCH (s:Song {id: $id}) RETURN s.id AS id
params: {"id": "glass-orchard"}

-- 4 (write)
UNWIND $refs AS ref
OPTIONAL MATCH (byId:Person {id: ref.id})
OPTIONAL MATCH (:PersonName {key: ref.key})-[:NAME_OF]->(byName:Person)
WITH ref, byId, byName ORDER BY byName.nameKey = ref.key DESC, byName.id
WITH ref, byId, collect(byName)[0] AS named
RETURN ref.index AS index, coalesce(byId.id, named.id) AS id, coalesce(byId.name, named.name) AS name
params: {"refs": [{"id": "odile-marsh", "index": 0, "key": null}]}

-- 5 (write)
UNWIND $refs AS ref
OPTIONAL MATCH (byId:Person {id: ref.id})
OPTIONAL MATCH (:PersonName {key: ref.key})-[:NAME_OF]->(byName:Person)
WITH ref, byId, byName ORDER BY byName.nameKey = ref.key DESC, byName.id
WITH ref, byId, collect(byName)[0] AS named
RETURN ref.index AS index, coalesce(byId.id, named.id) AS id, coalesce(byId.name, named.name) AS name
params: {"refs": [{"id": null, "index": 0, "key": "priya dalmont"}]}

-- 6 (write)
UNWIND $bases AS base
MATCH (p:Person) WHERE p.id = base OR p.id STARTS WITH base + '-'
RETURN base, collect(p.id) AS taken
params: {"bases": ["priya-dalmont"]}

-- 7 (write)
UNWIND $people AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.nameKey = row.nameKey, p.kind = row.kind, p.aliases = [], p.aliasKeys = [],
              p.searchText = row.nameKey, p.createdBy = $actor, p.createdAt = datetime()
MERGE (n:PersonName {key: row.nameKey})
MERGE (n)-[:NAME_OF]->(p)
params: {"actor": "curator", "people": [{"id": "priya-dalmont", "kind": "PERSON", "name": "Priya Dalmont", "nameKey": "priya dalmont"}]}

-- 8 (write)
CREATE (s:Song {id: $id})
SET s += $props, s.version = 1, s.createdBy = $actor, s.createdAt = datetime(),
    s.updatedBy = $actor, s.updatedAt = datetime()
params: {"actor": "curator", "id": "glass-orchard", "props": {"genres": [], "releaseDate": "2018-01-01", "releaseYear": 2018, "searchText": "glass orchard", "summary": null, "title": "Glass Orchard", "titleKey": "glass orchard"}}

-- 9 (write)
MATCH (s:Song {id: $id})<-[c:PERFORMED]-(:Person) DELETE c
params: {"id": "glass-orchard"}

-- 10 (write)
MATCH (s:Song {id: $id})
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
CREATE (p)-[:PERFORMED {position: row.position, createdBy: $actor, createdAt: datetime()}]->(s)
params: {"actor": "curator", "id": "glass-orchard", "rows": [{"person": "odile-marsh", "position": 0}]}

-- 11 (write)
MATCH (s:Song {id: $id})<-[c:FEATURED_ON]-(:Person) DELETE c
params: {"id": "glass-orchard"}

-- 12 (write)
MATCH (s:Song {id: $id})<-[c:WROTE]-(:Person) DELETE c
params: {"id": "glass-orchard"}

-- 13 (write)
MATCH (s:Song {id: $id})
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
CREATE (p)-[:WROTE {position: row.position, createdBy: $actor, createdAt: datetime()}]->(s)
params: {"actor": "curator", "id": "glass-orchard", "rows": [{"person": "priya-dalmont", "position": 0}]}

-- 14 (write)
MATCH (s:Song {id: $id})<-[c:PRODUCED]-(:Person) DELETE c
params: {"id": "glass-orchard"}

-- 15 (write)
MATCH (s:Song {id: $id})
OPTIONAL MATCH (s)-[old:ON_ALBUM]->(:Album)
DELETE old
WITH DISTINCT s
UNWIND $albums AS row
MERGE (a:Album {id: row.id})
ON CREATE SET a.title = row.title, a.titleKey = row.titleKey, a.searchText = row.titleKey,
              a.createdBy = $actor, a.createdAt = datetime()
MERGE (s)-[:ON_ALBUM]->(a)
params: {"actor": "curator", "albums": [{"id": "harbour-lights", "title": "Harbour Lights", "titleKey": "harbour lights"}], "id": "glass-orchard"}

-- 16 (write)
UNWIND $ids AS id
MATCH (:Song {id: id})<-[:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED]-(p:Person)
WITH DISTINCT p
WHERE (p.collaboratorIds IS NOT NULL OR COUNT { (p)-[:PERFORMED|FEATURED_ON|WROTE|PRODUCED|CREDITED]->() } >= $minCredits)
SET p:StaleCollaborators
REMOVE p.collaboratorIds, p.collaboratorCounts, p.collaboratorsFrom, p.collaboratorTotal
RETURN count(p) AS marked
params: {"ids": ["glass-orchard"], "minCredits": 200}

-- 17 (write)
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
params: {"actor": "curator", "events": [{"key": "glass-orchard", "kind": "Song", "op": "CREATED"}, {"key": "priya-dalmont", "kind": "Person", "op": "CREATED"}], "head": "feed"}

-- 18 (read)
MATCH (this:Song {id: $p0}) WITH this ORDER BY this.id LIMIT 1 RETURN {`__labels`: labels(this), `id`: this.id} AS result
params: {"p0": "glass-orchard"}

-- errors: none
