import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import {
  defaultTargets,
  formDef,
  layoutReport,
  sampleFormsOf,
  TEMPLATE_IDS,
  type WorkbookPlan,
} from "../../../src/core";
import { printable } from "../../../src/core/layout/print";
import { SheetBuilder } from "../../../src/core/layout/sheet-builder";
import { NUMBER_FORMATS } from "../../../src/core/layout/plan";
import { writeWorkbookPlan } from "../../../src/xlsx";
import { pixelsOf, printedPages, type PrintedPage } from "../../support/printed-pages";
import { CHECK_SHEET } from "../../../src/core/layout/check-sheet";
import { CONDITIONAL_LOOKS } from "../../../src/core/layout/styles";
import { PERIOD_2025_D1, unit } from "../../support/reports";
import { provinceSummary } from "../../support/summaries";

// Issue 64, "print to sign": the figures a head of unit signs, measured on the paper LibreOffice prints
// (needs LibreOffice and poppler). A figure's size is measured as the issue measured it: the height of its
// word box as pdftotext -bbox gives it, in points, the median over a page's figures (the few dates and
// page numbers among them do not move it). That box runs from the font's ascent to its descent, 1.3 times
// its nominal size in the DejaVu Sans LibreOffice draws Calibri in here; the nominal size (the box over the
// box of the same figure printed at 100 % in the same style, times its 11 pt) is written beside it. Each
// sheet's pages and both sizes are written to test-output/print/figures.txt.

const OUT = path.resolve(__dirname, "../../../test-output/print");
const FIGURE = /^\d{1,3}(?:,\d{3})*(?:\.\d+)?%?$/;
/** The point size every figure of a form and of a summary's tables is set in (the workbook's default). */
const FIGURE_POINTS = 11;

/** A sheet holding one figure of each look a form gives figures, printed at 100 %. */
function calibration(): WorkbookPlan {
  const sheet = new SheetBuilder("Calibration", { vi: "Calibration", en: "Calibration" });
  sheet.put(0, 0, { value: 123456, style: "input", numFmt: NUMBER_FORMATS.count });
  sheet.put(1, 0, { value: 654321, style: "computed", numFmt: NUMBER_FORMATS.count });
  return { sheets: [printable(sheet.build({ columnWidths: [15], protect: false }))], names: [] };
}

/** A unit's report with every figure filled. */
const filledTemplate = () =>
  layoutReport({
    unit: unit("CD_P01", "Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Một thành viên Xổ số kiến thiết tỉnh"),
    period: PERIOD_2025_D1,
    templates: TEMPLATE_IDS,
    targets: defaultTargets(TEMPLATE_IDS),
    forms: sampleFormsOf(
      TEMPLATE_IDS.map((id) => formDef(id)),
      7,
    ),
  });

/** The sheet a page belongs to: its footer's left part names it (the longest name that fits). */
function sheetOf(page: PrintedPage, names: readonly string[]): string {
  const footer = page.text.split("\n").find((line) => /Trang \d+\/\d+ · Page \d+\/\d+/.test(line)) ?? "";
  return names.filter((n) => footer.startsWith(`${n} `)).sort((a, b) => b.length - a.length)[0] ?? "?";
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

interface Printed {
  readonly pages: number;
  /** The smallest, over the sheet's pages, of the median height of a page's figures' boxes, in points. */
  readonly box: number;
}

function bySheet(plan: WorkbookPlan, pages: readonly PrintedPage[]): Map<string, Printed> {
  const names = plan.sheets.map((s) => s.name);
  const out = new Map<string, Printed>();
  for (const page of pages) {
    const name = sheetOf(page, names);
    const heights = page.words.filter((w) => FIGURE.test(w.text)).map((w) => w.height);
    const box = heights.length > 0 ? median(heights)! : Infinity;
    const was = out.get(name) ?? { pages: 0, box: Infinity };
    out.set(name, { pages: was.pages + 1, box: Math.min(was.box, box) });
  }
  return out;
}

const round = (points: number) => Math.round(points * 10) / 10;

describe("forms and summaries as LibreOffice prints them, measured", () => {
  const template = filledTemplate();
  const summary = provinceSummary(48);
  const blank = layoutReport({
    unit: unit("CD_P02"),
    period: PERIOD_2025_D1,
    templates: TEMPLATE_IDS,
    targets: defaultTargets(TEMPLATE_IDS),
  });
  let printed: { template: Map<string, Printed>; summary: Map<string, Printed> };
  /** The check sheet's pages, of the filled template (no error) and of the blank one (every input ✗). */
  let checks: { filled: PrintedPage[]; blank: PrintedPage[] };

  beforeAll(async () => {
    const books = await Promise.all(
      [calibration(), template, summary, blank].map((p) => writeWorkbookPlan(p)),
    );
    const [cal, t, s, b] = printedPages(books, {
      dir: OUT,
      names: [null, "figures-template", "figures-summary", "figures-blank"],
    });
    const checkPages = (pages: readonly PrintedPage[]) =>
      pages.filter((page) => sheetOf(page, [CHECK_SHEET]) === CHECK_SHEET);
    checks = { filled: checkPages(t!), blank: checkPages(b!) };
    const figures = cal![0]!.words.filter((w) => FIGURE.test(w.text));
    expect(figures).toHaveLength(2);
    // Regular and bold have one box height here; the larger is taken should they differ.
    const boxPerPoint = Math.max(...figures.map((w) => w.height)) / FIGURE_POINTS;
    printed = { template: bySheet(template, t!), summary: bySheet(summary, s!) };
    const lines = (which: string, sheets: Map<string, Printed>) =>
      [...sheets].map(
        ([name, p]) => `${which}\t${name}\t${p.pages}\t${round(p.box)}\t${round(p.box / boxPerPoint)}`,
      );
    mkdirSync(OUT, { recursive: true });
    writeFileSync(
      path.join(OUT, "figures.txt"),
      [
        "workbook\tsheet\tpages\tfigure box pt\tfigure font pt",
        `template\t(all)\t${t!.length}\t\t`,
        ...lines("template", printed.template),
        `summary\t(all)\t${s!.length}\t\t`,
        ...lines("summary", printed.summary),
        "",
      ].join("\n"),
    );
  }, 600_000);

  const FORMS = ["Biểu 01", "Biểu 02", "Biểu 03", "Biểu 04"];

  it.each(["template", "summary"] as const)(
    "prints each form of the %s on one A4 page, its figures 9 pt or more",
    (which) => {
      for (const form of FORMS) {
        const got = printed[which].get(form)!;
        expect({ form, pages: got.pages, readable: got.box >= 9 }).toEqual({
          form,
          pages: 1,
          readable: true,
        });
      }
    },
  );

  it("prints the summary's other sheets with figures 7 pt or more", () => {
    for (const [name, got] of printed.summary)
      if (!FORMS.includes(name)) expect({ name, readable: got.box >= 7 }).toEqual({ name, readable: true });
  });

  it("prints the check sheet on two pages at most, its ✗ lines filled red", () => {
    expect(printed.template.get(CHECK_SHEET)!.pages).toBeLessThanOrEqual(2);
    expect(checks.blank.length).toBeGreaterThan(0);
    expect(checks.blank.length).toBeLessThanOrEqual(2);
    for (const page of checks.blank)
      expect(pixelsOf(page, CONDITIONAL_LOOKS.error.fill, 8)).toBeGreaterThan(500);
    for (const page of checks.filled) expect(pixelsOf(page, CONDITIONAL_LOOKS.error.fill, 8)).toBe(0);
  });
});
