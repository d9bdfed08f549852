import { fromA1, parseSheetRef, TEMPLATE_IDS, toA1 } from "../../src/core";
import type { WorkbookGrid } from "../../src/core/grid/grid";
import type { CellFact, SheetFact } from "../../src/core/grid/reader-facts";
import { createExcelHost } from "../../src/excel";
import { EXCEL_FACTS } from "../../src/excel/cell-facts";
import { factsAt, factsGiven, sheetFactsAt, sheetFactsGiven } from "../support/fact-files";
import { consistentFills, reportPlan } from "../support/reports";
import { installFakeExcel, type FakeExcel } from "./fakes/fake-excel";
import type { SheetState } from "./fakes/fake-state";

// The open workbook's reader gives the facts it declares (EXCEL_FACTS), each of an input (or its sheet) a
// clerk made show it in the stand-in Excel, and no other over all of them and what else the stand-in can
// hold that makes a file's reader give one (a conditional format, a merge, a narrow column): the threat
// model says from those lists which lies Excel can tell.

let excel: FakeExcel;
beforeEach(() => {
  excel = installFakeExcel();
  // The looks as Excel draws them, its merged areas and its window's view: all it can give.
  excel.supportedApi = "1.19";
  excel.supportedDesktopApi = "1.1";
});

const NAME = "TD_B01_state_enterprises_with_union";

/** A report inserted and filled in Excel: its first input's sheet, address, row and column. */
async function filledReport() {
  await createExcelHost().insertReport(reportPlan(TEMPLATE_IDS, "CD_P01"), "bieu-mau.xlsx");
  const targets = excel.book.nameTargets();
  for (const [name, value] of Object.entries(consistentFills(TEMPLATE_IDS, 77) as Record<string, number>)) {
    const ref = parseSheetRef(targets.get(name)!)!;
    excel.book.sheet(ref.sheet).enter(ref.address, value);
  }
  const address = parseSheetRef(targets.get(NAME)!)!.address;
  return { sheet: excel.book.sheet("Biểu 01"), address, ...fromA1(address)! };
}

interface Input {
  readonly sheet: SheetState;
  readonly address: string;
  readonly row: number;
  readonly col: number;
}

/** What a clerk does in Excel to the input that makes a reader give each fact of it. */
const MADE: Readonly<Partial<Record<CellFact, (input: Input) => void>>> = {
  value: () => undefined,
  formula: ({ sheet, address }) => void sheet.set({ [address]: { formula: "1000+380", value: 1380 } }),
  shown: ({ sheet, address }) => void (sheet.cell(address).shown = "1380 người"),
  // 1,234,567 in #,##0 in a column of 6 characters shows "###": the text Excel gives is what it may show.
  mayShow: ({ sheet, address, col }) => {
    sheet.enter(address, 1_234_567);
    sheet.cell(address).shown = "1,234,567";
    sheet.columnWidths.set(col, 6 * 5.25);
  },
  hidden: ({ sheet, row }) => void sheet.hiddenRows.add(row),
  inks: ({ sheet, address }) => void (sheet.cell(address).format.color = "#FFFFFF"),
  drawnSizes: ({ sheet, address }) => void (sheet.cell(address).format.size = 1),
  generalSizes: ({ sheet, address }) => void (sheet.cell(address).numberFormat = "General"),
  // A text box laid over the input, where Excel places it in points.
  underDrawing: ({ sheet, row, col }) => {
    const { left, top, width, height } = sheet.geometry({ top: row, left: col, bottom: row, right: col });
    sheet.shapes.push({ type: "GeometricShape", left, top, width, height });
  },
  struck: ({ sheet, address }) => void (sheet.cell(address).format.strike = true),
  crossed: ({ sheet, address }) => void (sheet.cell(address).format.borders.DiagonalDown = "Continuous"),
  textLayout: ({ sheet, address }) => void (sheet.cell(address).format.orientation = 90),
  // A text typed into the input, merged with the cell beside it.
  mergedRoom: ({ sheet, address, row, col }) => {
    sheet.set({ [address]: "x" });
    sheet.merges.push(`${address}:${toA1(row, col + 1)}`);
  },
};

/**
 * What a clerk does in Excel to the input's sheet that makes a reader give each fact of it; the page
 * setup, print area and footers as the add-in writes them.
 */
const SHEET_MADE: Readonly<Partial<Record<SheetFact, (input: Input) => void>>> = {
  "print.scale": ({ sheet }) => void (sheet.page.zoom = { scale: 10 }),
  "print.fit": () => undefined,
  "print.paper": () => undefined,
  "print.margins": () => undefined,
  "print.areas": () => undefined,
  printAreas: () => undefined,
  pageTexts: () => undefined,
  // Scrolled down to the input's row, then frozen there: the rows above it are out of reach.
  "view.reach": ({ sheet, row }) => void (sheet.freeze = { rows: 2, cols: 0, from: { row, col: 0 } }),
  // Scrolled down to the input, Show Formulas (Ctrl+`), the zero values option off: on the sheet the window shows.
  "view.opensAt": ({ sheet, row }) => {
    delete sheet.freeze;
    sheet.scrolledTo = { row, col: 0 };
    excel.book.active = sheet.name;
  },
  "view.formulasShown": ({ sheet }) => {
    sheet.showFormulas = true;
    excel.book.active = sheet.name;
  },
  "view.zerosHidden": ({ sheet }) => {
    sheet.showZeros = false;
    excel.book.active = sheet.name;
  },
};

/**
 * What else a clerk may do that makes a file's reader give a fact: the stand-in holds no note and no sheet
 * background.
 */
const ELSEWHERE: readonly ((input: Input) => void)[] = [
  // A conditional format that holds, in a white font (a file's reader gives what it may show, `mayShow`).
  ({ sheet, row, col }) => {
    const rule = sheet.addConditionalFormat("Custom", [{ top: row, bottom: row, left: col, right: col }]);
    Object.assign(rule, { fontColor: "#FFFFFF", fill: "#FFFFFF", holds: true });
  },
  // 123,456,789 in General in a column 6 characters wide (`generalRoom`).
  ({ sheet, address, col }) => {
    sheet.enter(address, 123_456_789);
    sheet.columnWidths.set(col, 6 * 5.25);
  },
  // A merge begun left of the input, over it.
  ({ sheet, address, row, col }) => void sheet.merges.push(`${toA1(row, col - 1)}:${address}`),
];

const readGrid = () => createExcelHost().live!.readGrid();

describe("the open workbook's reader's facts", () => {
  it("declares a way to make each fact it gives", () => {
    expect(Object.keys(MADE).sort()).toEqual([...EXCEL_FACTS.cell].sort());
  });

  it.each(EXCEL_FACTS.cell.map((fact) => [fact]))("gives %s of the input made to show it", async (fact) => {
    const input = await filledReport();
    MADE[fact]!(input);
    expect(factsAt(await readGrid(), "Biểu 01", input.address)).toContain(fact);
  });

  it("declares a way to make each fact of a sheet it gives", () => {
    expect(Object.keys(SHEET_MADE).sort()).toEqual([...EXCEL_FACTS.sheet].sort());
  });

  it.each(EXCEL_FACTS.sheet.map((fact) => [fact]))("gives %s of the sheet made to show it", async (fact) => {
    const input = await filledReport();
    SHEET_MADE[fact]!(input);
    expect(sheetFactsAt(await readGrid(), "Biểu 01")).toContain(fact);
  });

  it("gives no fact it does not declare, over everything a clerk did to the input and its sheet", async () => {
    const grids: WorkbookGrid[] = [];
    for (const make of [...Object.values(MADE), ...Object.values(SHEET_MADE), ...ELSEWHERE]) {
      excel = installFakeExcel();
      excel.supportedApi = "1.19";
      excel.supportedDesktopApi = "1.1";
      const input = await filledReport();
      make(input);
      grids.push(await readGrid());
    }
    expect(factsGiven(...grids)).toEqual([...EXCEL_FACTS.cell].sort());
    expect(sheetFactsGiven(...grids)).toEqual([...EXCEL_FACTS.sheet].sort());
  });
});
