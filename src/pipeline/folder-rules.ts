/** How far a folder is looked into: a whole disk given by mistake must not hang the page or the CLI. */
export const FOLDER_LIMITS = { depth: 8, entries: 5000 } as const;

/**
 * The kinds of workbook a unit's report comes in. An .xlsm is an .xlsx saved as Excel Macro-Enabled
 * Workbook, read by the same reader (which never runs a macro): left out of a folder, its unit was
 * listed as sending nothing.
 */
export const REPORT_EXTENSIONS: readonly string[] = [".xlsx", ".xlsm", ".xls", ".ods"];

/**
 * Compressed folders, which units send their reports in: not opened (a zip is a hostile container's
 * commonest shape), but named, so staff unpack them rather than find the unit listed as sending nothing.
 */
const ARCHIVE_EXTENSIONS: readonly string[] = [".zip", ".rar", ".7z"];

/** Whether a file is a compressed folder (`ARCHIVE_EXTENSIONS`). */
export const isArchive = (name: string): boolean =>
  ARCHIVE_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension));

/** Inside a folder, a file of one of `extensions`; Excel's "~$" lock files and hidden files are none. */
export function isTakenFromFolder(name: string, extensions: readonly string[] = REPORT_EXTENSIONS): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith("~$") || lower.startsWith(".")) return false;
  return extensions.length === 0 || extensions.some((extension) => lower.endsWith(extension));
}
