import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { mkdirSync, writeFileSync } from "node:fs";
import { layoutSummary, type WorkbookPlan } from "../../../src/core";
import { MAX_BARS } from "../../../src/core/layout/chart-bars";
import { writeWorkbookPlan } from "../../../src/xlsx";
import { columnRange, writtenCharts, type WrittenChart } from "../../support/chart-parts";
import { chartsAsLibreOfficeReads } from "../../support/libreoffice";
import { KIND_SHEETS, kindsNotWhole, manyUnitsSummary, planValues } from "../../support/summaries";
import { WORDS } from "../../../src/core/vocabulary";

// The LibreOffice part needs LibreOffice, like libreoffice.interop.test.ts.

/** What the cells a chart's formula names hold, as ExcelJS reads them back from the file. */
function cellsOf(book: ExcelJS.Workbook, formula: string) {
  const { sheet, col, top, bottom } = columnRange(formula);
  const ws = book.getWorksheet(sheet)!;
  return Array.from({ length: bottom - top + 1 }, (_, i) => {
    const value = ws.getCell(top + i + 1, col + 1).value;
    return value === undefined ? null : value;
  });
}

/** The summary's one sheet with charts, the sheet after its overview. */
const chartsSheet = (plan: WorkbookPlan) => {
  const [sheet, ...others] = plan.sheets.filter((s) => s.charts);
  expect({ sheet: sheet?.name, others: others.length }).toEqual({ sheet: "Biểu đồ", others: 0 });
  return sheet!;
};

describe("a summary of 1,000 units written to a file", () => {
  let plan: WorkbookPlan;
  let bytes: Uint8Array;
  let charts: WrittenChart[];

  beforeAll(async () => {
    plan = layoutSummary(manyUnitsSummary(1000, 7));
    bytes = await writeWorkbookPlan(plan);
    charts = writtenCharts(bytes);
    mkdirSync("test-output", { recursive: true });
    writeFileSync("test-output/tong-hop-1000-don-vi.xlsx", bytes);
  });

  it("carries the plan's charts, each part reached through its relationships and declared", () => {
    const overview = chartsSheet(plan);
    expect(charts.map((c) => [c.sheet, c.part, c.title])).toEqual(
      overview.charts!.map((chart, i) => [
        overview.name,
        `xl/charts/chart${i + 1}.xml`,
        `${chart.title.vi} / ${chart.title.en}`,
      ]),
    );
  });

  it("lists each commune's kind whole on one line, in a wrapped cell, on Tổng hợp and Tình trạng nộp", () => {
    // The plan of 1,000 units is laid out here: its kind column as the summaries of 7 and 100 units have it.
    for (const name of KIND_SHEETS)
      expect(kindsNotWhole(plan, name, [WORDS.unitKind.commune.vi])).toEqual({
        sheet: name,
        cells: 1000,
        kinds: 1,
        cut: [],
      });
  });

  it("holds at most MAX_BARS bars and one row for the units left out", () => {
    const [units, blocs] = charts;
    expect(units!.values.cache.filter((v) => v !== null)).toHaveLength(MAX_BARS);
    expect(units!.categories.cache).toHaveLength(MAX_BARS + 1);
    expect(blocs!.categories.cache).toHaveLength(7);
  });

  it("draws from the cells the plan writes, and caches what they hold", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.slice().buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(plan.sheets.map((s) => s.name));
    const overview = chartsSheet(plan);
    overview.charts!.forEach((chart, i) => {
      const written = charts[i]!;
      expect(written.categories.cache).toEqual(planValues(overview, chart.categories));
      expect(written.values.cache).toEqual(planValues(overview, chart.values));
      expect(cellsOf(book, written.categories.formula)).toEqual(written.categories.cache);
      expect(cellsOf(book, written.values.formula)).toEqual(written.values.cache);
    });
  });

  it("anchors each chart over the cells the plan sizes it to", () => {
    const drawing = strFromU8(unzipSync(bytes)["xl/drawings/drawing1.xml"]!);
    const anchors = [
      ...drawing.matchAll(
        /<xdr:(from|to)><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/g,
      ),
    ];
    expect(anchors.map((m) => [m[1], Number(m[3]), Number(m[2])])).toEqual(
      chartsSheet(plan).charts!.flatMap((c) => [
        ["from", c.anchor.row, c.anchor.col],
        ["to", c.anchor.row + c.size.rows, c.anchor.col + c.size.cols],
      ]),
    );
  });
});

describe("LibreOffice opening a summary with charts", () => {
  it("finds both bar charts over the summary's cells", async () => {
    const plan = layoutSummary(manyUnitsSummary(40, 3));
    const charts = chartsAsLibreOfficeReads(await writeWorkbookPlan(plan));
    const overview = chartsSheet(plan);
    // LibreOffice's own notation: 'Sheet'.C13:'Sheet'.C43, categories then values.
    const range = (a: { top: number; bottom: number; left: number }) => {
      const col = String.fromCharCode(65 + a.left);
      return `'${overview.name}'.${col}${a.top + 1}:'${overview.name}'.${col}${a.bottom + 1}`;
    };
    expect(charts).toEqual(
      overview.charts!.map((c) => ({ kind: "bar", ranges: [range(c.categories), range(c.values)] })),
    );
  });
});
