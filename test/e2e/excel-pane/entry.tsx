// Test-only: the real task pane on a stand-in for Excel, so that a browser can show (and the e2e
// screenshot) what only Excel shows — Mark and Clear, and the question before a report is replaced.
// Built by excel-pane.test.ts into test-output/, never into dist/.
import { createRoot } from "react-dom/client";
import { extract, type Finding } from "../../../src/core";
import type { LiveWorkbook } from "../../../src/host/workbook-host";
import { App, viewOf } from "../../../src/taskpane/App";
import type { StartJob } from "../../../src/taskpane/worker/start-job";
import { faultyOpenReport } from "../../taskpane/faulty-open-report";
import { reportHoldingHost } from "../../taskpane/report-holding-host";

/** What the pane asked of Excel, for the test to read. */
export interface PaneCalls {
  readonly inserts: { fileName: string; replace: boolean | undefined }[];
  readonly live: string[];
}

const holding = reportHoldingHost("P01 – Công đoàn P01");
const calls: PaneCalls = { inserts: holding.calls, live: [] };
(window as Window & { paneCalls?: PaneCalls }).paneCalls = calls;
const errorCells = (findings: readonly Finding[]) =>
  findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell}`);
const live: LiveWorkbook = {
  readGrid: async () => faultyOpenReport(),
  readMeta: async () => extract(faultyOpenReport()).meta,
  selectCell: async (sheet, cell) => void calls.live.push(`select ${sheet}!${cell}`),
  markFindings: async (findings) => void calls.live.push(`mark ${errorCells(findings).join(" ")}`),
  clearMarks: async () => void calls.live.push("clear"),
  recoverInterrupted: async () => 0,
  lastWrite: async () => undefined,
  undoLastWrite: async () => ({ kind: "summary", undo: true }),
};
const noJobs: StartJob = () => {
  throw new Error("Excel's views here run no job");
};

const view = viewOf(new URLSearchParams(window.location.search).get("view"));
createRoot(document.getElementById("root")!).render(
  <App host={{ ...holding.host, live }} startJob={noJobs} initialView={view} lang="vi" />,
);
