// The composition root of the task pane and the page: it alone knows both hosts and picks one.
import { WORDS } from "../core/vocabulary";
import { createFileHost } from "../taskpane/host/file-host";
import { startJob } from "../taskpane/worker/spawn-worker";
import { refusedJobs } from "../taskpane/worker/start-job";
import { mountPane } from "./mount-pane";
import { registerRibbonCommands } from "./ribbon-commands";
import { paneWriter } from "./pane-writer";

const pane = mountPane();

/** Inside Excel the live workbook is the host; in a plain browser page, files are. */
if (typeof Office !== "undefined") {
  // At once, not after onReady: a button's click loads this page and then calls its function.
  registerRibbonCommands();
  // A promise chain, so that a failed chunk load or host check reaches `fail` like any other error.
  Office.onReady()
    .then(async () => {
      pane.setLanguage(Office.context.displayLanguage);
      const { createExcelHost, newWriterId } = await import(/* webpackChunkName: "excel-host" */ "../excel");
      const host = createExcelHost({ writer: paneWriter(newWriterId) });
      pane.render({ host, startJob });
      // After the first render: Excel holds a request while a cell is being edited, and the pane must not
      // wait for that. A failure here (a protected workbook) is met again, and explained, by the next write.
      const recovered = await host.live!.recoverInterrupted().catch(() => 0);
      if (recovered > 0) pane.render({ host, startJob, notice: "interrupted" });
    })
    .catch(pane.fail);
} else if (window.location.protocol === "file:") {
  // Opened from disk, the browser lets the page start no worker from its files: thidua.html can.
  pane.render({
    host: createFileHost(),
    startJob: refusedJobs(WORDS.pane.notices.fromDisk),
    notice: "fromDisk",
  });
} else {
  pane.render({ host: createFileHost(), startJob });
}
