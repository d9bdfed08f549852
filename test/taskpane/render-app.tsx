import { render } from "@testing-library/react";
import { App, type View } from "../../src/taskpane/App";
import type { WorkbookHost } from "../../src/host/workbook-host";
import type { StartJob } from "../../src/taskpane/worker/start-job";

/** Renders the whole task pane on a given host, as the page bootstrap would. */
export function renderApp(
  host: WorkbookHost,
  startJob: StartJob,
  view: View = "templates",
  lang: "vi" | "en" = "vi",
) {
  return render(<App host={host} startJob={startJob} initialView={view} lang={lang} />);
}

export const noJobs: StartJob = () => {
  throw new Error("no job expected");
};
