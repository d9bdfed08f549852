import { render, screen, waitFor } from "@testing-library/react";
import { en, vi } from "../../src/core/vocabulary";
import { App, type View } from "../../src/taskpane/App";
import type { WorkbookHost } from "../../src/host/workbook-host";
import type { StartJob } from "../../src/taskpane/worker/start-job";

/** Renders the whole task pane on a given host, as the page bootstrap would, once its view's code is in. */
export async function renderApp(
  host: WorkbookHost,
  startJob: StartJob,
  view: View = "templates",
  lang: "vi" | "en" = "vi",
) {
  const rendered = render(<App host={host} startJob={startJob} initialView={view} lang={lang} />);
  await waitFor(() => expect(screen.queryByText((lang === "en" ? en : vi).pane.viewOpening)).toBeNull());
  return rendered;
}

export const noJobs: StartJob = () => {
  throw new Error("no job expected");
};
