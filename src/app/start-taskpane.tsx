// The composition root of the task pane and the page: it alone knows both hosts and picks one.
import { createRoot } from "react-dom/client";
import { App, viewOf } from "../taskpane/App";
import { createFileHost } from "../taskpane/host/file-host";
import { HostError, type WorkbookHost } from "../host/workbook-host";
import { languageOf } from "../taskpane/i18n/context";
import { startJob } from "../taskpane/worker/spawn-worker";

const params = new URLSearchParams(window.location.search);
const root = createRoot(document.getElementById("root")!);

function render(host: WorkbookHost, lang: string | null | undefined) {
  root.render(
    <App host={host} startJob={startJob} initialView={viewOf(params.get("view"))} lang={languageOf(lang)} />,
  );
}

/** Inside Excel the live workbook is the host; in a plain browser page, files are. */
if (typeof Office !== "undefined") {
  void Office.onReady(async () => {
    const { createExcelHost } = await import(/* webpackChunkName: "excel-host" */ "../excel");
    const lang = Office.context.displayLanguage;
    try {
      render(createExcelHost(), lang);
    } catch (error) {
      if (!(error instanceof HostError)) throw error;
      root.render(<p role="alert">{error.text[languageOf(lang)]}</p>);
    }
  });
} else {
  render(createFileHost(), params.get("lang"));
}
