import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import {
  columnLetters,
  layoutSummary,
  type Area,
  type SheetPlan,
  type WorkbookPlan,
} from "../../../src/core";
import { pageTextCodes } from "../../../src/core/layout/page-codes";
import { writeWorkbookPlan } from "../../../src/xlsx";
import { summaryPlan } from "../../excel/fakes/plans";
import { reportPlan } from "../../support/reports";
import { manyUnitsSummary } from "../../support/summaries";

/** CT_Worksheet's children in the order the schema requires them (ECMA-376 part 1, 18.3.1.99). */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The worksheet element's children, by name, in the order written. */
function topLevel(xml: string): string[] {
  const body = xml.slice(xml.indexOf("<worksheet"));
  const names: string[] = [];
  let depth = 0;
  for (const [, close, name, selfClosing] of body.matchAll(/<(\/?)([A-Za-z]+)[^>]*?(\/?)>/g)) {
    if (close) depth--;
    else {
      if (depth === 1) names.push(name!);
      if (!selfClosing) depth++;
    }
  }
  return names;
}

const areaRef = (area: Area) =>
  `${columnLetters(area.left)}${area.top + 1}:${columnLetters(area.right)}${area.bottom + 1}`;

const expectedFooter = (sheet: SheetPlan) => {
  const { left, center, right } = pageTextCodes(sheet.print!.footer!);
  return `${left ? `&L${left}` : ""}${center ? `&C${center}` : ""}${right ? `&R${right}` : ""}`;
};

async function check(plan: WorkbookPlan) {
  const bytes = await writeWorkbookPlan(plan);
  const parts = unzipSync(bytes);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.slice().buffer);
  const printed = plan.sheets.filter((s) => s.print);
  expect(printed.length).toBeGreaterThan(0);
  for (const sheet of printed) {
    const i = plan.sheets.indexOf(sheet);
    const xml = strFromU8(parts[`xl/worksheets/sheet${i + 1}.xml`]!);
    // A sheet fitted to pages says so in its sheetPr; one printed at a scale has none.
    expect(topLevel(xml)).toEqual(
      expect.arrayContaining([
        ...(sheet.print!.wide ? [] : ["sheetPr"]),
        "sheetData",
        "pageMargins",
        "pageSetup",
        "headerFooter",
      ]),
    );
    const order = topLevel(xml).map((name) => WORKSHEET_ORDER.indexOf(name));
    expect({
      sheet: sheet.name,
      order: [...order].sort((a, b) => a - b),
      unknown: order.includes(-1),
    }).toEqual({ sheet: sheet.name, order, unknown: false });
    const print = sheet.print!;
    const read = book.getWorksheet(sheet.name)!;
    expect({ sheet: sheet.name, setup: read.pageSetup }).toMatchObject({
      sheet: sheet.name,
      setup: {
        paperSize: 9,
        orientation: print.orientation,
        ...(print.wide
          ? {
              fitToPage: false,
              scale: print.wide.scale,
              pageOrder: "overThenDown",
              printTitlesColumn: `${columnLetters(print.wide.repeatColumns.left)}:${columnLetters(print.wide.repeatColumns.right)}`,
            }
          : { fitToPage: true, fitToWidth: 1, fitToHeight: print.tall ?? 0 }),
        // ExcelJS reads the first area of a print area of several: a wide table's preface, where it has one.
        ...(print.area ? { printArea: areaRef(print.wide?.preface ?? print.area) } : {}),
        ...(print.repeatRows
          ? { printTitlesRow: `${print.repeatRows.top + 1}:${print.repeatRows.bottom + 1}` }
          : {}),
      },
    });
    if (!print.area) expect(read.pageSetup.printArea).toBeUndefined();
    if (print.area && print.wide?.preface) {
      const workbook = strFromU8(parts["xl/workbook.xml"]!);
      const areas = new RegExp(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">([^<]*)<`).exec(
        workbook,
      )!;
      expect(areas[1]!.replace(/\$/g, "").replace(/[^,]*!/g, "")).toBe(
        `${areaRef(print.wide.preface)},${areaRef(print.area)}`,
      );
    }
    expect(read.headerFooter.oddFooter).toBe(expectedFooter(sheet));
    for (const { row, height } of sheet.rowHeights ?? [])
      expect({ sheet: sheet.name, row, height: read.getRow(row + 1).height }).toEqual({
        sheet: sheet.name,
        row,
        height,
      });
    const breaks = (element: string) =>
      [
        ...(xml.match(new RegExp(`<${element} .*?</${element}>`))?.[0] ?? "").matchAll(
          /<brk id="(\d+)"[^>]* man="1"\/>/g,
        ),
      ].map((m) => Number(m[1]));
    expect(breaks("rowBreaks")).toEqual([...(print.breaks ?? [])]);
    expect(breaks("colBreaks")).toEqual([...(print.wide?.columnBreaks ?? [])]);
  }
  // A print area or title belongs to its sheet by the sheet's position among all, hidden ones included.
  const workbook = strFromU8(parts["xl/workbook.xml"]!);
  for (const [, name, id, ref] of workbook.matchAll(
    /<definedName name="(_xlnm\.[A-Za-z_]+)" localSheetId="(\d+)">([^<]*)<\/definedName>/g,
  )) {
    const sheet = plan.sheets[Number(id)]!;
    expect({ name, ref: ref!.replace(/&apos;/g, "'").split("!")[0] }).toEqual({
      name,
      ref: /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet.name) ? sheet.name : `'${sheet.name}'`,
    });
  }
}

describe("a written workbook's print setup, as ExcelJS reads it", () => {
  it("gives a template's sheets A4, one page wide, their area, titles, footer and row heights, in schema order", async () => {
    await check(reportPlan());
  });

  it("gives a summary's the same, with the page breaks that keep its charts whole and its widest tables at a scale, several pages wide", async () => {
    const charted = layoutSummary(manyUnitsSummary(40, 3));
    expect(charted.sheets.some((s) => s.print?.breaks?.length)).toBe(true);
    await check(charted);
    const plan = summaryPlan(48);
    // TH Biểu 03 and 04 too: fitted to a page wide, LibreOffice printed them at 49 % (issue 64).
    expect(plan.sheets.filter((s) => s.print?.wide?.columnBreaks.length).map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Chấm điểm",
      "TH Biểu 01",
      "TH Biểu 02",
      "TH Biểu 03",
      "TH Biểu 04",
    ]);
    await check(plan);
  });

  it("repeats the headings of Tình trạng nộp's list of units on every page it takes, the table after every other", async () => {
    // It printed them on its first page alone: a list of 1,000 units ran onto 14 pages more without them.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeWorkbookPlan(summaryPlan(48))).slice().buffer);
    const status = book.getWorksheet("Tình trạng nộp")!;
    const titles: number[] = [];
    status.eachRow((row, n) => {
      if (row.getCell(1).value === "Danh sách đơn vị / Expected units") titles.push(n);
    });
    expect(titles).toHaveLength(1);
    expect(status.getCell(titles[0]! + 1, 1).value).toBe("STT / No.");
    expect(status.pageSetup.printTitlesRow).toBe(`${titles[0]! + 1}:${titles[0]! + 1}`);
    // The list is the last table: a table below it would print under its headings.
    const sections: number[] = [];
    status.eachRow((row, n) => {
      if (row.getCell(1).style.font?.bold && n > titles[0]! + 1) sections.push(n);
    });
    expect(sections).toEqual([]);
  });

  it("writes a row given a height but no cell (room to sign) as an empty row of that height", async () => {
    const plan = reportPlan(["B04"]);
    const form = plan.sheets[0]!;
    const empty = form.rowHeights!.filter(({ row }) => !form.cells.some((c) => c.row === row));
    expect(empty.length).toBeGreaterThan(0);
    const xml = strFromU8(unzipSync(await writeWorkbookPlan(plan))["xl/worksheets/sheet1.xml"]!);
    for (const { row, height } of empty)
      expect(xml).toContain(`<row r="${row + 1}" ht="${height}" customHeight="1"/>`);
    const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });
});
