import {
  defaultCampaign,
  layoutCampaign,
  layoutSummary,
  STYLES,
  type PlanCell,
  type SheetPlan,
  type WorkbookPlan,
} from "../../../src/core";
import { orientationFor, printableSize } from "../../../src/core/layout/page";
import { pageTextCodes } from "../../../src/core/layout/page-codes";
import { usedArea } from "../../../src/core/layout/print";
import { MOST_ROW_POINTS, wrappedLines, wrappedRowHeights } from "../../../src/core/layout/row-heights";
import { summaryPlan } from "../../excel/fakes/plans";
import { manyUnitsSummary } from "../../support/summaries";
import { reportPlan } from "../../support/reports";
import { PERIOD_2025_D1 } from "../../support/reports";
import { WORDS } from "../../../src/core/vocabulary";

const sheetOf = (plan: WorkbookPlan, name: string) => plan.sheets.find((s) => s.name === name)!;
const cellWith = (sheet: SheetPlan, value: string) => sheet.cells.find((c) => c.value === value);
const inside = (sheet: SheetPlan, row: number, col: number) => {
  const area = sheet.print!.area!;
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
};

describe("how many lines a wrapped text takes", () => {
  it("wraps word by word, a line holding one character fewer than the width", () => {
    // "Số doanh" / "nghiệp có tổ" / "chức công đoàn": 14 characters a line at most.
    expect(wrappedLines("Số doanh nghiệp có tổ chức công đoàn", 15)).toBe(3);
    expect(wrappedLines("Chỉ tiêu", 48)).toBe(1);
    expect(wrappedLines("", 10)).toBe(1);
  });

  it("cuts a word longer than a line, and starts a line at each line break", () => {
    expect(wrappedLines("x".repeat(30), 11)).toBe(3);
    expect(wrappedLines("ab ".concat("x".repeat(25)), 11)).toBe(4);
    expect(wrappedLines("một\nhai\nba", 40)).toBe(3);
  });
});

describe("row heights for wrapped texts", () => {
  const cell = (row: number, col: number, value: string, style: PlanCell["style"]): PlanCell => ({
    row,
    col,
    value,
    style,
  });
  const long = "Số doanh nghiệp đã ký thỏa ước lao động tập thể còn hiệu lực";

  it("gives a wrapped heading a line of 15 points for each line, over its merged columns", () => {
    expect(STYLES.header.wrap).toBe(true);
    const heights = wrappedRowHeights({
      cells: [cell(2, 0, long, "header"), cell(4, 0, long, "header"), cell(6, 0, long, "info")],
      merges: [{ top: 4, left: 0, bottom: 4, right: 3 }],
      columnWidths: [15, 15, 15, 15],
    });
    expect(heights.get(2)).toBe(15 * wrappedLines(long, 15));
    expect(heights.get(4)).toBe(15 * wrappedLines(long, 60));
    expect(heights.has(6)).toBe(false);
  });

  it("lets a cell merged down several rows ask its first row only for what the others lack", () => {
    const heights = wrappedRowHeights({
      cells: [cell(1, 0, long, "header")],
      merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
      columnWidths: [15],
    });
    expect(heights.get(1)).toBe(15 * wrappedLines(long, 15) - 15);
    expect(heights.has(2)).toBe(false);
  });

  // Review: a note naming 400 units, wrapped in a table's unit columns, asked for rows 810 pt tall, which
  // Office.js refuses and Excel cuts at 409.5.
  it("asks no row taller than Excel's tallest, however long its text", () => {
    const heights = wrappedRowHeights({
      cells: [cell(1, 0, long.repeat(60), "info"), cell(2, 0, long.repeat(60), "header")],
      merges: [],
      columnWidths: [15],
    });
    expect(heights.get(2)).toBe(MOST_ROW_POINTS);
    expect(15 * wrappedLines(long.repeat(60), 15)).toBeGreaterThan(MOST_ROW_POINTS);
  });
});

describe("which way a sheet prints", () => {
  const portrait = printableSize("portrait");
  const landscape = printableSize("landscape");

  it("is portrait when the sheet is no wider than a portrait page", () => {
    expect(orientationFor({ width: portrait.width, height: 5_000 })).toBe("portrait");
  });

  it("is landscape when wider, unless portrait then takes fewer pages and shrinks it by a third at most", () => {
    const justWider = portrait.width + 50;
    expect(orientationFor({ width: justWider, height: landscape.height - 10 })).toBe("landscape");
    expect(orientationFor({ width: justWider, height: landscape.height + 50 })).toBe("portrait");
    expect(orientationFor({ width: landscape.width * 3, height: landscape.height * 2 })).toBe("landscape");
  });
});

describe("header and footer codes", () => {
  it("doubles '&', gives the page numbers Excel's codes, and drops the centre rather than pass 255 characters", () => {
    expect(pageTextCodes({ left: "A&B", right: "Trang {page}/{pages}" })).toEqual({
      left: "A&&B",
      right: "Trang &P/&N",
    });
    const long = pageTextCodes({ left: "Biểu 01", center: "&".repeat(200), right: "{page}" });
    expect(long).toEqual({ left: "Biểu 01", right: "&P" });
  });
});

describe("the print setup of every sheet people see", () => {
  const template = reportPlan();
  const summary = summaryPlan(48);
  const campaign = layoutCampaign(defaultCampaign(2025));

  it("prints every visible sheet of a template, a summary and a campaign, whole, with its footer", () => {
    for (const plan of [template, summary, campaign])
      for (const sheet of plan.sheets.filter((s) => s.visibility === "visible")) {
        const print = sheet.print!;
        expect({ sheet: sheet.name, print: !!print }).toEqual({ sheet: sheet.name, print: true });
        const used = usedArea(sheet);
        const area = print.area!;
        // A preface prints first, the rest from the row below it.
        const preface = print.wide?.preface;
        if (preface) expect(area.top).toBe(preface.bottom + 1);
        const top = preface?.top ?? area.top;
        expect([top, area.left, area.bottom]).toEqual([used.top, used.left, used.bottom]);
        for (const chart of sheet.charts ?? []) {
          expect(
            inside(sheet, chart.anchor.row + chart.size.rows - 1, chart.anchor.col + chart.size.cols - 1),
          ).toBe(true);
        }
        expect(print.footer?.left).toBe(sheet.name);
        expect(print.footer?.right).toBe(`${WORDS.print.page.vi} · ${WORDS.print.page.en}`);
        expect(print.footer?.right).toMatch(/\{page\}\/\{pages\}.*\{page\}\/\{pages\}/);
      }
  });

  it("names the unit and the period at the head of every page of a report and a summary, alone on its line", () => {
    const expectHead = (sheet: SheetPlan, about: string) => {
      expect(sheet.print!.header).toEqual({ center: about });
      expect(sheet.print!.footer!.center).toBeUndefined();
    };
    for (const sheet of template.sheets.filter((s) => s.visibility === "visible"))
      expectHead(sheet, `Công đoàn CD_P01 (CD_P01) — ${PERIOD_2025_D1.label.vi}`);
    for (const sheet of summary.sheets.filter((s) => s.visibility === "visible"))
      expectHead(sheet, `LĐLĐ tỉnh (T01) — ${PERIOD_2025_D1.label.vi}`);
  });

  it("gives a hidden sheet no print area, which would make LibreOffice print it", () => {
    const data = sheetOf(summary, "TD_Data");
    expect(data.visibility).toBe("hidden");
    expect(data.print?.area).toBeUndefined();
  });

  it("repeats a form's heading rows, and makes them tall enough for their wrapped headings", () => {
    const form = sheetOf(template, "Biểu 01");
    const heading = cellWith(form, "Số doanh nghiệp đã ký TƯLĐTT còn hiệu lực")!;
    const { top, bottom } = form.print!.repeatRows!;
    expect(heading.row).toBeGreaterThanOrEqual(top);
    expect(heading.row).toBeLessThanOrEqual(bottom);
    const height = form.rowHeights!.find((h) => h.row === heading.row)!.height;
    // As tall as its tallest heading: the columns of figures are not all as wide (issue 64).
    const lines = form.cells
      .filter((c) => c.row === heading.row && typeof c.value === "string")
      .map((c) => wrappedLines(String(c.value), form.columnWidths[c.col]!));
    expect(height).toBe(15 * Math.max(...lines));
    expect(height).toBeGreaterThanOrEqual(
      15 * wrappedLines(String(heading.value), form.columnWidths[heading.col]!),
    );
    expect(height).toBeGreaterThanOrEqual(45);
  });

  it("repeats the bloc ranking's column headings, so each page of a long bloc says which column is which", () => {
    const blocs = sheetOf(summary, WORDS.summary.blocSheet.vi);
    const heading = cellWith(blocs, `${WORDS.summary.score.vi} / ${WORDS.summary.score.en}`)!;
    expect(blocs.print!.repeatRows).toEqual({ top: heading.row, bottom: heading.row });
  });

  it("prints the summary's charts upright on their own sheet, the second beginning a page the first fills", () => {
    const sheet = sheetOf(layoutSummary(manyUnitsSummary(40, 3)), "Biểu đồ");
    const [first, second] = sheet.charts!;
    expect(sheet.print!.orientation).toBe("portrait");
    expect(first!.anchor.row).toBeLessThan(second!.anchor.row);
    expect(sheet.print!.breaks).toEqual([second!.anchor.row]);
    expect(sheetOf(summaryPlan(3), "Biểu đồ").print!.breaks).toBeUndefined();
  });
});

describe("the signature block at the foot of every form", () => {
  const forms = (plan: WorkbookPlan) => plan.sheets.filter((s) => /^Biểu 0\d$/.test(s.name));

  it("follows the targets, inside the print area: date, preparer and head of the unit, and room to sign", () => {
    const all = [...forms(reportPlan()), ...forms(summaryPlan(3))];
    expect(all).toHaveLength(8);
    for (const form of all) {
      const at = (text: string) => {
        const cell = cellWith(form, text);
        expect({ sheet: form.name, text, found: !!cell }).toEqual({ sheet: form.name, text, found: true });
        expect(inside(form, cell!.row, cell!.col)).toBe(true);
        return cell!;
      };
      const date = at(WORDS.print.dateLine.vi);
      const preparer = at(WORDS.print.preparer.vi);
      const head = at(WORDS.print.head.vi);
      at(WORDS.print.preparerSigns.vi);
      at(WORDS.print.headSigns.vi);
      at(`${WORDS.print.head.en} ${WORDS.print.headSigns.en}`);
      const lastFigure = Math.max(
        ...form.cells.filter((c) => c.style === "computed" || c.style === "input").map((c) => c.row),
      );
      expect(date.row).toBeGreaterThan(lastFigure);
      expect([preparer.row, head.row]).toEqual([date.row + 1, date.row + 1]);
      expect(preparer.col).toBe(0);
      expect(head.col).toBe(date.col);
      expect(head.col).toBeGreaterThan(0);
      const signing = form.rowHeights!.filter((h) => h.row > head.row + 2);
      expect(signing.length).toBeGreaterThanOrEqual(3);
      for (const { row } of signing) expect(inside(form, row, 0)).toBe(true);
    }
  });
});
