import { columnLetters, quoteSheet } from "../../../core/grid/a1";
import { pageTextCodes } from "../../../core/layout/page-codes";
import type { PlanPageText, SheetPlan } from "../../../core/layout/plan";
import { xmlText } from "./xml-text";

/** Excel's paper size number for A4. */
const A4 = 9;
const LAST_COLUMN = 16_383;

/** A sheet that prints fitted to pages says so first of all, in its sheetPr (CT_Worksheet's order). */
export const sheetPrXml = (sheet: SheetPlan): string =>
  sheet.print ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "";

/** A row's height attributes, for a row the plan gives a height. */
export const rowHeightXml = (height: number | undefined): string =>
  height === undefined ? "" : ` ht="${height}" customHeight="1"`;

function pageText(text: PlanPageText | undefined): string {
  if (!text) return "";
  const { left, center, right } = pageTextCodes(text);
  return xmlText(`${left ? `&L${left}` : ""}${center ? `&C${center}` : ""}${right ? `&R${right}` : ""}`);
}

/**
 * What follows pageMargins, in CT_Worksheet's order: the page setup (A4, the plan's orientation, one page
 * wide and as many tall as it takes, fitToHeight 0 meaning "automatic"), the header and footer in Excel's
 * codes, and the row breaks (each brk's id is the row that begins a page, counted from 0).
 */
export function pageSetupXml(sheet: SheetPlan): string {
  const print = sheet.print;
  if (!print) return "";
  const setup = `<pageSetup paperSize="${A4}" orientation="${print.orientation}" fitToWidth="1" fitToHeight="0"/>`;
  const header = pageText(print.header);
  const footer = pageText(print.footer);
  const headerFooter =
    header || footer
      ? `<headerFooter>${header ? `<oddHeader>${header}</oddHeader>` : ""}${footer ? `<oddFooter>${footer}</oddFooter>` : ""}</headerFooter>`
      : "";
  const breaks = print.breaks ?? [];
  const rowBreaks =
    breaks.length > 0
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks
          .map((row) => `<brk id="${row}" max="${LAST_COLUMN}" man="1"/>`)
          .join("")}</rowBreaks>`
      : "";
  return setup + headerFooter + rowBreaks;
}

/**
 * The defined names Excel keeps a sheet's print area and its repeated rows under, each scoped to its sheet
 * by the sheet's position in the workbook.
 */
export function printNamesXml(sheets: readonly SheetPlan[]): string[] {
  return sheets.flatMap(({ name, print }, i) => {
    if (!print) return [];
    const sheet = quoteSheet(name);
    const names: string[] = [];
    const define = (builtIn: string, ref: string) =>
      names.push(`<definedName name="_xlnm.${builtIn}" localSheetId="${i}">${xmlText(ref)}</definedName>`);
    if (print.area) {
      const { top, left, bottom, right } = print.area;
      define(
        "Print_Area",
        `${sheet}!$${columnLetters(left)}$${top + 1}:$${columnLetters(right)}$${bottom + 1}`,
      );
    }
    if (print.repeatRows)
      define("Print_Titles", `${sheet}!$${print.repeatRows.top + 1}:$${print.repeatRows.bottom + 1}`);
    return names;
  });
}
