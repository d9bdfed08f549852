import type { WorkbookHost } from "../host/workbook-host";
import { clearMarks, markFindings, selectCell } from "./findings";
import { insertReport } from "./insert-report";
import { readGrid } from "./read-grid";
import { requireExcelApi } from "./requirements";
import { writeSummary } from "./write-summary";

/** The live-workbook host; throws a HostError on an Excel too old for it, before anything is written. */
export function createExcelHost(): WorkbookHost {
  requireExcelApi();
  return {
    kind: "excel",
    insertReport,
    writeSummary,
    live: { readGrid, selectCell, markFindings, clearMarks },
  };
}
