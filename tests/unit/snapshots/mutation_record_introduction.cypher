# mutation($s: ID!) { recordIntroduction(input: {introducer: {name: "Vera Lund"}, introduced: [{name: "Ada Brill"}, {name: "Ola Berg"}], occasion: "a rehearsal", year: 2014, ledTo: [$s]}) { id } }
# variables: {"s": "U29uZzpnbGFzcy1vcmNoYXJk"}

-- 1 (write)
UNWIND $refs AS ref
OPTIONAL MATCH (byId:Person {id: ref.id})
OPTIONAL MATCH (:PersonName {key: ref.key})-[:NAME_OF]->(byName:Person)
WITH ref, byId, byName ORDER BY byName.nameKey = ref.key DESC, byName.id
WITH ref, byId, collect(byName)[0] AS named
RETURN ref.index AS index, coalesce(byId.id, named.id) AS id, coalesce(byId.name, named.name) AS name
params: {"refs": [{"id": null, "index": 0, "key": "vera lund"}, {"id": null, "index": 1, "key": "ada brill"}, {"id": null, "index": 2, "key": "ola berg"}]}

-- 2 (write)
UNWIND $bases AS base
MATCH (p:Person) WHERE p.id = base OR p.id STARTS WITH base + '-'
RETURN base, collect(p.id) AS taken
params: {"bases": ["ada-brill", "ola-berg", "vera-lund"]}

-- 3 (write)
UNWIND $people AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.nameKey = row.nameKey, p.kind = row.kind, p.aliases = [], p.aliasKeys = [],
              p.searchText = row.nameKey, p.createdBy = $actor, p.createdAt = datetime()
MERGE (n:PersonName {key: row.nameKey})
MERGE (n)-[:NAME_OF]->(p)
params: {"actor": "curator", "people": [{"id": "vera-lund", "kind": "PERSON", "name": "Vera Lund", "nameKey": "vera lund"}, {"id": "ada-brill", "kind": "PERSON", "name": "Ada Brill", "nameKey": "ada brill"}, {"id": "ola-berg", "kind": "PERSON", "name": "Ola Berg", "nameKey": "ola berg"}]}

-- 4 (write)
UNWIND $ids AS id MATCH (s:Song {id: id}) RETURN s.id AS id
params: {"ids": ["glass-orchard"]}

-- 5 (write)
MERGE (i:Introduction {id: $intro.id})
ON CREATE SET i.createdBy = $actor, i.createdAt = datetime()
SET i.occasion = $intro.occasion, i.year = $intro.year, i.outcome = $intro.outcome,
    i.updatedBy = $actor, i.updatedAt = datetime()
WITH i
MATCH (by:Person {id: $intro.introducer})
MERGE (by)-[:MADE_INTRODUCTION]->(i)
WITH i
CALL (i) {
  UNWIND range(0, size($intro.introduced) - 1) AS k
  MATCH (p:Person {id: $intro.introduced[k]})
  MERGE (i)-[r:INTRODUCES]->(p)
  SET r.position = k
}
CALL (i) {
  UNWIND $intro.ledTo AS songId
  MATCH (s:Song {id: songId})
  MERGE (i)-[:LED_TO]->(s)
}
params: {"actor": "curator", "intro": {"id": "vera-lund--ada-brill--ola-berg", "introduced": ["ada-brill", "ola-berg"], "introducer": "vera-lund", "ledTo": ["glass-orchard"], "occasion": "a rehearsal", "outcome": null, "year": 2014}}

-- 6 (write)
MATCH (s:Song {id: $id})
SET s.version = coalesce(s.version, 0) + 1, s.updatedAt = datetime(), s.updatedBy = $actor
FOREACH (_ IN CASE WHEN $created THEN [1] ELSE [] END | SET s.createdBy = $actor, s.createdAt = s.updatedAt)
params: {"actor": "curator", "created": false, "id": "glass-orchard"}

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
params: {"actor": "curator", "events": [{"key": "vera-lund--ada-brill--ola-berg", "kind": "Introduction", "op": "CREATED"}, {"key": "glass-orchard", "kind": "Song", "op": "UPDATED"}, {"key": "vera-lund", "kind": "Person", "op": "CREATED"}, {"key": "ada-brill", "kind": "Person", "op": "CREATED"}, {"key": "ola-berg", "kind": "Person", "op": "CREATED"}], "head": "feed"}

-- 8 (read)
MATCH (this:Introduction {id: $p0}) WITH this ORDER BY this.id LIMIT 1 RETURN {`__labels`: labels(this), `id`: this.id} AS result
params: {"p0": "vera-lund--ada-brill--ola-berg"}

-- errors: none
