// Bench-only: the real task pane and its roll-up worker, writing into an Excel that only takes requests,
// so that Chromium measures the pane's own main-thread work while a summary is written. Built by
// src/cli/bench/pane-write.ts into bench-output/, never into dist/.
import { mountPane } from "../../../src/app/mount-pane";
import { createExcelHost } from "../../../src/excel";
import type { WorkbookHost } from "../../../src/host/workbook-host";
import { startJob } from "../../../src/taskpane/worker/spawn-worker";
import { installNullExcel } from "../../excel/fakes/null-excel";

/** When the write began and ended (performance.now()), and what it sent, for the bench to read. */
export interface PaneWrite {
  start?: number;
  end?: number;
  requests?: number;
  /** Cells given to Excel (values or formulas set on ranges). */
  cells?: number;
  error?: string;
}

const excel = installNullExcel();
const paneWrite: PaneWrite = {};
(window as Window & { paneWrite?: PaneWrite }).paneWrite = paneWrite;
const real = createExcelHost();
const host: WorkbookHost = {
  ...real,
  // A blank workbook: the stand-in answers no reads, and the summary is written into a workbook holding none.
  live: {
    ...real.live!,
    readGrid: async () => ({ sheets: [], names: [] }),
    readMeta: async () => null,
    recoverInterrupted: async () => 0,
  },
  writeSummary: async (output, fileName, options) => {
    paneWrite.start = performance.now();
    try {
      await real.writeSummary(output, fileName, options);
    } catch (error) {
      paneWrite.error = String(error);
      throw error;
    } finally {
      paneWrite.end = performance.now();
      paneWrite.requests = excel.syncs();
      paneWrite.cells = excel.cells();
    }
  },
};
mountPane().render({ host, startJob });
