import { columnLetters, quoteSheet, type Area } from "../../../core/grid/a1";
import { pageTextCodes } from "../../../core/layout/page-codes";
import { printAreas, type PlanPageText, type SheetPlan } from "../../../core/layout/plan";
import { xmlText } from "./xml-text";

/** Excel's paper size number for A4. */
const A4 = 9;
const LAST_COLUMN = 16_383;
const LAST_ROW = 1_048_575;

/** A sheet that prints fitted to pages says so first of all, in its sheetPr (CT_Worksheet's order). */
export const sheetPrXml = (sheet: SheetPlan): string =>
  sheet.print && !sheet.print.wide ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "";

/** A row's height attributes, for a row the plan gives a height. */
export const rowHeightXml = (height: number | undefined): string =>
  height === undefined ? "" : ` ht="${height}" customHeight="1"`;

function pageText(text: PlanPageText | undefined): string {
  if (!text) return "";
  const { left, center, right } = pageTextCodes(text);
  return xmlText(`${left ? `&L${left}` : ""}${center ? `&C${center}` : ""}${right ? `&R${right}` : ""}`);
}

/** Manual breaks, each brk's id the row or column that begins a page, counted from 0. */
function breaksXml(element: "rowBreaks" | "colBreaks", ids: readonly number[], max: number): string {
  if (ids.length === 0) return "";
  const breaks = ids.map((id) => `<brk id="${id}" max="${max}" man="1"/>`).join("");
  return `<${element} count="${ids.length}" manualBreakCount="${ids.length}">${breaks}</${element}>`;
}

/**
 * What follows pageMargins, in CT_Worksheet's order: the page setup (A4, the plan's orientation, one page
 * wide and as many tall as the plan fits it to or as it takes, fitToHeight 0 meaning "automatic"; or a table several pages wide at
 * its scale, across then down), the header and footer in Excel's codes, and the row and column breaks.
 */
export function pageSetupXml(sheet: SheetPlan): string {
  const print = sheet.print;
  if (!print) return "";
  const fit = print.wide
    ? `scale="${print.wide.scale}" pageOrder="overThenDown"`
    : `fitToWidth="1" fitToHeight="${print.tall ?? 0}"`;
  const setup = `<pageSetup paperSize="${A4}" ${fit} orientation="${print.orientation}"/>`;
  const header = pageText(print.header);
  const footer = pageText(print.footer);
  const headerFooter =
    header || footer
      ? `<headerFooter>${header ? `<oddHeader>${header}</oddHeader>` : ""}${footer ? `<oddFooter>${footer}</oddFooter>` : ""}</headerFooter>`
      : "";
  return (
    setup +
    headerFooter +
    breaksXml("rowBreaks", print.breaks ?? [], LAST_COLUMN) +
    breaksXml("colBreaks", print.wide?.columnBreaks ?? [], LAST_ROW)
  );
}

/**
 * The defined names Excel keeps a sheet's print area (a preface's, then the strips') and its repeated rows
 * under, each scoped to its sheet by the sheet's position in the workbook.
 */
export function printNamesXml(sheets: readonly SheetPlan[]): string[] {
  return sheets.flatMap(({ name, print }, i) => {
    if (!print) return [];
    const sheet = quoteSheet(name);
    const names: string[] = [];
    const define = (builtIn: string, ref: string) =>
      names.push(`<definedName name="_xlnm.${builtIn}" localSheetId="${i}">${xmlText(ref)}</definedName>`);
    const ref = ({ top, left, bottom, right }: Area) =>
      `${sheet}!$${columnLetters(left)}$${top + 1}:$${columnLetters(right)}$${bottom + 1}`;
    const areas = printAreas(print);
    if (areas.length > 0) define("Print_Area", areas.map(ref).join(","));
    // Excel lists the repeated columns before the repeated rows, as one name.
    const titles: string[] = [];
    if (print.wide) {
      const { left, right } = print.wide.repeatColumns;
      titles.push(`${sheet}!$${columnLetters(left)}:$${columnLetters(right)}`);
    }
    if (print.repeatRows)
      titles.push(`${sheet}!$${print.repeatRows.top + 1}:$${print.repeatRows.bottom + 1}`);
    if (titles.length > 0) define("Print_Titles", titles.join(","));
    return names;
  });
}
