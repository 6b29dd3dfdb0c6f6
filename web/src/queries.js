// Every GraphQL document the explorer sends, in one place: add a field here and the side panel can show it.

export const SEARCH = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 10) {
    node {
      __typename
      ... on Person { id name description }
      ... on Song { id title releaseDate artists { name } }
      ... on Album { id title artists { name } }
    }
  }
}`;

export const NEIGHBOURHOOD = `query ExplorerNeighbourhood($id: ID!, $depth: Int!) {
  neighborhood(id: $id, depth: $depth, limit: 300) {
    truncated
    nodes { id kind label }
    edges { source target type }
  }
}`;

export const FACTS = `query ExplorerFacts($id: ID!) {
  node(id: $id) {
    __typename
    ... on Person {
      name personKind: kind description aliases
      credits { role song { title } }
      videoRoles { role video { song { title } } }
      directedVideos { song { title } }
      quotes { speaker { name } source text year song { title } }
    }
    ... on Song {
      title releaseDate genres summary
      credits { role person { name } }
      album { title }
      quotes { speaker { name } source text year }
      certifications { country level multiplier body source { page excerpt line } }
      chartPeaks { country chart position source { page excerpt line } }
    }
    ... on Album { title albumKind: kind releaseDate artists { name } songs { title } }
    ... on MusicVideo {
      releaseDate views likes statsAsOf
      song { title }
      directors { name }
      cast { person { name } role }
    }
    ... on Introduction {
      occasion year outcome
      introducer { name }
      introduced { name }
      ledTo { title }
    }
  }
}`;

// A quote in full, looked up among those of the song it is about or of its speaker.
export const QUOTES = `query ExplorerQuotes($id: ID!) {
  node(id: $id) {
    ... on Song { quotes { text source year speaker { name } song { title } provenance { page excerpt line } } }
    ... on Person { quotes { text source year speaker { name } song { title } provenance { page excerpt line } } }
  }
}`;

export async function graphql(url, query, variables) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/graphql-response+json, application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data;
}

// Every change from now on: the explorer redraws what it shows of the changed node.
export const CHANGES = `subscription ExplorerChanges {
  changes { position kind id operation }
}`;
