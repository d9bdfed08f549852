import type { Area } from "../grid/a1";
import { fill, type Text } from "../text/text";
import { areaSize, orientationFor, pagePoints, rowsPoints } from "./page";
import type { PlanPageText, PlanPrint, SheetPlan } from "./plan";
import { wrappedRowHeights } from "./row-heights";
import { WORDS } from "../vocabulary";

/** A unit's or a period's name beyond this many characters is cut in a footer (Excel keeps 255 in all). */
const MAX_FOOTER_NAME = 80;

/** Who and which period a printed sheet is about, as the footer of every page says. */
export interface PrintedAbout {
  readonly unit: string;
  readonly period: string;
}

/** A report's or a summary's unit, by name and code, and its period. */
export const printedAbout = (
  unit: { readonly name: string; readonly code: string },
  period: { readonly label: Text },
): PrintedAbout => ({ unit: `${unit.name} (${unit.code})`, period: period.label.vi });

export interface PrintOptions {
  readonly about?: PrintedAbout;
  /** The heading rows printed again at the top of every page. */
  readonly repeatRows?: PlanPrint["repeatRows"];
  /** What prints, when not everything the sheet holds (see usedArea). */
  readonly area?: Area;
  /** Rows to keep on one page each, top to bottom: a chart and the figures beside it. */
  readonly keepTogether?: readonly { readonly top: number; readonly bottom: number }[];
}

/** Room kept free on a page, for what the estimate of its height may miss (see pagePoints). */
const PAGE_SPARE = 0.1;

/**
 * Where pages must break so that each block stays whole: before every block that would not fit, with a
 * tenth of the page to spare, on the page the last break began (the first page, from the area's top,
 * when there is none). A page after a break holds less than the first: the repeated rows come first.
 */
function breaksFor(
  blocks: NonNullable<PrintOptions["keepTogether"]>,
  top: number,
  page: { readonly first: number; readonly later: number },
  rowsHeight: (top: number, bottom: number) => number,
): number[] {
  const breaks: number[] = [];
  for (const block of blocks) {
    const start = breaks[breaks.length - 1];
    const room = start === undefined ? page.first : page.later;
    if (rowsHeight(start ?? top, block.bottom) > room * (1 - PAGE_SPARE)) breaks.push(block.top);
  }
  return breaks;
}

/** Everything a sheet holds, from A1: its cells, merged areas, rows given a height and charts. */
export function usedArea(plan: SheetPlan): Area {
  let [bottom, right] = [0, 0];
  const reach = (row: number, col: number) => {
    if (row > bottom) bottom = row;
    if (col > right) right = col;
  };
  for (const cell of plan.cells) reach(cell.row, cell.col);
  for (const merge of plan.merges) reach(merge.bottom, merge.right);
  for (const { row } of plan.rowHeights ?? []) reach(row, 0);
  for (const { anchor, size } of plan.charts ?? [])
    reach(anchor.row + size.rows - 1, anchor.col + size.cols - 1);
  return { top: 0, left: 0, bottom, right };
}

const cut = (text: string) =>
  text.length > MAX_FOOTER_NAME ? `${text.slice(0, MAX_FOOTER_NAME - 1).trimEnd()}…` : text;

/**
 * Every page's footer: the sheet's name on the left, so a loose page says which form it is; the unit and
 * the period in the centre; "Trang 2/3 · Page 2/3" on the right.
 */
export function pageFooter(sheetName: string, about?: PrintedAbout): PlanPageText {
  return {
    left: sheetName,
    ...(about
      ? { center: fill(WORDS.print.about, { unit: cut(about.unit), period: cut(about.period) }).vi }
      : {}),
    right: `${WORDS.print.page.vi} · ${WORDS.print.page.en}`,
  };
}

/**
 * A sheet made ready for paper: rows tall enough for their wrapped texts (see wrappedRowHeights) besides
 * those the layout asked for, and a print setup of A4, one page wide and as many tall as it takes, turned
 * to landscape when the printed area is wider than a portrait page (see orientationFor), the heading rows
 * repeated, and a footer on every page.
 */
export function printable(plan: SheetPlan, options: PrintOptions = {}): SheetPlan {
  const heights = wrappedRowHeights(plan);
  for (const { row, height } of plan.rowHeights ?? [])
    heights.set(row, Math.max(height, heights.get(row) ?? 0));
  const area = options.area ?? usedArea(plan);
  // LibreOffice prints a hidden sheet that has a print area: a hidden sheet keeps the used range.
  const shown = plan.visibility === "visible";
  const size = areaSize(area, plan.columnWidths, heights);
  const orientation = orientationFor(size);
  const rowsHeight = (top: number, bottom: number) => rowsPoints(top, bottom, heights);
  const repeated = options.repeatRows ? rowsHeight(options.repeatRows.top, options.repeatRows.bottom) : 0;
  const page = pagePoints(size.width, orientation);
  const breaks = breaksFor(
    options.keepTogether ?? [],
    area.top,
    { first: page, later: page - repeated },
    rowsHeight,
  );
  return {
    ...plan,
    ...(heights.size > 0
      ? {
          rowHeights: [...heights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height })),
        }
      : {}),
    print: {
      orientation,
      ...(shown ? { area } : {}),
      ...(options.repeatRows ? { repeatRows: options.repeatRows } : {}),
      ...(breaks.length > 0 ? { breaks } : {}),
      footer: pageFooter(plan.name, options.about),
    },
  };
}
