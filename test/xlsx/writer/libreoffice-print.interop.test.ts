import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import {
  defaultTargets,
  layoutReport,
  TEMPLATE_IDS,
  type PlanChart,
  type SheetPlan,
  type WorkbookPlan,
} from "../../../src/core";
import { columnPoints } from "../../../src/core/layout/page";
import { writeWorkbookPlan } from "../../../src/xlsx";
import { BAR_COLOR } from "../../../src/xlsx/writer/ooxml/chart-xml";
import { STRIP_ROOM } from "../../../src/core/layout/print-wide";
import { DEFAULT_COLUMN_WIDTH } from "../../../src/core/layout/row-heights";
import {
  a4Orientation,
  pixelsOf,
  printedPages,
  type PrintedPage,
  type PrintedWord,
} from "../../support/printed-pages";
import { PERIOD_2025_D1, unit } from "../../support/reports";
import {
  BLOC_NAMES,
  blocsSummary,
  provinceSummary,
  warnedSummary,
  listedSummary,
  yearSummary,
} from "../../support/summaries";

// Needs LibreOffice and poppler (pdfinfo, pdftotext, pdftoppm), like libreoffice.interop.test.ts.

/** A unit's name longer than the charts' column of names is wide. */
const LONG_UNIT = "Công đoàn các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh";

const OUT = path.resolve(__dirname, "../../../test-output/print");

/** The summary's sheet of charts. */
const chartsOf = (plan: WorkbookPlan) => plan.sheets.find((s) => s.charts)!;

/** The same workbook with the charts' first page break moved into the first chart: a chart cut in two. */
function chartCut(plan: WorkbookPlan): WorkbookPlan {
  const drawn = chartsOf(plan);
  const chart = drawn.charts![0]!;
  const print = { ...drawn.print!, breaks: [chart.anchor.row + Math.floor(chart.size.rows / 2)] };
  return { ...plan, sheets: plan.sheets.map((s) => (s === drawn ? { ...drawn, print } : s)) };
}

const pointsOf = (sheet: SheetPlan, left: number, right: number) => {
  let points = 0;
  for (let col = left; col <= right; col++)
    points += columnPoints(sheet.columnWidths[col] ?? DEFAULT_COLUMN_WIDTH);
  return points;
};
/** The repeated columns' width of a sheet printed in strips, in Excel's points. */
const repeatedWidth = (sheet: SheetPlan) =>
  pointsOf(sheet, sheet.print!.wide!.repeatColumns.left, sheet.print!.wide!.repeatColumns.right);
/** The widest heading spanning columns in a sheet's repeated rows, in Excel's points. */
function widestHeading(sheet: SheetPlan): number {
  const { top, bottom } = sheet.print!.repeatRows!;
  const headings = sheet.merges.filter((m) => m.top <= bottom && m.bottom >= top);
  return Math.max(0, ...headings.map((m) => pointsOf(sheet, m.left, m.right)));
}

/** Text as compared here: its spaces and line breaks dropped, since a wrapped cell prints over several lines. */
const squeezed = (text: string) => text.replace(/\s+/g, "");
const occurrences = (text: string, part: string) => squeezed(text).split(squeezed(part)).length - 1;

/**
 * Which sheet printed a page: the footer's left part is the sheet's name (the longest name the footer
 * line begins with, so that "TH Biểu 01" is not taken for "Biểu 01").
 */
function sheetOfPage(page: PrintedPage, sheets: readonly SheetPlan[]): SheetPlan | undefined {
  const footer = page.text.split("\n").find((line) => /Trang \d+\/\d+ · Page \d+\/\d+/.test(line)) ?? "";
  return sheets
    .filter((s) => footer.startsWith(`${s.name} `))
    .sort((a, b) => b.name.length - a.name.length)[0];
}

function pagesBySheet(pages: readonly PrintedPage[], plan: WorkbookPlan): Map<string, PrintedPage[]> {
  const bySheet = new Map<string, PrintedPage[]>();
  for (const page of pages) {
    const sheet = sheetOfPage(page, plan.sheets);
    const name = sheet?.name ?? `(no footer on page ${page.number})`;
    bySheet.set(name, [...(bySheet.get(name) ?? []), page]);
  }
  return bySheet;
}

/**
 * The texts at both edges of a sheet's printed width, or of columns `left` to `right` of it: the
 * leftmost and the rightmost heading in the rows repeated on every page, or, without them, in the first
 * row of headings. A sheet cut into vertical strips has no page holding both.
 */
function edges(
  sheet: SheetPlan,
  left = 0,
  right = sheet.print!.area!.right,
): { texts: [string, string]; everyPage: boolean } {
  const repeat = sheet.print!.repeatRows;
  const headings = sheet.cells.filter(
    (c) =>
      typeof c.value === "string" &&
      c.value !== "" &&
      (c.style === "header" || c.style === "headerEn" || c.style === "notation") &&
      c.col >= left &&
      c.col <= right,
  );
  const firstRow = Math.min(...headings.map((c) => c.row));
  const inRows = headings.filter((c) =>
    repeat ? c.row >= repeat.top && c.row <= repeat.bottom : c.row === firstRow,
  );
  const byCol = [...inRows].sort((a, b) => a.col - b.col);
  return { texts: [String(byCol[0]!.value), String(byCol[byCol.length - 1]!.value)], everyPage: !!repeat };
}

/**
 * What the pages of a sheet printed several pages wide must show: on every page, the edges of the columns
 * repeated; on some page, the edges of every strip of columns between two breaks. (Which page holds which
 * strip is left open: this machine's LibreOffice has no Calibri metrics and lays columns out about a
 * quarter wider than Excel, so it breaks pages before the plan's breaks as well.)
 */
function wideEdges(sheet: SheetPlan): { everyPage: string[]; somePage: string[] } {
  const { repeatColumns, columnBreaks } = sheet.print!.wide!;
  const starts = [repeatColumns.right + 1, ...columnBreaks];
  return {
    everyPage: edges(sheet, repeatColumns.left, repeatColumns.right).texts,
    somePage: starts.flatMap(
      (start, i) => edges(sheet, start, (starts[i + 1] ?? sheet.print!.area!.right + 1) - 1).texts,
    ),
  };
}

/**
 * The words of a page's number ("Trang 3/9 · Page 3/9", the last such run on the page) and the other
 * words whose boxes cross theirs: drawn over each other.
 */
function overPageNumber(page: PrintedPage): { numbered: boolean; over: string[] } {
  const { words } = page;
  const starts = words.flatMap((w, i) => (w.text === "Trang" && words[i + 3]?.text === "Page" ? [i] : []));
  const at = starts[starts.length - 1] ?? -1;
  if (at < 0) return { numbered: false, over: [] };
  const number = words.slice(at, at + 5);
  const crosses = (a: PrintedWord, b: PrintedWord) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const over = words.filter((w) => !number.includes(w) && number.some((n) => crosses(n, w)));
  return { numbered: true, over: over.map((w) => w.text) };
}

/** The texts of a sheet's title block: those above the repeated heading that print with the strips. */
const titleBlock = (sheet: SheetPlan) =>
  sheet.cells
    .filter((c) => c.row >= sheet.print!.area!.top && c.row < sheet.print!.repeatRows!.top)
    .flatMap((c) => (typeof c.value === "string" && c.value !== "" ? [c.value] : []));

/**
 * Where the repeated columns end on paper, in points from the page's left: the left margin (0.7 inch),
 * then the columns as Excel lays them out at the sheet's scale, half as wide again at most where
 * LibreOffice has no Calibri (about a quarter, here).
 */
function repeatedEdge(widths: readonly number[], columns: { left: number; right: number }, scale: number) {
  let points = 0;
  for (let col = columns.left; col <= columns.right; col++) points += columnPoints(widths[col] ?? 8.43);
  return 0.7 * 72 + ((points * scale) / 100) * 1.5;
}

/**
 * The words printed between the page's header and its table's heading (the first word of the heading's
 * texts that no text of the title block has): the title block's, where the page has it.
 */
function aboveHeading(page: PrintedPage, sheet: SheetPlan, block: readonly string[]): PrintedWord[] {
  const { top, bottom } = sheet.print!.repeatRows!;
  const words = (texts: readonly string[]) => new Set(texts.flatMap((t) => t.split(/\s+/)));
  const titled = words(block);
  const headings = words(
    sheet.cells.flatMap((c) =>
      c.row >= top && c.row <= bottom && typeof c.value === "string" ? [c.value] : [],
    ),
  );
  const header = Math.min(...page.words.map((w) => w.bottom));
  const heading = Math.min(
    ...page.words.filter((w) => headings.has(w.text) && !titled.has(w.text)).map((w) => w.top),
  );
  return page.words.filter((w) => w.top > header && w.bottom <= heading);
}

/**
 * The words of the headings a sheet repeats on every page, within its repeated columns where it prints in
 * strips (the others print on their strip only); none where it repeats none.
 */
function headingWords(sheet: SheetPlan): string[] {
  const repeat = sheet.print!.repeatRows;
  const right = sheet.print!.wide?.repeatColumns.right ?? Infinity;
  if (!repeat) return [];
  const texts = sheet.cells.flatMap((c) =>
    c.row >= repeat.top && c.row <= repeat.bottom && c.col <= right && typeof c.value === "string"
      ? [c.value]
      : [],
  );
  return [...new Set(texts.flatMap((t) => t.split(/\s+/)).filter((w) => w !== ""))];
}

/** The words a page prints between its header (the unit and the period) and its footer (the sheet's name). */
function bodyWords(page: PrintedPage): Set<string> {
  const lines = page.text.split("\n").filter((line) => line.trim() !== "");
  const body = lines.slice(1).filter((line) => !/Trang \d+\/\d+ · Page \d+\/\d+/.test(line));
  return new Set(body.flatMap((line) => line.trim().split(/\s+/)));
}

/** The height of a page's figures as printed, in points: the median of its numbers' word boxes. */
function figureHeight(page: PrintedPage): number {
  const heights = page.words
    .filter((w) => /^\d[\d.,]*%?$/.test(w.text))
    .map((w) => w.height)
    .sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)] ?? 0;
}

/** Each row of figures a chart draws, as a printed page joins the row's cells: rank, code, name, score. */
function chartRows(sheet: SheetPlan, chart: PlanChart): string[] {
  const rows: string[] = [];
  for (let row = chart.categories.top; row <= chart.categories.bottom; row++) {
    const cells = sheet.cells.filter((c) => c.row === row && c.col < chart.anchor.col && c.value !== null);
    const shown = cells.map((c) =>
      typeof c.value === "number" && c.numFmt === "0.00" ? c.value.toFixed(2) : String(c.value),
    );
    if (cells.some((c) => typeof c.value === "number")) rows.push(shown.join(""));
  }
  return rows;
}

/**
 * Where the summary's charts print. LibreOffice puts a chart's drawing on every page its frame touches,
 * clipped, so its text is no guide: what shows is its bars' colour. The figures beside a chart are cells,
 * printed on their page only. A chart is whole when its figures are on one page and its bars show on no
 * page but those of the charts' figures.
 */
function chartPages(plan: WorkbookPlan, pages: readonly PrintedPage[]) {
  const drawn = chartsOf(plan);
  const own = pagesBySheet(pages, plan).get(drawn.name)!;
  const figures = drawn.charts!.map((chart) => {
    const rows = chartRows(drawn, chart);
    const found = rows.map((row) =>
      own.filter((p) => squeezed(p.text).includes(squeezed(row))).map((p) => p.number),
    );
    expect(found.every((at) => at.length > 0)).toBe(true);
    return [...new Set(found.flat())];
  });
  const bars = own.filter((p) => pixelsOf(p, BAR_COLOR) > 20).map((p) => p.number);
  return { figures, bars };
}

describe("a template and a summary as LibreOffice prints them", () => {
  // A unit's name as long as a footer or header keeps (80 characters), so what prints beside it must give way.
  const template = layoutReport({
    unit: unit("CD_P01", "Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Một thành viên Xổ số kiến thiết tỉnh"),
    period: PERIOD_2025_D1,
    templates: TEMPLATE_IDS,
    targets: defaultTargets(TEMPLATE_IDS),
  });
  const summary = provinceSummary(48);
  // As many units as a page row of a wide table holds, its title block apart.
  const fortyOne = provinceSummary(41);
  const blocs = blocsSummary(Object.values(BLOC_NAMES), [LONG_UNIT]);
  // Two rounds a unit: each round's lateness runs onto a second page.
  const year = yearSummary(60);
  // A warning a unit, and 30 units' files refused: the warnings and the refused files run onto further pages.
  const warned = warnedSummary(60, 30);
  // 200 units, 80 of them sent twice, 199 left a whole form blank: the list of units and both lists run onto
  // further pages.
  const listed = listedSummary(200, 80);
  let printed: {
    template: PrintedPage[];
    summary: PrintedPage[];
    cut: PrintedPage[];
    fortyOne: PrintedPage[];
    blocs: PrintedPage[];
    year: PrintedPage[];
    warned: PrintedPage[];
    listed: PrintedPage[];
  };

  beforeAll(async () => {
    const books = await Promise.all(
      [template, summary, chartCut(summary), fortyOne, blocs, year, warned, listed].map((p) =>
        writeWorkbookPlan(p),
      ),
    );
    const [t, s, c, f, b, y, w, l] = printedPages(books, {
      dir: OUT,
      names: ["template", "summary", null, null, null, null, null, null],
    });
    printed = {
      template: t!,
      summary: s!,
      cut: c!,
      fortyOne: f!,
      blocs: b!,
      year: y!,
      warned: w!,
      listed: l!,
    };
    const counts = (name: string, plan: WorkbookPlan, pages: PrintedPage[]) =>
      [...pagesBySheet(pages, plan)].map(([sheet, p]) => `${name}\t${sheet}\t${p.length}`);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(
      path.join(OUT, "pages.txt"),
      [
        `template\t(all)\t${printed.template.length}`,
        ...counts("template", template, printed.template),
        `summary\t(all)\t${printed.summary.length}`,
        ...counts("summary", summary, printed.summary),
        "",
      ].join("\n"),
    );
  }, 600_000);

  it.each(["template", "summary"] as const)(
    "prints the %s's visible sheets only, each on A4 the way its plan turns it, one page after another",
    (which) => {
      const plan = which === "template" ? template : summary;
      const pages = printed[which];
      const bySheet = pagesBySheet(pages, plan);
      const visible = plan.sheets.filter((s) => s.visibility === "visible").map((s) => s.name);
      expect([...bySheet.keys()]).toEqual(visible);
      for (const [name, sheetPages] of bySheet) {
        const sheet = plan.sheets.find((s) => s.name === name)!;
        const numbers = sheetPages.map((p) => p.number);
        expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
        for (const page of sheetPages)
          expect({ sheet: name, page: page.number, paper: a4Orientation(page) }).toEqual({
            sheet: name,
            page: page.number,
            paper: sheet.print!.orientation,
          });
      }
    },
  );

  it.each(["template", "summary"] as const)(
    "prints each of the %s's sheets one page wide, or a table too wide for it in strips, its unit columns on every page",
    (which) => {
      const plan = which === "template" ? template : summary;
      for (const [name, sheetPages] of pagesBySheet(printed[which], plan)) {
        const sheet = plan.sheets.find((s) => s.name === name)!;
        if (sheet.print!.wide) {
          const { everyPage, somePage } = wideEdges(sheet);
          // A preface prints on its own page, before the strips.
          for (const page of sheetPages.slice(sheet.print!.wide.preface ? 1 : 0))
            expect({
              sheet: name,
              page: page.number,
              edges: everyPage.map((t) => occurrences(page.text, t) > 0),
            }).toEqual({ sheet: name, page: page.number, edges: everyPage.map(() => true) });
          expect({
            sheet: name,
            edges: somePage.map((t) => sheetPages.some((page) => occurrences(page.text, t) > 0)),
          }).toEqual({ sheet: name, edges: somePage.map(() => true) });
          continue;
        }
        const { texts, everyPage } = edges(sheet);
        for (const page of everyPage ? sheetPages : sheetPages.slice(0, 1))
          expect({
            sheet: name,
            page: page.number,
            edges: texts.map((t) => occurrences(page.text, t) > 0),
          }).toEqual({ sheet: name, page: page.number, edges: [true, true] });
      }
    },
  );

  it.each(["summary", "fortyOne", "blocs", "year"] as const)(
    "prints each strip of the %s's wide tables on one page across: as many pages hold its first unit's row as it has strips",
    (book) => {
      // Strips filled in Excel's widths printed their last columns on a page of their own: Chấm điểm of 48
      // units on 11 pages, 9 since, a heading cut in two on each. Where a heading is wider than a page as LibreOffice lays it out but not as Excel does, the strips keep it
      // whole in Excel's widths, and LibreOffice (without Calibri's metrics) prints a strip on two pages:
      // TH Biểu 02's rows of 15 columns.
      const plan = { summary, fortyOne, blocs, year }[book];
      const bySheet = pagesBySheet(printed[book], plan);
      const wide = plan.sheets.filter((s) => s.print?.wide);
      const keptForExcel = wide.filter((s) => widestHeading(s) > STRIP_ROOM - repeatedWidth(s));
      expect(keptForExcel.map((s) => s.name)).toEqual(
        book === "summary" || book === "fortyOne" ? ["TH Biểu 02"] : [],
      );
      for (const sheet of wide.filter((s) => !keptForExcel.includes(s))) {
        const { repeatColumns, columnBreaks } = sheet.print!.wide!;
        const first = sheet.cells.find(
          (c) => c.row === sheet.print!.repeatRows!.bottom + 1 && c.col === repeatColumns.left + 1,
        )!.value;
        const holding = bySheet.get(sheet.name)!.filter((page) => page.words.some((w) => w.text === first));
        expect({ sheet: sheet.name, first, pages: holding.length }).toEqual({
          sheet: sheet.name,
          first,
          pages: columnBreaks.length + 1,
        });
      }
    },
  );

  it("prints a wide table's title block whole on every strip, within the repeated columns, and the scoring rules once", () => {
    const bySheet = pagesBySheet(printed.summary, summary);
    const wide = summary.sheets.filter((s) => s.print?.wide);
    expect(wide.length).toBeGreaterThanOrEqual(4);
    for (const sheet of wide) {
      const { repeatColumns, scale, preface } = sheet.print!.wide!;
      const block = titleBlock(sheet);
      const titled = bySheet
        .get(sheet.name)!
        .slice(preface ? 1 : 0)
        .filter((page) => occurrences(page.text, block[0]!) > 0);
      expect({ sheet: sheet.name, strips: titled.length > 1 }).toEqual({ sheet: sheet.name, strips: true });
      const edge = repeatedEdge(sheet.columnWidths, repeatColumns, scale);
      for (const page of titled)
        expect({
          sheet: sheet.name,
          page: page.number,
          whole: block.filter((text) => occurrences(page.text, text) === 0),
          beyond: aboveHeading(page, sheet, block)
            .filter((w) => w.right > edge)
            .map((w) => w.text),
        }).toEqual({ sheet: sheet.name, page: page.number, whole: [], beyond: [] });
    }
    const scoring = bySheet.get("Chấm điểm")!;
    const rules = scoring.filter((page) => occurrences(page.text, "Bảng chấm điểm / Scoring table") > 0);
    expect(rules.map((page) => page.number)).toEqual([scoring[0]!.number]);
  });

  it("prints a wide table of 41 units on one page row, its title block once ahead of the strips, each strip with its total row", () => {
    const bySheet = pagesBySheet(printed.fortyOne, fortyOne);
    // TH Biểu 03 and 04, printed in strips since issue 64, keep their title block on each strip.
    const names = ["Tổng hợp", "TH Biểu 01", "TH Biểu 02"];
    const wide = fortyOne.sheets.filter((s) => s.print?.wide && names.includes(s.name));
    expect(wide.map((s) => s.name)).toEqual(names);
    for (const sheet of wide) {
      const [first, ...strips] = bySheet.get(sheet.name)!;
      const title = String(sheet.cells.find((c) => c.row === 0 && c.col === 0)!.value);
      // LibreOffice without Calibri's metrics may cut more strips than the plan: each still one page.
      expect(strips.length).toBeGreaterThan(sheet.print!.wide!.columnBreaks.length);
      expect({
        sheet: sheet.name,
        title: occurrences(first!.text, title),
        units: occurrences(first!.text, "P01"),
        strips: strips.map((page) =>
          [title, "P01", "P41", "Tổng cộng"].map((t) => occurrences(page.text, t) > 0),
        ),
      }).toEqual({
        sheet: sheet.name,
        title: 1,
        units: 0,
        strips: strips.map(() => [false, true, true, true]),
      });
    }
  });

  it("prints every sheet of the summary with its figures at least 6 pt high, the widest tables several pages wide", () => {
    const bySheet = pagesBySheet(printed.summary, summary);
    const tables = summary.sheets.filter((s) => s.name === "Tổng hợp" || s.name.startsWith("TH "));
    expect(tables.filter((s) => s.print!.wide).length).toBeGreaterThanOrEqual(3);
    // The lists and the parent-level forms too (Chấm điểm, Xếp hạng cụm, Tình trạng nộp, Biểu 01–04): every
    // page with a figure on it.
    for (const [name, pages] of bySheet)
      for (const page of pages.filter((p) => figureHeight(p) > 0))
        expect({ sheet: name, page: page.number, high: figureHeight(page) >= 6 }).toEqual({
          sheet: name,
          page: page.number,
          high: true,
        });
  });

  it.each([
    ["summary", []],
    ["year", ["Từng đợt"]],
    ["warned", ["Cảnh báo", "Tệp bị loại"]],
    ["listed", ["Tình trạng nộp", "Báo cáo trùng", "Số liệu để trống"]],
  ] as const)(
    "prints the column headings of every table of the %s at the top of each page it runs onto",
    (book, runsOn) => {
      // Tình trạng nộp printed its list of units without them after its first page (a list of 1,000 units
      // ran onto 14 pages more): pages of dates and days late that do not say which is which. A year's
      // rounds, two rows a unit above that list, printed so until they moved to a sheet of their own, as did
      // the units' warnings (60 units', two each, printed over a dozen pages without their headings) and the
      // refused files, the duplicates and the figures units left blank.
      const plan = { summary, year, warned, listed }[book];
      const bySheet = pagesBySheet(printed[book], plan);
      const long = plan.sheets.filter((s) => !s.charts && (bySheet.get(s.name)?.length ?? 0) > 1);
      expect(long.map((s) => s.name)).toEqual(expect.arrayContaining([...runsOn]));
      for (const sheet of long) {
        const words = headingWords(sheet);
        const unheaded = bySheet
          .get(sheet.name)!
          .slice(sheet.print!.wide?.preface ? 1 : 0)
          .filter((page) => words.length === 0 || words.some((w) => !bodyWords(page).has(w)))
          .map((page) => page.number);
        expect({ sheet: sheet.name, unheaded }).toEqual({ sheet: sheet.name, unheaded: [] });
      }
    },
  );

  it("prints each unit's kind whole on Tổng hợp and Tình trạng nộp, wrapped in its column, not cut by the one beside it", () => {
    // On one line in columns 24 and 20 wide, every commune's printed "Công đoàn xã, phường, đặc kh"
    // (poppler reads no text cut off at a cell's edge).
    const kind = "Công đoàn xã, phường, đặc khu";
    const bySheet = pagesBySheet(printed.summary, summary);
    for (const name of ["Tổng hợp", "Tình trạng nộp"]) {
      const cells = summary.sheets.find((s) => s.name === name)!.cells.filter((c) => c.value === kind).length;
      const whole = bySheet.get(name)!.reduce((n, page) => n + occurrences(page.text, kind), 0);
      expect({ sheet: name, cells, whole }).toEqual({ sheet: name, cells: 48, whole: cells });
    }
  });

  it("prints each unit's bloc whole on Tổng hợp, Chấm điểm, Tình trạng nộp and Biểu đồ, a long name wrapped in its column", () => {
    // In a column of 16 that did not wrap, the demo's bloc printed "Cụm 1 – Phường," (poppler reads no text
    // cut off at a cell's edge); the longest name is wider than any of the columns. Biểu đồ lists each bloc
    // once beside its chart, a unit's name in the same column, and the chart's axis draws each name again.
    const bySheet = pagesBySheet(printed.blocs, blocs);
    for (const name of ["Tổng hợp", "Chấm điểm", "Tình trạng nộp", "Biểu đồ"]) {
      const sheet = blocs.sheets.find((s) => s.name === name)!;
      const count = (text: string) => ({
        cells: sheet.cells.filter((c) => c.value === text).length,
        whole: bySheet.get(name)!.reduce((n, page) => n + occurrences(page.text, text), 0),
      });
      const [listed, drawn] = name === "Biểu đồ" ? [1, 2] : [3, 3];
      expect({ sheet: name, demo: count(BLOC_NAMES.demo), long: count(BLOC_NAMES.long) }).toEqual({
        sheet: name,
        demo: { cells: listed, whole: drawn },
        long: { cells: listed, whole: drawn },
      });
    }
    const charted = bySheet.get("Biểu đồ")!.reduce((n, page) => n + occurrences(page.text, LONG_UNIT), 0);
    expect(charted).toBe(2);
  });

  it("prints each round's name whole on Từng đợt, every unit's two", () => {
    // In a column of 16, "Đợt 1 năm 2025 (01/01/2025 – 30/6/2025)" printed "Đợt 1 năm 2025 (01".
    const rounds = year.sheets.find((s) => s.name === "Từng đợt")!;
    const pages = pagesBySheet(printed.year, year).get(rounds.name)!;
    const labels = [...new Set(rounds.cells.map((c) => c.value).filter((v) => String(v).startsWith("Đợt ")))];
    expect(labels).toHaveLength(2);
    for (const label of labels)
      expect({
        label,
        whole: pages.reduce((n, page) => n + occurrences(page.text, String(label)), 0),
      }).toEqual({
        label,
        whole: 60,
      });
  });

  it("prints each award's name whole on Đề nghị khen thưởng, wrapped in its column", () => {
    // On one line in 18 characters, "Giấy khen của LĐLĐ tỉnh" printed "Giấy khen của LĐLĐ tỉ" on each proposal.
    const sheet = summary.sheets.find((s) => s.name === "Đề nghị khen thưởng")!;
    const pages = pagesBySheet(printed.summary, summary).get(sheet.name)!;
    for (const award of ["Cờ thi đua", "Giấy khen của LĐLĐ tỉnh"]) {
      const proposed = sheet.cells.filter((c) => c.value === award).length;
      const inNotes = sheet.cells
        .filter((c) => c.row <= sheet.print!.area!.bottom && c.value !== award)
        .reduce((n, c) => n + occurrences(String(c.value ?? ""), award), 0);
      const printedWhole = pages.reduce((n, page) => n + occurrences(page.text, award), 0);
      expect({ award, proposed: proposed > 0, printed: printedWhole }).toEqual({
        award,
        proposed: true,
        printed: proposed + inNotes,
      });
    }
  });

  it.each(["template", "summary"] as const)(
    "prints the page's number clear of every other text on each page of the %s, a portrait form's too",
    (which) => {
      for (const page of printed[which])
        expect({ page: page.number, ...overPageNumber(page) }).toEqual({
          page: page.number,
          numbered: true,
          over: [],
        });
    },
  );

  it("prints each form on one page, its signature block with it", () => {
    const forms = (plan: WorkbookPlan) => plan.sheets.filter((s) => /^Biểu 0\d$/.test(s.name));
    for (const [plan, pages] of [
      [template, printed.template],
      [summary, printed.summary],
    ] as const) {
      const bySheet = pagesBySheet(pages, plan);
      expect(forms(plan)).toHaveLength(4);
      for (const form of forms(plan)) {
        const formPages = bySheet.get(form.name)!;
        expect({ form: form.name, pages: formPages.length }).toEqual({ form: form.name, pages: 1 });
        for (const words of ["NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên, đóng dấu)"])
          expect(occurrences(formPages[0]!.text, words)).toBe(1);
      }
    }
  });

  it("prints every chart of the summary whole, on one page, as it does not when a break cuts one", () => {
    const { figures, bars } = chartPages(summary, printed.summary);
    expect(figures).toHaveLength(2);
    for (const at of figures) expect(at).toHaveLength(1);
    expect(bars).toEqual([...new Set(figures.flat())].sort((a, b) => a - b));
    // The check sees a chart cut in two: its figures on two pages, its bars on both.
    const cut = chartPages(summary, printed.cut);
    expect(cut.figures[0]).toHaveLength(2);
    expect(cut.bars).toEqual(cut.figures[0]);
  });
});
