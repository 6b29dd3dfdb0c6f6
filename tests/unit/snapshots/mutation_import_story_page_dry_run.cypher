# mutation($t: String!) { importStoryPage(text: $t, source: "page.txt", dryRun: true) { written } }
# variables: {"t": "Story of Song The stories behind the hits Novellic\nLyric Music\n\nPaper Lanterns\n\nThe Velvet Orchards\n\nAlbum Harbour of Small Hours\n\n\u201cPaper Lanterns\u201d is the 2019 single by the indie band The Velvet Orchards, made up of Ines Marlow, Teo Brandt and Kasia Lund, from their second studio album \u201cHarbour of Small Hours\u201d.\n\nTalking with Radio Meridian about the dream-pop inspired song, Marlow explained how she first met Teo Brandt:\n\n\u201cWe were introduced by Oskar Fenn at a songwriting retreat in 2014, and we wrote the first verse that same night. The lanterns were on every porch in the town where we stayed.\u201d\n\nThe music video premiered on 14th March 2019 and was co-directed by Lotte Haver and Ruben Sastre. It stars Ines Marlow as a night-shift lighthouse keeper, Jonah Pell as a stranded sailor and Maud Okafor as the harbour master. As of early January 2022, the video has over 48 million views with 390 thousand likes.\n\n\u201cPaper Lanterns\u201d has received the following certifications:\n\n- Diamond in Poland\n- Silver in Ireland\n- 3x Platinum in the Netherlands & Belgium\nGold in Norway\n\nAdded by Hedda\n\nRelease Date\n\n2nd February 2019\n\n\nInes Marlow, Teo Brandt & Kasia Lund\n\n\nRuben Sastre\n\n\n\nChart Rankings\n\n- #3 & #12 & #40 on various charts in Norway - #6 in the Netherlands - #22 in Belgium - #2 on the UK Singles Chart - #7 on the UK Indie Chart [chart] - #55 in Canada\n"}

-- 1 (read)
UNWIND $keys AS key
MATCH (:PersonName {key: key})-[:NAME_OF]->(p:Person)
RETURN key, p.id AS id, p.name AS name, p.kind AS kind, coalesce(p.aliases, []) AS aliases,
       p.description AS description
params: {"keys": ["ines marlow", "jonah pell", "kasia lund", "lotte haver", "maud okafor", "oskar fenn", "ruben sastre", "teo brandt", "the velvet orchards"]}

-- 2 (read)
MATCH (s:Song {titleKey: $title})<-[:PERFORMED]-(p:Person)
WHERE p.id IN $artists
RETURN s.id AS id ORDER BY s.id LIMIT 1
params: {"artists": ["the-velvet-orchards"], "title": "paper lanterns"}

-- 3 (read)
MATCH (s:Song {id: $id}) RETURN s.id AS id
params: {"id": "paper-lanterns"}

-- errors: none
