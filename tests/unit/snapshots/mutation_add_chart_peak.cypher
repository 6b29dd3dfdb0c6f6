# mutation($id: ID!) { addChartPeak(songId: $id, input: {country: "Peru", position: 9}) { id } }
# variables: {"id": "U29uZzpnbGFzcy1vcmNoYXJk"}

-- 1 (write)
MATCH (s:Song {id: $id})
SET s._lock = true
REMOVE s._lock
RETURN coalesce(s.version, 0) AS version, s.title AS title, s.updatedBy AS updatedBy,
       EXISTS { (s)<-[:VIDEO_OF]-(:MusicVideo) } AS hasVideo
params: {"id": "glass-orchard"}

-- 2 (write)
MATCH (:Song {id: $id})-[:PEAKED]->(c:ChartPeak)
RETURN c {.id, .country, .chart, .ordinal, .position} AS fact
params: {"id": "glass-orchard"}

-- 3 (write)
MATCH (s:Song {id: $id})
CREATE (s)-[:PEAKED]->(c:ChartPeak)
SET c = $row, c.createdBy = $actor, c.createdAt = datetime()
params: {"actor": "curator", "id": "glass-orchard", "row": {"chart": null, "country": "Peru", "id": "glass-orchard--peak--1", "ordinal": 1, "position": 9, "sourceExcerpt": null, "sourceLine": null, "sourcePage": null}}

-- 4 (write)
MATCH (s:Song {id: $id})
SET s.version = coalesce(s.version, 0) + 1, s.updatedAt = datetime(), s.updatedBy = $actor
FOREACH (_ IN CASE WHEN $created THEN [1] ELSE [] END | SET s.createdBy = $actor, s.createdAt = s.updatedAt)
params: {"actor": "curator", "created": false, "id": "glass-orchard"}

-- 5 (write)
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
params: {"actor": "curator", "events": [{"key": "glass-orchard", "kind": "Song", "op": "UPDATED"}], "head": "feed"}

-- 6 (read)
MATCH (this:Song {id: $p0}) WITH this ORDER BY this.id LIMIT 1 RETURN {`__labels`: labels(this), `id`: this.id} AS result
params: {"p0": "glass-orchard"}

-- errors: none
