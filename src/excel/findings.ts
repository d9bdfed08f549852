import { runExcel } from "./excel-run";
import { fromA1 } from "../core/grid/a1";
import type { Finding } from "../core/findings/finding";
import { META_SHEET } from "../core/report/metadata";
import { fill } from "../core/text/text";
import { HostError } from "../host/workbook-host";
import { addressLists, rectanglesOf } from "../host/excel-ready/areas";
import { ourCellNames } from "./read-grid";
import { sheetKey } from "./sheet-names";
import { WORDS } from "../core/vocabulary";

/**
 * Our marks are conditional formats whose rule is this formula: always true, and carrying our name,
 * so clearing them can never take a user's own conditional format (a plain "=TRUE" might be theirs).
 */
export const MARK_FORMULA = '=N("TD_MARK")=0';
const MARK_FILL = "#FFC7CE";
const MARK_FONT = "#9C0006";

const isMark = (formula: unknown) =>
  typeof formula === "string" && formula.replace(/\s/g, "").toUpperCase() === MARK_FORMULA.toUpperCase();

/** The cells of error findings, by sheet; findings without a sheet and a cell are not marked. */
type At = { row: number; col: number };

function errorCells(findings: readonly Finding[]): Map<string, At[]> {
  const bySheet = new Map<string, At[]>();
  for (const f of findings) {
    const at = f.severity === "error" && f.sheet && f.cell ? fromA1(f.cell) : null;
    if (!at) continue;
    const key = sheetKey(f.sheet!);
    const cells = bySheet.get(key);
    if (cells) cells.push(at);
    else bySheet.set(key, [at]);
  }
  return bySheet;
}

function addMark(areas: Excel.RangeAreas): void {
  const mark = areas.conditionalFormats.add("Custom");
  mark.custom.rule.formula = MARK_FORMULA;
  mark.custom.format.fill.color = MARK_FILL;
  mark.custom.format.font.color = MARK_FONT;
}

/**
 * The sheets whose marks we may change. A protected sheet refuses conditional formats and Office.js
 * cannot tell a password-protected sheet (isPasswordProtected is Excel on the web only): so a
 * protected sheet is touched only if it is ours, holding TD_ names or being the metadata sheet, which
 * we protect without a password (a user's password on it is met per sheet, see applyMarks). Findings
 * are located by those names, so they are all on such sheets. Needs the sheets' protection and names.
 */
function markableSheets(
  worksheets: readonly Excel.Worksheet[],
  names: readonly Excel.NamedItem[],
): Excel.Worksheet[] {
  const ours = new Set(
    ourCellNames(
      names,
      worksheets.map((s) => s.name),
    ).map((n) => sheetKey(n.sheet)),
  );
  ours.add(sheetKey(META_SHEET));
  return worksheets.filter((sheet) => !sheet.protection.protected || ours.has(sheetKey(sheet.name)));
}

/**
 * Applies one sheet's marks, so that one sheet's failure leaves the others done. A protected sheet is
 * first unprotected in a request of its own: Office.js cannot tell a password before
 * (isPasswordProtected is Excel on the web only), and an unprotect that fails alone, other than in
 * cell edit mode, means a password the user set: the sheet is reported, not fatal. If the marks then
 * fail, the sheet is protected again as it was (a failed batch keeps the commands before the failure)
 * and the failure goes on.
 */
async function applyMarks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  previous: readonly Excel.ConditionalFormat[],
  cells: At[],
): Promise<"done" | "password"> {
  const { protected: wasProtected, options } = sheet.protection;
  if (wasProtected) {
    try {
      sheet.protection.unprotect();
      await context.sync();
    } catch (error) {
      if ((error as { code?: unknown }).code === CELL_EDIT_MODE) throw error;
      return "password";
    }
  }
  try {
    for (const format of previous) format.delete();
    for (const list of addressLists(rectanglesOf(cells))) addMark(sheet.getRanges(list));
    if (wasProtected) sheet.protection.protect(options);
    await context.sync();
    return "done";
  } catch (error) {
    if (wasProtected) await protectAgain(context, sheet.name, options);
    throw error;
  }
}

const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";

async function protectAgain(
  context: Excel.RequestContext,
  name: string,
  options: Excel.WorksheetProtectionOptions,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(name);
  sheet.load("protection/protected");
  await context.sync();
  if (sheet.protection.protected) return;
  sheet.protection.protect(options);
  await context.sync();
}

/**
 * Removes our previous marks and marks `findings`' error cells, in three syncs and one per sheet
 * changed (two if protected), whatever the number of findings: sheets, their protection and the names; the type of every
 * conditional format; the rule of the custom ones (loading rules of other types fails,
 * OfficeDev/office-js#2180); then each sheet's changes. Only markable sheets are touched (see
 * markableSheets); a protected one is unprotected and protected again with the options it had. A
 * sheet of ours a user put a password on is skipped and named in a HostError once the others are done.
 */
async function replaceMarks(findings: readonly Finding[]): Promise<void> {
  const skipped = await runExcel(async (context) => {
    const { worksheets, names } = context.workbook;
    worksheets.load("items/name,items/protection/protected,items/protection/options");
    names.load("items/name,items/type,items/formula");
    await context.sync();

    const sheets = markableSheets(worksheets.items, names.items);
    const formatsBySheet = sheets.map((sheet) => {
      const formats = sheet.getRange().conditionalFormats;
      formats.load("items/type");
      return formats;
    });
    await context.sync();

    const customBySheet = formatsBySheet.map((formats) =>
      formats.items
        .filter((format) => format.type === "Custom")
        .map((format) => {
          const rule = format.custom.rule;
          rule.load("formula");
          return { format, rule };
        }),
    );
    await context.sync();

    const wanted = errorCells(findings);
    const passwords: string[] = [];
    for (const [i, sheet] of sheets.entries()) {
      const previous = customBySheet[i]!.filter(({ rule }) => isMark(rule.formula)).map((p) => p.format);
      const cells = wanted.get(sheetKey(sheet.name)) ?? [];
      if (previous.length === 0 && cells.length === 0) continue;
      if ((await applyMarks(context, sheet, previous, cells)) === "password") passwords.push(sheet.name);
    }
    return passwords;
  });
  if (skipped.length > 0)
    throw new HostError(fill(WORDS.officeErrors.passwordSheets, { sheets: skipped.join(", ") }));
}

/** Marks the cells of error findings (light red), replacing earlier marks; the user's formatting stays. */
export const markFindings = (findings: readonly Finding[]) => replaceMarks(findings);

/** Removes every mark, and nothing else. */
export const clearMarks = () => replaceMarks([]);

/**
 * Shows a finding's cell: activates its sheet and selects the cell. Excel cannot show a hidden sheet's
 * cell; that is said (ours, the metadata: insert the template again; the user's: unhide it) rather than
 * left to Excel's error. Two syncs.
 */
export async function selectCell(sheetName: string, address: string): Promise<void> {
  await runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName).load("visibility");
    await context.sync();
    if (sheet.visibility !== "Visible") {
      const ours = sheetKey(sheetName) === sheetKey(META_SHEET);
      const text = ours ? WORDS.officeErrors.hiddenOurSheet : WORDS.officeErrors.hiddenSheet;
      throw new HostError(fill(text, { sheet: sheetName, cell: address }));
    }
    sheet.activate();
    sheet.getRange(address).select();
    await context.sync();
  });
}
