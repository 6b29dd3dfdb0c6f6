// Bundles the browser pages into one folder the app serves (default web/dist; SONGGRAPH_WEB_DIST or the
// first argument overrides it). File names carry a content hash, so the app can let browsers cache them
// for good; manifest.json maps each entry ("graphiql.js") to its hashed name for the HTML pages.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(process.argv[2] ?? process.env.SONGGRAPH_WEB_DIST ?? path.join(here, "dist"));

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

const result = await esbuild.build({
  absWorkingDir: here,
  entryPoints: { graphiql: "src/graphiql.jsx", explore: "src/explore.js" },
  outdir,
  bundle: true,
  minify: true,
  sourcemap: false,
  format: "iife",
  target: ["es2020"],
  jsx: "automatic",
  entryNames: "[name]-[hash]",
  assetNames: "assets/[name]-[hash]",
  loader: { ".woff": "file", ".woff2": "file", ".ttf": "file", ".svg": "file", ".png": "file" },
  define: { "process.env.NODE_ENV": '"production"' },
  legalComments: "linked",
  metafile: true,
  logLevel: "warning",
});

// "graphiql-AHDNZEZH.js" and its stylesheet are listed as "graphiql.js" and "graphiql.css".
const manifest = {};
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  if (!output.entryPoint) continue;
  for (const built of [file, output.cssBundle].filter(Boolean)) {
    const name = path.basename(built);
    manifest[name.replace(/-[A-Z0-9]+\./, ".")] = name;
  }
}
await writeFile(path.join(outdir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`web: built ${Object.keys(manifest).sort().join(", ")} into ${outdir}`);
