// Runs the GraphQL over HTTP server audit of the graphql-http package against a running songgraph:
//   node audit.mjs http://127.0.0.1:8000/graphql
// Prints every audit that did not pass and a JSON summary as the last line; exits 1 on any error or warning.
import { auditServer } from "graphql-http";

const url = process.argv[2];
if (!url) {
  console.error("usage: node audit.mjs <graphql url>");
  process.exit(2);
}

const results = await auditServer({ url });
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
const failures = [];
for (const result of results) {
  counts[result.status] += 1;
  if (result.status === "ok") continue;
  const body = await result.response.text().catch(() => "");
  failures.push({ id: result.id, status: result.status, name: result.name, reason: result.reason });
  console.log(`${result.status.toUpperCase()} ${result.name}\n  ${result.reason}\n  status ${result.response.status}: ${body.slice(0, 300)}`);
}
console.log(JSON.stringify({ total: results.length, ...counts, failures }));
process.exit(counts.warn || counts.error ? 1 : 0);
