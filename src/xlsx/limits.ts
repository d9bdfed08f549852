import { FileError } from "./errors";
import { WORDS } from "../core/vocabulary";

/** How much a received file may hold before it is refused unread; callers may tighten or loosen each. */
export interface ReadLimits {
  readonly maxFileBytes: number;
  readonly maxZipEntries: number;
  /** Counted while inflating: the sizes a zip declares can lie. */
  readonly maxInflatedBytes: number;
  /**
   * The most any one zip entry may inflate to, counted the same way. The parser holds a whole sheet's XML
   * and then an object per cell, so this bounds its memory before the cell cap can be checked. Every entry
   * is held to it, not only those named like sheets: the parser finds sheets through the workbook's
   * relationships, so a sheet can sit under any name.
   */
  readonly maxPartBytes: number;
  readonly maxCells: number;
  /** Rows read per sheet; a sheet reaching it is refused rather than silently cut. */
  readonly maxRowsPerSheet: number;
  /**
   * The largest .xls read. SheetJS holds an .xls's every stream, and objects for its records, many times
   * its size: a valid .xls of 7-10 MB ran a reading thread out of memory at a point where Node ends the
   * whole process (red team, round 45), taking the roll-up with it. A unit's report is about 150 KB.
   */
  readonly maxCompoundFileBytes: number;
}

const MiB = 1024 * 1024;

/**
 * A unit's report inflates to under 100 KiB (.xlsx) or 200 KiB (.ods), and a summary of 1,000 units to
 * 6.4 MiB with its largest sheet at 2.3 MiB, so the inflation caps leave several times that room. An .ods
 * keeps every sheet in one part at about 150 bytes a cell: a summary of more than about 600 units saved
 * as .ods goes over the part cap, and a caller reading one must raise it.
 */
export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 20 * MiB,
  maxZipEntries: 2_000,
  maxInflatedBytes: 32 * MiB,
  maxPartBytes: 16 * MiB,
  maxCells: 200_000,
  maxRowsPerSheet: 20_000,
  maxCompoundFileBytes: 4 * MiB,
};

export function resolveLimits(overrides: Partial<ReadLimits> = {}): ReadLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}

/**
 * Refuses a file by its size alone, so a caller that knows the size (from the file system or a browser's
 * File) can refuse a huge file before reading it into memory.
 */
export function checkFileSize(size: number, fileName: string, limits: Partial<ReadLimits> = {}): void {
  const max = resolveLimits(limits).maxFileBytes;
  if (size > max) throw new FileError(WORDS.file.tooLarge, fileName, { size, max });
}

/**
 * Conditional-format rules (each style or data bar) a sheet may hold, and areas their ranges may list
 * (summed over the sheet). A report's sheet has a handful of each (the product's own error marks add
 * one rule per sheet); more is refused with its reason rather than judged for seconds.
 */
export const MAX_CONDITIONAL_RULES = 1_000;
export const MAX_CONDITIONAL_AREAS = 10_000;

/**
 * The longest number format read, in characters: Excel's own limit. A longer one only a hostile file
 * holds, and rendering it costs memory by its length for every figure; it is refused before any is.
 */
export { MAX_FORMAT_LENGTH } from "../core/number-formats/number-formats";

/**
 * The most sheets a workbook may have. A report has fewer than 20 (its forms and metadata); Excel sets no
 * limit, and each sheet costs a reader and a check its own work, so more are refused unread.
 */
export const MAX_SHEETS = 1_000;
