import type { DecodedMeta, Finding, Text, WorkbookGrid, WorkbookPlan } from "../core";
import type { PreparedSheet } from "./excel-ready/prepared-sheet";

/**
 * What the task pane needs from wherever it runs: Excel (the live workbook) or a plain browser page
 * (files in, files out). The views talk only to this port; the hosts translate, they decide nothing.
 */
export interface WorkbookHost {
  readonly kind: "excel" | "file";
  /**
   * Biểu mẫu: Excel inserts the sheets into the open workbook; the file host downloads a workbook.
   * Excel refuses (a ReportExists, nothing changed) a workbook that already holds a report, unless
   * asked to replace it; replacing puts the new sheets and names in before that report's go, so the
   * workbook holds the whole of one or the other whatever fails.
   */
  insertReport(plan: WorkbookPlan, fileName: string, options?: InsertOptions): Promise<InsertResult>;
  /**
   * What this host wants a roll-up to hand it. The page takes the finished file, made where the roll-up
   * ran: a summary's sheet plan is hundreds of thousands of cells, too many to copy onto the page's thread.
   */
  readonly summaryOutput: SummaryOutput["kind"];
  /**
   * Tổng hợp: Excel builds the summary in new sheets and swaps them in when complete; the file host
   * downloads it. Excel refuses (a ReferencesWouldBreak, nothing changed) to replace a summary that the
   * user's own formulas point at, unless asked to break them.
   */
  writeSummary(output: SummaryOutput, fileName: string, options?: WriteOptions): Promise<void>;
  /** The file host only: many workbooks at once, as one .zip download. */
  downloadAll?(files: readonly { plan: WorkbookPlan; fileName: string }[], zipName: string): Promise<void>;
  /** Excel only: the open workbook, validated in place. */
  readonly live?: LiveWorkbook;
}

export interface InsertOptions {
  /** Replace the report the workbook holds (the pane asks the user first). */
  readonly replace?: boolean;
  /**
   * Replace it even though the user's formulas, names, lists, charts… point at its sheets (a
   * ReferencesWouldBreak otherwise; the pane asks first).
   */
  readonly breakReferences?: boolean;
}

export interface WriteOptions {
  /** Replace the previous summary even though the user's formulas point at it (the pane asks first). */
  readonly breakReferences?: boolean;
  /** Stops the write between two requests; what was built is removed, the previous summary kept. */
  readonly signal?: AbortSignal;
  /** How many of the summary's sheets are built, of how many. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A summary as a host takes it: Excel writes the sheet plan into the live workbook; a page downloads the file. */
export type SummaryOutput =
  | {
      readonly kind: "plan";
      readonly plan: WorkbookPlan;
      /** Each sheet's cells as Excel takes them, worked out in the roll-up's worker; the plan's cells are then left out. */
      readonly prepared?: readonly PreparedSheet[];
    }
  | { readonly kind: "xlsx"; readonly bytes: Uint8Array };

export interface InsertResult {
  /** The sheet names used (a user's sheet is never overwritten, so a name may differ from the plan's). */
  readonly sheets: readonly string[];
}

export interface LiveWorkbook {
  readGrid(): Promise<WorkbookGrid>;
  /** What the workbook's report says of itself (its metadata sheet alone is read), or null when it holds none. */
  readMeta(): Promise<DecodedMeta | null>;
  selectCell(sheet: string, address: string): Promise<void>;
  markFindings(findings: readonly Finding[]): Promise<void>;
  clearMarks(): Promise<void>;
  /**
   * Settles what a write cut short left (a pane reloaded or closed, Excel stopping a request midway):
   * the workbook ends with the whole of what it held before or, once the write had placed every new
   * sheet, the whole of what it wrote. Resolves to the number of sheets of an undone write removed, 0
   * when there was nothing to undo.
   */
  recoverInterrupted(): Promise<number>;
  /** The last write, when it kept what it replaced (until the next write) and can be undone; else undefined. */
  lastWrite(): Promise<UndoableWrite | undefined>;
  /**
   * Undoes the last write (see lastWrite): what it replaced back under its names, whole, and what it
   * wrote kept in its turn, so that undoing again redoes it. Refuses (a ReferencesWouldBreak, nothing
   * changed) when the user's formulas point at what it wrote, unless asked to break them.
   */
  undoLastWrite(options?: WriteOptions): Promise<UndoableWrite>;
}

/** The writes whose replaced sheets are kept for an undo. */
export type WriteKind = "summary" | "report" | "campaign";

/** A write that can be undone, and whether it is itself an undo (undoing it again redoes the write). */
export interface UndoableWrite {
  readonly kind: WriteKind;
  readonly undo: boolean;
}

/** A failure the user should read, in both languages (e.g. an Excel too old for an API the add-in needs). */
export class HostError extends Error {
  constructor(
    readonly text: Text,
    cause?: unknown,
  ) {
    super(text.en, cause === undefined ? undefined : { cause });
    this.name = "HostError";
  }
}
