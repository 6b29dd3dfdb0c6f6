import { explorerPlugin } from "@graphiql/plugin-explorer";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { createRoot } from "react-dom/client";
import "graphiql/graphiql.css";
import "@graphiql/plugin-explorer/dist/style.css";
import "./graphiql.css";
import { pageConfig } from "./config.js";

const config = pageConfig("graphiql-config");
const fetcher = createGraphiQLFetcher({ url: config.url ?? "/graphql" });
const explorer = explorerPlugin();

createRoot(document.getElementById("graphiql")).render(
  <GraphiQL
    fetcher={fetcher}
    plugins={[explorer]}
    defaultTabs={config.tabs}
    defaultEditorToolsVisibility={true}
  />,
);
