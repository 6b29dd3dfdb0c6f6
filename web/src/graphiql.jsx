import { explorerPlugin } from "@graphiql/plugin-explorer";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { createClient } from "graphql-ws";
import { createRoot } from "react-dom/client";
import "graphiql/graphiql.css";
import "@graphiql/plugin-explorer/dist/style.css";
import "./graphiql.css";
import { pageConfig } from "./config.js";

const config = pageConfig("graphiql-config");
const url = config.url ?? "/graphql";
// Subscriptions go over graphql-transport-ws on the same path (ws:// or wss:// as the page is served);
// the socket opens with the first subscription.
const socketUrl = new URL(url, window.location.href).href.replace(/^http/, "ws");
const fetcher = createGraphiQLFetcher({ url, wsClient: createClient({ url: socketUrl, lazy: true }) });
const explorer = explorerPlugin();

createRoot(document.getElementById("graphiql")).render(
  <GraphiQL
    fetcher={fetcher}
    plugins={[explorer]}
    defaultTabs={config.tabs}
    defaultEditorToolsVisibility={true}
  />,
);
