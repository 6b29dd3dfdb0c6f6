import { explorerPlugin } from "@graphiql/plugin-explorer";
import { useEditorContext } from "@graphiql/react";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQLInterface, GraphiQLProvider } from "graphiql";
import { createClient } from "graphql-ws";
import { useEffect } from "react";
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

// GraphiQL wraps only the response's long lines; the query, variables and headers would run on under the
// editor's buttons (and off a phone's screen), so they wrap too. The editors are made once and kept across
// tabs, so setting the option when each appears is enough.
function WrapLongLines() {
  const editors = useEditorContext({ nonNull: true, caller: WrapLongLines });
  const { queryEditor, variableEditor, headerEditor } = editors;
  useEffect(() => {
    for (const editor of [queryEditor, variableEditor, headerEditor]) editor?.setOption("lineWrapping", true);
  }, [queryEditor, variableEditor, headerEditor]);
  return null;
}

// GraphiQL is its provider around its interface; composing the two lets WrapLongLines reach the editors.
createRoot(document.getElementById("graphiql")).render(
  <GraphiQLProvider fetcher={fetcher} plugins={[explorer]} defaultTabs={config.tabs}>
    <WrapLongLines />
    <GraphiQLInterface defaultEditorToolsVisibility={true} showPersistHeadersSettings={true} />
  </GraphiQLProvider>,
);
