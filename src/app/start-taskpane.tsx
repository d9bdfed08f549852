// The composition root of the task pane and the page: it alone knows both hosts and picks one.
import { createRoot } from "react-dom/client";
import type { WorkbookHost } from "../host/workbook-host";
import { App, viewOf } from "../taskpane/App";
import { createFileHost } from "../taskpane/host/file-host";
import { languageOf } from "../taskpane/i18n/context";
import type { Lang } from "../core/text";
import { startJob } from "../taskpane/worker/spawn-worker";
import { StartupFailure } from "./startup-failure";

const params = new URLSearchParams(window.location.search);
let lang: Lang = languageOf(params.get("lang"));
const fail = (error: unknown) => root.render(<StartupFailure error={error} lang={lang} />);
// An error while rendering would otherwise leave the pane blank.
const root = createRoot(document.getElementById("root")!, { onUncaughtError: fail });

function render(host: WorkbookHost) {
  root.render(<App host={host} startJob={startJob} initialView={viewOf(params.get("view"))} lang={lang} />);
}

/** Inside Excel the live workbook is the host; in a plain browser page, files are. */
if (typeof Office !== "undefined") {
  // A promise chain, so that a failed chunk load or host check reaches `fail` like any other error.
  Office.onReady()
    .then(async () => {
      lang = languageOf(Office.context.displayLanguage);
      const { createExcelHost } = await import(/* webpackChunkName: "excel-host" */ "../excel");
      render(createExcelHost());
    })
    .catch(fail);
} else {
  render(createFileHost());
}
