import type { LiveWorkbook } from "../../src/host/workbook-host";

/**
 * An open workbook for the pane's tests: it holds nothing, does what it is asked and has written nothing,
 * but for what a test gives it (`own`).
 */
export const liveWorkbook = (own: Partial<LiveWorkbook> = {}): LiveWorkbook => ({
  readGrid: async () => ({ sheets: [], names: [] }),
  readMeta: async () => null,
  selectCell: async () => undefined,
  markFindings: async () => undefined,
  clearMarks: async () => undefined,
  recoverInterrupted: async () => 0,
  lastWrite: async () => undefined,
  undoLastWrite: async () => ({ kind: "summary", undo: true }),
  ...own,
});
