import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { pageConfig } from "./config.js";
import { createClient } from "graphql-ws";
import { CHANGES, FACTS, graphql, NEIGHBOURHOOD, QUOTES, SEARCH } from "./queries.js";
import "./explore.css";

const config = pageConfig("explore-config");
const url = config.url ?? "/graphql";

// One colour per node kind (the neighbourhood's `kind` is the node's __typename).
const COLOURS = {
  Person: "#2f6fb3",
  Song: "#d9822b",
  Album: "#7a4fb5",
  MusicVideo: "#c2405b",
  Introduction: "#2e9c6a",
  Quote: "#8a8f3c",
  Certification: "#b0a12f",
  ChartPeak: "#5f8f9f",
  Award: "#8c5a2b",
};

// Edge types read as the role they stand for, from the source node's side.
const ROLES = {
  PERFORMED: "artist",
  FEATURED_ON: "featured artist",
  WROTE: "writer",
  PRODUCED: "producer",
  DIRECTED: "director",
  APPEARS_IN: "cast",
  VIDEO_OF: "video of",
  MADE_INTRODUCTION: "introducer",
  INTRODUCES: "introduced",
  MEMBER_OF: "member of",
  LED_TO: "led to",
  ON_ALBUM: "on album",
  RELEASED: "album artist",
  CERTIFIED: "certified",
  PEAKED: "charted",
  ABOUT: "about",
  SAID_BY: "said by",
};

// A song has dozens of certifications and chart peaks: they are listed in the side panel, not drawn.
const LISTED_NOT_DRAWN = new Set(["Certification", "ChartPeak"]);

// The first drawing reaches two steps, so a person's collaborators show up next to the songs they share;
// expanding a node adds what is one step from it.
const FIRST_DEPTH = 2;
const EXPAND_DEPTH = 1;

const $ = (id) => document.getElementById(id);

function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

function status(text) {
  $("status").textContent = text;
}

cytoscape.use(fcose);

const cy = cytoscape({
  container: $("graph"),
  maxZoom: 2.5,
  style: [
    {
      selector: "node",
      style: {
        "background-color": (node) => COLOURS[node.data("kind")] ?? "#777",
        label: "data(label)",
        "font-size": 11,
        "text-wrap": "ellipsis",
        "text-max-width": 140,
        "text-valign": "bottom",
        "text-margin-y": 4,
        color: "#222",
        width: 22,
        height: 22,
      },
    },
    { selector: "node.centre", style: { width: 34, height: 34, "border-width": 3, "border-color": "#222" } },
    { selector: "node:selected", style: { "border-width": 3, "border-color": "#f2c14e" } },
    {
      selector: "edge",
      style: {
        width: 1.5,
        "line-color": "#b8b8b8",
        "target-arrow-color": "#b8b8b8",
        "target-arrow-shape": "triangle",
        "curve-style": "bezier",
        label: "data(label)",
        "font-size": 9,
        color: "#555",
        "text-rotation": "autorotate",
        "text-background-color": "#fff",
        "text-background-opacity": 0.8,
        "text-background-padding": 1,
      },
    },
  ],
});
// Cytoscape keeps where its canvas is on the page to map clicks to nodes, and reads it again only when the
// canvas itself is resized or scrolled. The header grows and shrinks with its status line (which wraps on a
// phone) and moves the canvas down or up without resizing it: tell cytoscape, or taps land beside the nodes.
new ResizeObserver(() => cy.resize()).observe(document.querySelector("header"));
// Tests and curious users can reach the graph from the console.
window.songgraphExplorer = { cy };

// New nodes start around the node they were expanded from, so the layout settles them next to it.
function addNeighbourhood(neighbourhood, near) {
  const added = [];
  for (const node of neighbourhood.nodes) {
    if (LISTED_NOT_DRAWN.has(node.kind) || cy.getElementById(node.id).nonempty()) continue;
    const element = { group: "nodes", data: { id: node.id, kind: node.kind, label: node.label } };
    if (near) {
      const angle = (2 * Math.PI * added.length) / 8;
      element.position = { x: near.x + 60 * Math.cos(angle), y: near.y + 60 * Math.sin(angle) };
    }
    added.push(cy.add(element));
  }
  for (const edge of neighbourhood.edges) {
    const id = `${edge.source}|${edge.type}|${edge.target}`;
    if (cy.getElementById(id).nonempty()) continue;
    if (cy.getElementById(edge.source).empty() || cy.getElementById(edge.target).empty()) continue;
    cy.add({
      group: "edges",
      data: { id, source: edge.source, target: edge.target, type: edge.type, label: ROLES[edge.type] ?? edge.type },
    });
  }
  return added.length;
}

// The page's narrow layout (explore.css): the drawing above the facts, on the whole width of a phone.
const NARROW = window.matchMedia("(max-width: 760px)");

// A small graph fitted to the window would be blown up to giant labels: never zoom in past this.
const MAX_FIT_ZOOM = 1.3;

function layout(randomize) {
  cy.layout({
    name: "fcose",
    animate: false,
    randomize,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 110,
    nodeRepulsion: () => 12000,
  }).run();
  cy.fit(undefined, NARROW.matches ? 12 : 40);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
  renderDrawnList();
}

function renderDrawnList() {
  const nodes = cy.nodes().sort((a, b) => a.data("label").localeCompare(b.data("label")));
  $("drawn").replaceChildren(
    ...nodes.map((node) =>
      el(
        "li",
        { "data-kind": node.data("kind") },
        el("button", { type: "button", onclick: () => choose(node.id()) }, node.data("label")),
      ),
    ),
  );
  $("drawn-count").textContent = `${nodes.length} nodes`;
}

async function start(id) {
  status("Loading…");
  const data = await graphql(url, NEIGHBOURHOOD, { id, depth: FIRST_DEPTH });
  cy.elements().remove();
  if (!data.neighborhood) {
    status("Nothing found for that id.");
    return;
  }
  addNeighbourhood(data.neighborhood);
  cy.getElementById(id).addClass("centre");
  layout(true);
  status(data.neighborhood.truncated ? "The neighbourhood was cut short." : "Click a node to expand it.");
  await showFacts(id);
}

async function expand(id) {
  status("Expanding…");
  const data = await graphql(url, NEIGHBOURHOOD, { id, depth: EXPAND_DEPTH });
  const near = { ...cy.getElementById(id).position() };
  const added = data.neighborhood ? addNeighbourhood(data.neighborhood, near) : 0;
  // Keep what is drawn where it was, so the reader does not lose their place.
  if (added) layout(false);
  status(added ? `Added ${added} nodes.` : "Nothing new around this node.");
}

async function choose(id) {
  cy.nodes().unselect();
  cy.getElementById(id).select();
  await Promise.all([expand(id), showFacts(id)]);
}

cy.on("tap", "node", (event) => {
  choose(event.target.id()).catch((error) => status(error.message));
});

// ---- side panel ----

const names = (people) => people.map((p) => p.name).join(", ");
const count = (n) => (n === null || n === undefined ? null : Number(n).toLocaleString("en"));

function fact(label, value) {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return null;
  return el("div", { class: "fact" }, el("dt", {}, label), el("dd", {}, Array.isArray(value) ? value.join(", ") : String(value)));
}

function section(title, items) {
  if (!items.length) return null;
  return el("section", {}, el("h3", {}, `${title} (${items.length})`), el("ul", {}, items.map((item) => el("li", {}, item))));
}

function quoteItems(quotes, withSpeaker) {
  return quotes.map((q) =>
    el(
      "blockquote",
      {},
      el("p", {}, q.text),
      el(
        "footer",
        {},
        [withSpeaker ? q.speaker?.name : null, q.song ? `on ${q.song.title}` : null, q.source, q.year]
          .filter(Boolean)
          .join(" · "),
      ),
    ),
  );
}

// Certifications and chart peaks are not drawn (a song has dozens): each is a line of the song's panel that
// opens on the facts it holds, where it was read among them.
function inspectable(kind, summary, facts) {
  return el("details", { "data-kind": kind }, el("summary", {}, summary), el("dl", {}, facts));
}

function sourceFacts(source) {
  if (!source) return [];
  return [
    fact("Read on", source.line ? `${source.page}, line ${source.line}` : source.page),
    fact("It says", source.excerpt),
  ];
}

function factsOf(node) {
  switch (node.__typename) {
    case "Person":
      return [
        el("dl", {}, fact("Kind", node.personKind.toLowerCase()), fact("About", node.description), fact("Also known as", node.aliases)),
        section("Credits", node.credits.map((c) => `${c.song.title}: ${c.role.toLowerCase().replace("_", " ")}`)),
        section("Directed", node.directedVideos.map((v) => `video of ${v.song?.title ?? "a song"}`)),
        section("In videos", node.videoRoles.map((r) => `${r.video.song?.title ?? "a video"}${r.role ? `: ${r.role}` : ""}`)),
        section("Quotes", quoteItems(node.quotes, false)),
      ];
    case "Song":
      return [
        el(
          "dl",
          {},
          fact("Released", node.releaseDate),
          fact("Genres", node.genres),
          fact("Album", node.album?.title),
          fact("Summary", node.summary),
        ),
        section("Credits", node.credits.map((c) => `${c.person.name}: ${c.role.toLowerCase().replace("_", " ")}`)),
        section("Quotes", quoteItems(node.quotes, true)),
        section(
          "Certifications",
          node.certifications.map((c) =>
            inspectable(
              "Certification",
              `${c.country}: ${c.multiplier > 1 ? `${c.multiplier}× ` : ""}${c.level.toLowerCase()}${c.body ? ` (${c.body})` : ""}`,
              [
                fact("Country", c.country),
                fact("Level", c.level.toLowerCase()),
                fact("Multiplier", c.multiplier > 1 ? `${c.multiplier}×` : null),
                fact("Certified by", c.body),
                ...sourceFacts(c.source),
              ],
            ),
          ),
        ),
        section(
          "Chart peaks",
          node.chartPeaks.map((p) =>
            inspectable("ChartPeak", `#${p.position} ${p.chart ? `${p.chart}, ` : ""}${p.country}`, [
              fact("Position", `#${p.position}`),
              fact("Chart", p.chart),
              fact("Country", p.country),
              ...sourceFacts(p.source),
            ]),
          ),
        ),
      ];
    case "Album":
      return [
        el("dl", {}, fact("Kind", node.albumKind), fact("Released", node.releaseDate), fact("Artists", names(node.artists))),
        section("Songs", node.songs.map((s) => s.title)),
      ];
    case "MusicVideo":
      return [
        el(
          "dl",
          {},
          fact("Song", node.song?.title),
          fact("Released", node.releaseDate),
          fact("Directors", names(node.directors)),
          fact("Views", count(node.views)),
          fact("Likes", count(node.likes)),
          fact("Counted", node.statsAsOf),
        ),
        section("Cast", node.cast.map((c) => `${c.person.name}${c.role ? `: ${c.role}` : ""}`)),
      ];
    case "Introduction":
      return [
        el(
          "dl",
          {},
          fact("Introducer", node.introducer?.name),
          fact("Introduced", names(node.introduced)),
          fact("Occasion", node.occasion),
          fact("Year", node.year),
          fact("Outcome", node.outcome),
          fact("Led to", node.ledTo.map((s) => s.title)),
        ),
      ];
    default:
      return [];
  }
}

// A quote has no node(id) of its own; the song it is about (or else its speaker) lists it in full. The drawing's
// label is the quote's opening, cut with an ellipsis when long, which singles it out among that list.
async function findQuote(drawn) {
  const around = drawn.connectedEdges().map((edge) => ({
    type: edge.data("type"),
    other: edge.source().id() === drawn.id() ? edge.target() : edge.source(),
  }));
  const holder = around.find((a) => a.type === "ABOUT")?.other ?? around.find((a) => a.type === "SAID_BY")?.other;
  if (!holder) return null;
  const data = await graphql(url, QUOTES, { id: holder.id() });
  const label = drawn.data("label");
  const opening = label.endsWith("…") ? label.slice(0, -1) : null;
  return (data.node?.quotes ?? []).find((q) => (opening === null ? q.text === label : q.text.startsWith(opening))) ?? null;
}

function quoteFacts(quote) {
  if (!quote) return [el("p", { class: "muted" }, "Its song and speaker are not drawn, so the quote cannot be looked up.")];
  return [
    el("blockquote", { class: "quote" }, el("p", {}, quote.text)),
    el(
      "dl",
      {},
      fact("Speaker", quote.speaker?.name),
      fact("About", quote.song?.title),
      fact("Source", quote.source),
      fact("Year", quote.year),
      ...sourceFacts(quote.provenance),
    ),
  ];
}

// The node whose facts the panel shows (a live change to it, or to what links to it, reads them again).
let shownId = null;

async function showFacts(id) {
  shownId = id;
  const drawn = cy.getElementById(id);
  const kind = drawn.data("kind");
  const isQuote = kind === "Quote";
  const title = el("h2", {}, isQuote ? "Quote" : (drawn.data("label") ?? ""));
  const badge = el("span", { class: "kind" }, kind ?? "");
  badge.style.backgroundColor = COLOURS[kind] ?? "#777";
  $("facts").replaceChildren(badge, title, el("p", { class: "muted" }, "Loading…"));
  let body;
  if (isQuote) {
    const quote = await findQuote(drawn);
    if (quote?.speaker) title.textContent = `Quote by ${quote.speaker.name}`;
    body = quoteFacts(quote);
  } else {
    const data = await graphql(url, FACTS, { id });
    body = data.node ? factsOf(data.node) : [];
  }
  $("facts").replaceChildren(badge, title, ...body.filter(Boolean));
}

// ---- live changes ----
// The page follows the change feed (`changes`, over graphql-transport-ws on the same path). A change to a
// drawn node redraws what is one step from it (new links added, links that are gone removed, a deleted
// node taken away); a change to a node that is not drawn but now links to a drawn one adds it.

const live = createClient({
  url: new URL(url, window.location.href).href.replace(/^http/, "ws"),
  lazy: false,
  retryAttempts: Infinity,
});

async function applyChange(change) {
  const drawn = cy.getElementById(change.id);
  if (change.operation === "DELETED") {
    if (drawn.empty()) return;
    const label = drawn.data("label");
    cy.remove(drawn);
    renderDrawnList();
    status(`${label} was deleted.`);
    return;
  }
  const data = await graphql(url, NEIGHBOURHOOD, { id: change.id, depth: EXPAND_DEPTH });
  const neighbourhood = data.neighborhood;
  if (!neighbourhood) return;
  if (drawn.empty()) {
    // Not drawn: only worth drawing when it now links to something that is.
    const touching = neighbourhood.edges.filter(
      (e) => cy.getElementById(e.source).nonempty() || cy.getElementById(e.target).nonempty(),
    );
    if (!touching.length) return;
    const self = neighbourhood.nodes.filter((n) => n.id === change.id);
    const anchor = cy.getElementById(touching[0].source === change.id ? touching[0].target : touching[0].source);
    addNeighbourhood({ nodes: self, edges: touching }, { ...anchor.position() });
    layout(false);
    status(`${self[0]?.label ?? "A node"} now links to the drawing.`);
    // The facts shown may be of a node it now links to (a person's credits): read them again.
    if (shownId && touching.some((e) => e.source === shownId || e.target === shownId)) {
      await showFacts(shownId);
    }
    return;
  }
  const changed = neighbourhood.nodes.find((n) => n.id === change.id);
  if (changed) drawn.data("label", changed.label);
  if (!neighbourhood.truncated) {
    const current = new Set(neighbourhood.edges.map((e) => `${e.source}|${e.type}|${e.target}`));
    cy.remove(drawn.connectedEdges().filter((edge) => !current.has(edge.id())));
  }
  const added = addNeighbourhood(neighbourhood, { ...drawn.position() });
  if (added) layout(false);
  renderDrawnList();
  status(`${drawn.data("label")} changed.`);
  if (shownId === change.id) await showFacts(change.id);
}

live.subscribe(
  { query: CHANGES },
  {
    next: ({ data }) => {
      if (data?.changes) applyChange(data.changes).catch((error) => status(error.message));
    },
    error: () => status("Live changes are not available right now."),
    complete: () => {},
  },
);

// ---- search ----

function hitLabel(node) {
  switch (node.__typename) {
    case "Person":
      return [node.name, node.description ?? "person"];
    case "Song":
      return [node.title, ["song", names(node.artists), node.releaseDate?.slice(0, 4)].filter(Boolean).join(" · ")];
    default:
      return [node.title, ["album", names(node.artists)].filter(Boolean).join(" · ")];
  }
}

$("search").addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = $("search-text").value.trim();
  if (!text) return;
  status("Searching…");
  try {
    const data = await graphql(url, SEARCH, { text });
    $("hits").replaceChildren(
      ...data.search.map(({ node }) => {
        const [name, detail] = hitLabel(node);
        return el(
          "li",
          {},
          el(
            "button",
            {
              type: "button",
              "data-kind": node.__typename,
              onclick: () => {
                $("hits").replaceChildren();
                start(node.id).catch((error) => status(error.message));
              },
            },
            el("strong", {}, name),
            " ",
            el("span", { class: "muted" }, detail),
          ),
        );
      }),
    );
    status(data.search.length ? "Choose a result to draw its neighbourhood." : "No matches.");
  } catch (error) {
    status(error.message);
  }
});

// Open beside a wide drawing; folded on a phone, where the drawing needs the room.
$("legend-box").open = !NARROW.matches;
$("legend").replaceChildren(
  ...Object.entries(COLOURS)
    .filter(([kind]) => !LISTED_NOT_DRAWN.has(kind))
    .map(([kind, colour]) => {
      const swatch = el("span", { class: "swatch" });
      swatch.style.backgroundColor = colour;
      return el("li", {}, swatch, kind);
    }),
);
