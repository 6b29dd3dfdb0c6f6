// @neo4j/graphql under @apollo/server over the songgraph store, for the benchmark (bench/run.py starts it).
// Settings from the environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, PEER_PORT.
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const driver = neo4j.driver(
  process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687",
  neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? "songgraph"),
);
const database = process.env.NEO4J_DATABASE ?? "neo4j";

// PEER_CAPTURE=1 (the benchmark's second instance, never the timed one): each response carries the Cypher
// statements and parameters the library ran for it, in `extensions.cypher`, so the bench can PROFILE them.
const capture = process.env.PEER_CAPTURE === "1";
let ran = [];
const plain = (value) =>
  JSON.parse(JSON.stringify(value, (_key, v) => (neo4j.isInt(v) ? { $int: v.toString() } : v)));
const recording = {
  get(target, name) {
    if (name !== "session") return Reflect.get(target, name);
    return (...args) => {
      const session = target.session(...args);
      const wrap = (fn) => (work) =>
        fn.call(session, (tx) =>
          work({
            run: (cypher, params) => {
              ran.push({ cypher, params: plain(params ?? {}) });
              return tx.run(cypher, params);
            },
          }),
        );
      session.executeRead = wrap(session.executeRead);
      session.executeWrite = wrap(session.executeWrite);
      return session;
    };
  },
};
const schema = await new Neo4jGraphQL({ typeDefs, driver: capture ? new Proxy(driver, recording) : driver }).getSchema();
const plugins = capture
  ? [
      {
        async requestDidStart() {
          ran = [];
          return {
            async willSendResponse({ response }) {
              if (response.body.kind === "single") {
                response.body.singleResult.extensions = { cypher: ran };
              }
            },
          };
        },
      },
    ]
  : [];
const server = new ApolloServer({ schema, plugins });
const { url } = await startStandaloneServer(server, {
  listen: { host: "127.0.0.1", port: Number(process.env.PEER_PORT ?? 4000) },
  context: async () => ({ sessionConfig: { database } }),
});
console.log(`peer: @neo4j/graphql at ${url}`);

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  });
}
