import { areaA1, columnLetters, toA1 } from "../core/grid/a1";
import { pageTextCodes } from "../core/layout/page-codes";
import { printAreas, type PlanPageText, type PlanPrint, type SheetPlan } from "../core/layout/plan";
import { commandBytes, type RequestBudget } from "./request-budget";

/**
 * The page layout's commands besides the breaks: paper, orientation, zoom, area, title rows and columns,
 * page order, six texts.
 */
const PAGE_COMMANDS = 14;

/** Consecutive rows of one height, each run set by one command. */
function heightRuns(rowHeights: NonNullable<SheetPlan["rowHeights"]>) {
  const runs: { top: number; count: number; height: number }[] = [];
  for (const { row, height } of [...rowHeights].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && last.height === height && last.top + last.count === row) last.count++;
    else runs.push({ top: row, count: 1, height });
  }
  return runs;
}

/** The plan's row heights, in points as the plan gives them (a row's height is the same unit in Excel). */
export async function writeRowHeights(
  sheet: Excel.Worksheet,
  budget: RequestBudget,
  rowHeights: SheetPlan["rowHeights"] = [],
): Promise<void> {
  for (const { top, count, height } of heightRuns(rowHeights)) {
    await budget.reserve(commandBytes(2, height));
    sheet.getRangeByIndexes(top, 0, count, 1).format.rowHeight = height;
  }
}

const coded = (text: PlanPageText | undefined): PlanPageText => (text ? pageTextCodes(text) : {});

/**
 * The plan's print setup, as the file writer gives it: A4, its orientation, one page wide and as many
 * tall as the plan fits it to or as it takes (or a wide table's scale, columns repeated and column breaks, across then down), the
 * print area (a wide table's preface its first area) and the rows repeated on every page, the header and
 * footer in Excel's codes (the same on every page), and its page breaks. No load, so no sync of its own.
 */
export async function writePrint(
  sheet: Excel.Worksheet,
  budget: RequestBudget,
  print: PlanPrint,
): Promise<void> {
  const breaks = print.breaks ?? [];
  const wide = print.wide;
  const columnBreaks = wide?.columnBreaks ?? [];
  await budget.reserve(
    commandBytes(PAGE_COMMANDS + breaks.length + columnBreaks.length, [print.header, print.footer]),
  );
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = wide
    ? { scale: wide.scale }
    : { horizontalFitToPages: 1, verticalFitToPages: print.tall ?? 0 };
  if (wide) {
    layout.printOrder = "OverThenDown";
    const { left, right } = wide.repeatColumns;
    layout.setPrintTitleColumns(`$${columnLetters(left)}:$${columnLetters(right)}`);
  }
  const areas = printAreas(print);
  if (areas.length > 0) layout.setPrintArea(areas.map(areaA1).join(","));
  if (print.repeatRows)
    layout.setPrintTitleRows(`$${print.repeatRows.top + 1}:$${print.repeatRows.bottom + 1}`);
  const texts = layout.headersFooters.defaultForAllPages;
  const header = coded(print.header);
  const footer = coded(print.footer);
  if (header.left) texts.leftHeader = header.left;
  if (header.center) texts.centerHeader = header.center;
  if (header.right) texts.rightHeader = header.right;
  if (footer.left) texts.leftFooter = footer.left;
  if (footer.center) texts.centerFooter = footer.center;
  if (footer.right) texts.rightFooter = footer.right;
  for (const row of breaks) sheet.horizontalPageBreaks.add(toA1(row, 0));
  for (const col of columnBreaks) sheet.verticalPageBreaks.add(toA1(0, col));
}
