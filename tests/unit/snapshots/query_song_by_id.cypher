# query($id: ID!) { song(id: $id) { title album { title } } }
# variables: {"id": "U29uZzpnbGFzcy1vcmNoYXJk"}

-- 1 (read)
MATCH (this:Song {id: $p0}) WITH this ORDER BY this.id LIMIT 1 RETURN {`__labels`: labels(this), `title`: this.title, `album`: head(COLLECT { MATCH (this)-[r2:ON_ALBUM]->(m1:Album) RETURN {`__labels`: labels(m1), `title`: m1.title} ORDER BY m1.id LIMIT 1 })} AS result
params: {"p0": "glass-orchard"}

-- errors: none
