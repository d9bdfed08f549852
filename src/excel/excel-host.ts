import { asHostError } from "../host/error-text";
import { HostError, type SummaryOutput, type WorkbookHost, type WriteOptions } from "../host/workbook-host";
import { clearMarks, markFindings, selectCell } from "./findings";
import { insertReport } from "./insert-report";
import { readGrid } from "./read-grid";
import { readMeta } from "./read-meta";
import { setWriter } from "./journal-owner";
import { lastWrite } from "./kept-write";
import { recoverInterrupted } from "./recover-interrupted";
import { requireExcelApi } from "./requirements";
import { undoLastWrite } from "./undo-last-write";
import { writeSummary } from "./write-summary";
import { WORDS } from "../core/vocabulary";
import { leftChanged, WriteFailed } from "../host/write-failed";

/** Every failure leaves the host as a HostError: what staff read is what to do, never Excel's own text. */
function readable<A extends unknown[], R>(action: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    try {
      return await action(...args);
    } catch (error) {
      throw asHostError(error);
    }
  };
}

/** The live-workbook host; throws a HostError on an Excel too old for it, before anything is written. `writer`: this pane's, kept for its
 * session so that a pane reloaded knows its own write cut short (see journal-owner).
 */
export function createExcelHost({ writer }: { writer?: string } = {}): WorkbookHost {
  requireExcelApi();
  if (writer) setWriter(writer);
  return {
    kind: "excel",
    insertReport: readable(insertReport),
    summaryOutput: "plan",
    writeSummary: readable(async (output: SummaryOutput, _fileName: string, options?: WriteOptions) => {
      if (output.kind !== "plan") throw new HostError(WORDS.officeErrors.unexpected);
      try {
        await writeSummary(output.plan, options, output.prepared);
      } catch (error) {
        // Whatever stopped it, a write the user cancelled is cancelled, and cleaned up; unless it had
        // gone too far to be undone (see WritePhase), when what the workbook holds is told instead.
        if (options?.signal?.aborted && !(error instanceof WriteFailed && leftChanged(error)))
          throw new HostError(WORDS.officeErrors.writeCancelled, error);
        throw error;
      }
    }),
    live: {
      readGrid: readable(readGrid),
      readMeta: readable(readMeta),
      selectCell: readable(selectCell),
      markFindings: readable(markFindings),
      clearMarks: readable(clearMarks),
      recoverInterrupted: readable(recoverInterrupted),
      lastWrite: readable(lastWrite),
      undoLastWrite: readable(undoLastWrite),
    },
  };
}
