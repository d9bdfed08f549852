import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import {
  defaultTargets,
  getTemplate,
  inputCells,
  extract,
  layoutReport,
  MET_TEXT,
  META_SHEET,
  parsePeriod,
  STYLES,
  TEMPLATE_IDS,
  toA1,
  validate,
  type WorkbookPlan,
} from "../../../src/core";
import { readSubmission, readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { computedForms, sampleInputs } from "../../support/fill-by-name";
import { resaveWith } from "../../support/libreoffice";

const source = {
  unit: { code: "CD_P01", name: "Công đoàn phường Ba Đình", kind: "commune" as const, parentCode: "LDLD_HN" },
  period: parsePeriod("2025-D1")!,
  templates: TEMPLATE_IDS,
  targets: defaultTargets(TEMPLATE_IDS),
};

let plan: WorkbookPlan;
let bytes: Uint8Array;

beforeAll(async () => {
  plan = layoutReport(source);
  bytes = await writeWorkbookPlan(plan);
});

describe("a written template read back", () => {
  it("has every planned defined name, pointing at its planned cell", () => {
    const grid = readWorkbookGrid(bytes, "mau.xlsx");
    // Besides the plan's names, Excel's own: each printed sheet's print area, scoped to its sheet.
    const own = grid.names.filter((n) => !n.name.startsWith("_xlnm."));
    const names = new Map(own.map((n) => [n.name, n]));
    expect(names.size).toBe(plan.names.length);
    for (const planned of plan.names) {
      expect(names.get(planned.name)).toEqual({
        name: planned.name,
        sheet: planned.sheet,
        address: toA1(planned.row, planned.col),
      });
    }
  });

  it("keeps sheet order and visibility, the metadata sheet very hidden", () => {
    const grid = readWorkbookGrid(bytes, "mau.xlsx");
    expect(grid.sheets.map((s) => [s.name, s.visibility])).toEqual(
      plan.sheets.map((s) => [s.name, s.visibility]),
    );
    expect(grid.sheets.find((s) => s.name === META_SHEET)?.visibility).toBe("veryHidden");
  });

  it("extracts the declared identity, and a blank template has only its required inputs to fill", () => {
    const extraction = extract(readWorkbookGrid(bytes, "mau.xlsx"));
    expect(extraction.report?.unit).toEqual(source.unit);
    expect(extraction.report?.period.id).toBe("2025-D1");
    expect(extraction.report?.targets).toEqual(source.targets);
    const findings = validate(extraction);
    const required = TEMPLATE_IDS.flatMap((id) => inputCells(getTemplate(id)).filter((c) => c.required));
    expect(findings.map((f) => [f.severity, f.rule])).toEqual(
      required.map(() => ["error", "cell.required_blank"]),
    );
    // The template's own check sheet counted the same, with nothing recalculated.
    const errors =
      extraction.forms.length > 0 ? plan.names.find((n) => n.name === "TD_CHECK_ERRORS") : undefined;
    const sheet = plan.sheets.find((s) => s.name === errors?.sheet);
    expect(sheet?.cells.find((c) => c.row === errors!.row && c.col === errors!.col)?.value).toBe(
      required.length,
    );
  });

  it("reads a formula without a cached value as a formula with no value", () => {
    const grid = readWorkbookGrid(bytes, "mau.xlsx");
    const uncached = plan.sheets.flatMap((s) =>
      s.cells.filter((c) => c.formula && (c.value === null || c.value === undefined)).map((c) => ({ s, c })),
    );
    expect(uncached.length).toBeGreaterThan(0);
    for (const { s, c } of uncached) {
      const read = grid.sheets.find((g) => g.name === s.name)!.cells.get(toA1(c.row, c.col));
      // The sizes it is drawn in (its column's width) are a fact of its look, not of its value.
      expect({ ...read, drawnSizes: undefined }).toEqual({ formula: c.formula });
    }
  });

  it("keeps the cached results a plan with figures carries", async () => {
    const filled = layoutReport({
      ...source,
      forms: computedForms(sampleInputs(TEMPLATE_IDS), TEMPLATE_IDS),
    });
    const grid = readWorkbookGrid(await writeWorkbookPlan(filled), "tong-hop.xlsx");
    const cached = filled.sheets.flatMap((s) =>
      s.cells.filter((c) => c.formula && c.value !== null && c.value !== undefined).map((c) => ({ s, c })),
    );
    expect(cached.some(({ c }) => c.value === MET_TEXT.vi)).toBe(true);
    for (const { s, c } of cached) {
      const value = grid.sheets.find((g) => g.name === s.name)!.cells.get(toA1(c.row, c.col))?.value?.value;
      expect([s.name, toA1(c.row, c.col), value]).toEqual([s.name, toA1(c.row, c.col), c.value]);
    }
  });

  it("reads every figure of a template another program filled and saved with ExcelJS", async () => {
    const inputs = sampleInputs(TEMPLATE_IDS);
    const filler = new ExcelJS.Workbook();
    await filler.xlsx.load(bytes.slice().buffer);
    for (const [name, value] of Object.entries(inputs)) {
      const planned = plan.names.find((n) => n.name === name)!;
      filler.getWorksheet(planned.sheet)!.getCell(planned.row + 1, planned.col + 1).value = value;
    }
    const filled = new Uint8Array(await filler.xlsx.writeBuffer());
    // ExcelJS points the saved workbook at a theme it does not write when the template had none.
    const parts = unzipSync(filled);
    expect(strFromU8(parts["xl/_rels/workbook.xml.rels"]!)).toContain("theme/theme1.xml");
    expect(parts["xl/theme/theme1.xml"]).toBeUndefined();
    const submission = readSubmission(filled, { name: "exceljs.xlsx", sha256: "x" });
    const report = "extraction" in submission ? submission.extraction.report : null;
    const expected = computedForms(inputs, TEMPLATE_IDS);
    for (const id of TEMPLATE_IDS) expect(report?.forms[id]).toEqual(expected[id]);
  });

  it("reports when the workbook says it was saved", async () => {
    const modified = new Date("2025-07-05T10:00:00Z");
    const grid = readWorkbookGrid(await writeWorkbookPlan(plan, { modified }), "mau.xlsx");
    expect(grid.modifiedAt).toBe(modified.toISOString());
  });

  // Red team, round 57: an .ods's own save time (meta.xml's dc:date, local time without a zone), not the
  // file's on disk, tells which of a unit's two versions is the newer.
  it("reports when an .ods says it was saved, its save time over its creation", async () => {
    const ods = unzipSync(resaveWith(await writeWorkbookPlan(plan), "xlsx", "ods"));
    const meta = strFromU8(ods["meta.xml"]!);
    expect(meta).toMatch(/<dc:date>[^<]*<\/dc:date>/);
    const dated = (changed: string) =>
      readWorkbookGrid(zipSync({ ...ods, "meta.xml": strToU8(changed) }), "mau.ods").modifiedAt;
    expect(dated(meta.replace(/<dc:date>[^<]*</, "<dc:date>2025-07-05T10:00:00.123<"))).toBe(
      "2025-07-05T10:00:00.123Z",
    );
    const created = meta
      .replace(/<dc:date>[^<]*<\/dc:date>/, "")
      .replace(/<meta:creation-date>[^<]*</, "<meta:creation-date>2025-07-02T08:00:00<");
    expect(dated(created)).toBe("2025-07-02T08:00:00.000Z");
  }, 60_000);
});

describe("the writer translates every plan field", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer);
  });

  it("writes values, formulas, number formats, styles and protection of every cell", () => {
    expect(wb.creator).toBe("Thi Đua");
    for (const sheet of plan.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      for (const cell of sheet.cells) {
        const written = ws.getCell(cell.row + 1, cell.col + 1);
        const where = `${sheet.name}!${toA1(cell.row, cell.col)}`;
        // Excel and LibreOffice read a function newer than the format only with `_xlfn.` before it.
        if (cell.formula) {
          expect([where, written.formula.replace(/_xlfn\./g, "")]).toEqual([where, cell.formula]);
          expect([where, written.formula]).not.toEqual([
            where,
            expect.stringMatching(/(?<!_xlfn\.)ISFORMULA\(/),
          ]);
        } else expect([where, written.value]).toEqual([where, cell.value ?? null]);
        if (cell.numFmt) expect([where, written.numFmt]).toEqual([where, cell.numFmt]);
        expect([where, written.protection?.locked]).toEqual([where, cell.unlocked ? false : undefined]);
        const style = STYLES[cell.style ?? "metaValue"] as Record<string, unknown>;
        const fill = written.fill?.type === "pattern" ? written.fill.fgColor?.argb : undefined;
        expect({
          where,
          actual: {
            bold: !!written.font?.bold,
            italic: !!written.font?.italic,
            size: written.font?.size,
            color: written.font?.color?.argb,
            fill,
            wrap: !!written.alignment?.wrapText,
            align: written.alignment?.horizontal,
            border: written.border?.top?.style === "thin" && written.border?.bottom?.style === "thin",
          },
        }).toEqual({
          where,
          actual: {
            bold: !!style.bold,
            italic: !!style.italic,
            size: style.size ?? written.font?.size,
            color: style.color ? `FF${style.color}` : written.font?.color?.argb,
            fill: style.fill ? `FF${style.fill}` : undefined,
            wrap: !!style.wrap,
            align: style.align,
            border: !!style.border,
          },
        });
      }
    }
  });

  it("writes merges, column widths, frozen panes and visibility of every sheet", () => {
    for (const sheet of plan.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      expect(ws.state).toBe(sheet.visibility);
      expect([...ws.model.merges].sort()).toEqual(
        sheet.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`).sort(),
      );
      sheet.columnWidths.forEach((width, i) => expect(ws.getColumn(i + 1).width).toBe(width));
      if (sheet.freeze)
        expect(ws.views?.[0]).toMatchObject({
          state: "frozen",
          xSplit: sheet.freeze.cols,
          ySplit: sheet.freeze.rows,
        });
    }
  });

  it("puts the whole-number validation on each cell of each area", () => {
    for (const sheet of plan.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      for (const validation of sheet.validations) {
        if ("list" in validation) continue;
        for (const area of validation.areas) {
          const written = ws.getCell(area.top + 1, area.left + 1).dataValidation;
          expect(written).toMatchObject({
            type: "whole",
            showErrorMessage: true,
            errorTitle: validation.title,
            error: validation.message,
          });
          expect(written.formulae.map(Number)).toEqual([validation.min, validation.max]);
        }
      }
    }
  });

  it("asks Excel to recalculate on open and protects the planned sheets without a password", () => {
    const parts = unzipSync(bytes);
    const workbookXml = strFromU8(parts["xl/workbook.xml"]!);
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    plan.sheets.forEach((sheet, i) => {
      const sheetXml = strFromU8(parts[`xl/worksheets/sheet${i + 1}.xml`]!);
      const protection = /<sheetProtection[^>]*>/.exec(sheetXml)?.[0];
      if (!sheet.protect) return expect(protection).toBeUndefined();
      expect(protection).toContain('sheet="1"');
      expect(protection).not.toMatch(/hashValue|password|selectLockedCells="1"|selectUnlockedCells="1"/);
      expect(protection).toContain('formatColumns="0"');
      expect(protection).toContain('formatRows="0"');
    });
  });
});

describe("edge cases of the writer", () => {
  const tiny = (name: string, value: string): WorkbookPlan => ({
    sheets: [
      {
        name,
        title: { vi: "", en: "" },
        visibility: "visible",
        cells: [{ row: 0, col: 0, value }],
        merges: [],
        columnWidths: [],
        validations: [],
        protect: false,
      },
    ],
    names: [{ name: "TD_TEST", sheet: name, row: 0, col: 0 }],
  });

  it("keeps text that starts with '=' as text", async () => {
    const grid = readWorkbookGrid(await writeWorkbookPlan(tiny("Biểu 01", "=1+1")), "t.xlsx");
    expect(grid.sheets[0]!.cells.get("A1")).toEqual({ value: { type: "string", value: "=1+1" } });
  });

  it("quotes sheet names with spaces and apostrophes in defined names", async () => {
    const grid = readWorkbookGrid(await writeWorkbookPlan(tiny("Đơn vị's 2025", "x")), "t.xlsx");
    expect(grid.names).toEqual([{ name: "TD_TEST", sheet: "Đơn vị's 2025", address: "A1" }]);
  });
});
