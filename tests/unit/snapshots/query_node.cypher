# query($id: ID!) { node(id: $id) { id ... on Person { name } } }
# variables: {"id": "UGVyc29uOm9kaWxlLW1hcnNo"}

-- 1 (read)
MATCH (this:Person {id: $p0}) WITH this ORDER BY this.id LIMIT 1 RETURN {`__labels`: labels(this), `id`: this.id, `name`: this.name} AS result
params: {"p0": "odile-marsh"}

-- errors: none
