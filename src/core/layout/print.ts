import type { Area } from "../grid/a1";
import { fill, type Text } from "../text/text";
import {
  areaSize,
  fitPagesScale,
  fitScale,
  orientationFitted,
  orientationFor,
  PAGE_SPARE,
  pagesDown,
  printableSize,
  rowsPoints,
} from "./page";
import type { PlanChart, PlanPageText, PlanPrint, SheetPlan } from "./plan";
import { prefaceArea } from "./preface";
import { widePrint, type WidePrint } from "./print-wide";
import { MOST_ROW_POINTS, wrappedRowHeights } from "./row-heights";
import { keptToRepeatedColumns } from "./strip-texts";
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
  /**
   * The columns that name a table's rows, printed again on every page where the table is too wide for
   * one (see widePrint); a sheet without them always prints one page wide.
   */
  readonly repeatColumns?: WidePrint["repeatColumns"];
  /**
   * The row a table printed in strips begins at, where the rows above it hold more than its repeated
   * columns can carry on every strip (a table of their own): those print on a page of their own first.
   */
  readonly tableTop?: number;
  /**
   * Whether the texts outside a table printed in strips are kept to its repeated columns (see
   * keptToRepeatedColumns): where those columns are wide enough to read a title in.
   */
  readonly textsInRepeatedColumns?: boolean;
  /** How many pages tall it is fitted to (see PlanPrint's `tall`); as many as it takes where absent. */
  readonly tall?: number;
  /**
   * With `tall`, the least scale those pages may print it at: where they would shrink it more, and its width
   * would let it print larger, it prints as many pages tall as it takes instead (see fittedTall).
   */
  readonly leastScale?: number;
  /** Rows printed on one page where the sheet prints on several (a form's signature block and the row above it). */
  readonly keptTogether?: Area;
}

/** The cells a chart lies over. */
const chartArea = ({ anchor, size }: PlanChart): Area => ({
  top: anchor.row,
  left: anchor.col,
  bottom: anchor.row + size.rows - 1,
  right: anchor.col + size.cols - 1,
});

/**
 * Where pages must break so that each block of rows stays whole (a chart, top to bottom): before every
 * block that would not fit, with a tenth of the page to spare, on the page the last break began (the first
 * page, from the area's top, when there is none). A page after a break holds less than the first: the
 * repeated rows come first.
 */
function breaksFor(
  blocks: readonly Area[],
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
  for (const chart of (plan.charts ?? []).map(chartArea)) reach(chart.bottom, chart.right);
  return { top: 0, left: 0, bottom, right };
}

const cut = (text: string) =>
  text.length > MAX_FOOTER_NAME ? `${text.slice(0, MAX_FOOTER_NAME - 1).trimEnd()}…` : text;

/**
 * Every page's header and footer: the unit and the period alone across the top; the sheet's name on the
 * left of the foot, so a loose page says which form it is, and "Trang 2/3 · Page 2/3" on its right. (The
 * unit and the period once sat between them and ran under the page number on a portrait page: red team,
 * round 35.)
 */
export function pageTexts(
  sheetName: string,
  about?: PrintedAbout,
): { readonly header?: PlanPageText; readonly footer: PlanPageText } {
  return {
    ...(about
      ? {
          header: {
            center: fill(WORDS.print.about, { unit: cut(about.unit), period: cut(about.period) }).vi,
          },
        }
      : {}),
    footer: { left: sheetName, right: `${WORDS.print.page.vi} · ${WORDS.print.page.en}` },
  };
}

/**
 * What must not be cut between two pages side by side: the repeated headings that span columns, and the
 * charts.
 */
function wholeAcross(plan: SheetPlan, repeatRows: PrintOptions["repeatRows"]): Area[] {
  const headings = repeatRows
    ? plan.merges.filter(({ top, bottom }) => top <= repeatRows.bottom && bottom >= repeatRows.top)
    : [];
  return [...headings, ...(plan.charts ?? []).map(chartArea)];
}

/** The plan as its strips print it from a row down, and its rows' heights so laid. */
interface Laid {
  readonly plan: SheetPlan;
  readonly heights: Map<number, number>;
}

/**
 * The plan as its strips print it, by the row the table starts on: the texts outside the table from there
 * down kept to the repeated columns, where asked (see keptToRepeatedColumns), and its rows tall enough for
 * their wrapped texts and for the heights `plan` asked for. Each start is laid once: choosing where the
 * table starts lays it from two rows, and the chosen one is laid again to print.
 */
function stripLayouts(plan: SheetPlan, wide: WidePrint | null, options: PrintOptions): (top: number) => Laid {
  const byTop = new Map<number, Laid>();
  let wrapped: Map<number, number> | undefined;
  return (top) => {
    let laid = byTop.get(top);
    if (!laid) {
      const strips =
        wide && options.textsInRepeatedColumns
          ? keptToRepeatedColumns(plan, wide.repeatColumns, (row) => row < top)
          : plan;
      const heights = rewrappedRowHeights(strips, plan, (wrapped ??= wrappedRowHeights(plan)));
      for (const { row, height } of plan.rowHeights ?? [])
        heights.set(row, Math.min(MOST_ROW_POINTS, Math.max(height, heights.get(row) ?? 0)));
      byTop.set(top, (laid = { plan: strips, heights }));
    }
    return laid;
  };
}

/**
 * The rows' heights for their wrapped texts (see wrappedRowHeights) in `strips`, made from `plan` by
 * changing some cells and merged areas: each row's height is its own cells', so only the rows where those
 * changed are wrapped again, the others' heights `wrapped` in `plan`. A table laid from two rows wraps
 * its thousand rows once, not twice.
 */
function rewrappedRowHeights(
  strips: SheetPlan,
  plan: SheetPlan,
  wrapped: ReadonlyMap<number, number>,
): Map<number, number> {
  if (strips === plan) return new Map(wrapped);
  const [cells, merges] = [strips.cells, strips.merges];
  if (
    cells.length !== plan.cells.length ||
    merges.length < plan.merges.length ||
    strips.columnWidths !== plan.columnWidths
  )
    return wrappedRowHeights(strips);
  const changed = new Set<number>();
  for (let i = 0; i < cells.length; i++)
    if (cells[i] !== plan.cells[i]) changed.add(cells[i]!.row).add(plan.cells[i]!.row);
  for (let i = 0; i < merges.length; i++)
    if (merges[i] !== plan.merges[i]) {
      changed.add(merges[i]!.top);
      if (i < plan.merges.length) changed.add(plan.merges[i]!.top);
    }
  const heights = new Map([...wrapped].filter(([row]) => !changed.has(row)));
  const rewrapped = wrappedRowHeights({
    cells: cells.filter((cell) => changed.has(cell.row)),
    merges: merges.filter((area) => changed.has(area.top)),
    columnWidths: strips.columnWidths,
  });
  for (const [row, height] of rewrapped) heights.set(row, height);
  return heights;
}

/**
 * Room kept free when counting the page rows a table prints on: its rows are as tall as the file says in
 * every program (unlike its columns' widths, see PAGE_SPARE), so only for rounding. With PAGE_SPARE, 41
 * units were counted two page rows that LibreOffice printed on one, 10 pages more.
 */
const ROWS_SPARE = 0.02;

/**
 * Where a table printed in strips with its title block kept to the repeated columns begins instead, its
 * title block printed once on a page of its own (see prefaceArea), where that takes fewer pages: the
 * block, wrapped within the unit columns, is a few lines taller on every strip, and where it pushed the
 * table's last rows onto a page row of their own, 40 units printed 60 pages against 41, each strip's
 * total row alone on a page. Every strip prints each page row, so a page row saved is saved on every
 * strip, at least two pages for the one the title block takes. Undefined where the block stays.
 */
function titleBlockApart(
  used: Area,
  wide: WidePrint,
  options: PrintOptions,
  laidFrom: (top: number) => Laid,
): number | undefined {
  const headings = options.repeatRows;
  if (!options.textsInRepeatedColumns || !headings || headings.top <= used.top) return undefined;
  const page = printableSize("landscape").height / (wide.scale / 100);
  const pageRows = (top: number) => {
    const { heights } = laidFrom(top);
    const repeated = rowsPoints(headings.top, headings.bottom, heights);
    return pagesDown({ top, bottom: used.bottom }, (row) => rowsPoints(row, row, heights), {
      first: page * (1 - ROWS_SPARE),
      later: (page - repeated) * (1 - ROWS_SPARE),
    });
  };
  return pageRows(headings.top) < pageRows(used.top) ? headings.top : undefined;
}

/**
 * How many pages tall a sheet of this printed size is fitted to: those asked for, unless they would print it
 * below the least scale asked for while its width would let it print larger (a form of a province's forty
 * own indicators, fitted to one page, printed at 6 %: red team's "too small to sign" again, and the honest
 * report was refused as printed too small); then none, so that it prints one page wide on as many pages
 * as it takes.
 */
function fittedTall(size: { width: number; height: number }, options: PrintOptions): number | undefined {
  const { tall, leastScale } = options;
  if (!tall || leastScale === undefined) return tall;
  const scale = fitPagesScale(size, orientationFitted(size, tall), tall);
  const widthAllows = fitScale(size.width, orientationFor(size));
  return scale < Math.min(leastScale, widthAllows) ? undefined : tall;
}

/**
 * A sheet made ready for paper: rows tall enough for their wrapped texts (see wrappedRowHeights) besides
 * those the layout asked for, and a print setup of A4, one page wide and as many tall as it takes, turned
 * to landscape when the printed area is wider than a portrait page (see orientationFor), the heading rows
 * repeated, each chart kept off a page break, and a header and a footer on every page. A table too wide
 * for that, given the columns naming its rows, prints landscape several pages wide instead, across then
 * down (see widePrint), its texts outside the table kept to those columns where asked and the rows above
 * `tableTop` on a page of their own.
 */
export function printable(plan: SheetPlan, options: PrintOptions = {}): SheetPlan {
  const used = options.area ?? usedArea(plan);
  const across = wholeAcross(plan, options.repeatRows);
  const stripsKeeping = (whole: readonly Area[]) =>
    options.repeatColumns
      ? widePrint(
          used,
          plan.columnWidths,
          options.repeatColumns,
          whole,
          // Only the width: the strips are chosen before the texts above the table are wrapped into them.
          areaSize(used, plan.columnWidths, new Map()).width,
        )
      : null;
  const wide = stripsKeeping(across);
  const laidFrom = stripLayouts(plan, wide, options);
  const tableTop = wide ? (options.tableTop ?? titleBlockApart(used, wide, options, laidFrom)) : undefined;
  const preface =
    wide && tableTop !== undefined && tableTop > used.top
      ? prefaceArea(plan, used, { top: used.top, bottom: tableTop - 1 }, wide.scale)
      : undefined;
  // The preface's page breaks where the strips do: none may fall inside it (the grades beside the scoring
  // rules printed on a page of their own).
  const strips = preface ? { ...stripsKeeping([...across, preface])!, preface } : wide;
  const area = preface ? { ...used, top: preface.bottom + 1 } : used;
  const { plan: laid, heights } = laidFrom(area.top);
  // LibreOffice prints a hidden sheet that has a print area: a hidden sheet keeps the used range.
  const shown = plan.visibility === "visible";
  const size = areaSize(area, plan.columnWidths, heights);
  const tall = wide ? undefined : fittedTall(size, options);
  const orientation = wide ? "landscape" : tall ? orientationFitted(size, tall) : orientationFor(size);
  const scale = wide
    ? wide.scale / 100
    : tall
      ? fitPagesScale(size, orientation, tall)
      : fitScale(size.width, orientation);
  const rowsHeight = (top: number, bottom: number) => rowsPoints(top, bottom, heights);
  const repeated = options.repeatRows ? rowsHeight(options.repeatRows.top, options.repeatRows.bottom) : 0;
  const page = printableSize(orientation).height / scale;
  const kept = !tall && options.keptTogether ? [options.keptTogether] : [];
  const breaks = breaksFor(
    [...(plan.charts ?? []).map(chartArea), ...kept].sort((a, b) => a.top - b.top),
    area.top,
    { first: page, later: page - repeated },
    rowsHeight,
  );
  return {
    ...laid,
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
      ...(tall ? { tall } : {}),
      ...(strips ? { wide: strips } : {}),
      ...pageTexts(plan.name, options.about),
    },
  };
}
