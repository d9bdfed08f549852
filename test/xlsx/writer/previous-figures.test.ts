import {
  cellName,
  CUSTOM_FORM,
  DATA_COLUMNS,
  formCells,
  formDef,
  getTemplate,
  layoutReport,
  layoutSummary,
  MAX_INDICATORS,
  parsePeriod,
  previousFromGrid,
  rollup,
  TEMPLATE_IDS,
  toA1,
  totalNotes,
  type GridCell,
  type PreviousFigures,
  type Summary,
  type WorkbookGrid,
} from "../../../src/core";
import { readSummaryGrid, readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { consistentFills, submission, unit } from "../../support/reports";

const D2 = parsePeriod("2025-D2")!;
const codes = ["P01", "P02", "P03"];
const seed = (code: string) => 700 + codes.indexOf(code);

let first: Summary;
let previous: PreviousFigures;
let bytes: Uint8Array;

beforeAll(async () => {
  first = rollup(
    codes.map((code) =>
      submission({ unit: unit(code), fills: consistentFills(TEMPLATE_IDS, seed(code)) }, code),
    ),
  );
  bytes = await writeWorkbookPlan(layoutSummary(first));
  previous = previousFromGrid(readSummaryGrid(bytes, "tong-hop-dot-1.xlsx"))!;
});

describe("a summary's figures, read back for the next period", () => {
  it("are the same streamed from the data sheet as parsed whole by the general reader", () => {
    expect(previousFromGrid(readWorkbookGrid(bytes, "tong-hop-dot-1.xlsx"))).toEqual(previous);
  });

  it("gives each unit's figures under the cells' defined names, and the summary's period", () => {
    expect(previous.periodId).toBe("2025-D1");
    expect(previous.periodLabel).toEqual(first.period.label);
    expect([...previous.units.keys()]).toEqual(codes);
    for (const row of first.units) {
      const figures = previous.units.get(row.unit.code)!;
      for (const id of TEMPLATE_IDS)
        for (const cell of formCells(getTemplate(id)))
          expect([cell.name, figures.get(cell.name.toUpperCase())]).toEqual([
            cell.name,
            row.report.forms[id]![cell.row.key]![cell.col.key] ?? null,
          ]);
    }
  });

  it("lets the next roll-up show each target's previous result and warn on jumps", () => {
    const exemplary = cellName("B04", "exemplary_models", "value");
    const p01Before = previous.units.get("P01")!.get(exemplary.toUpperCase())!;
    const next = rollup(
      codes.map((code) =>
        submission(
          {
            unit: unit(code),
            period: D2,
            fills: {
              ...consistentFills(TEMPLATE_IDS, seed(code)),
              ...(code === "P01" ? { [exemplary]: p01Before * 10 + 20 } : {}),
            },
          },
          `${code}-D2`,
        ),
      ),
      { previous },
    );
    expect(next.previous).toEqual({ periodId: "2025-D1", periodLabel: first.period.label });
    for (const row of next.units) {
      const before = first.units.find((u) => u.unit.code === row.unit.code)!;
      expect(row.attainment.map((a) => [a.key, a.previous])).toEqual(
        before.attainment.map((a) => [a.key, a.result]),
      );
      const jumps = row.warnings.filter((w) => w.rule === "rollup.jump");
      expect(jumps).toHaveLength(row.unit.code === "P01" ? 1 : 0);
    }
    // The jump is at the cell of P01's figure, named in the message as every other finding's place is.
    const placed = layoutReport({ unit: unit("P01"), period: D2, templates: TEMPLATE_IDS, targets: {} });
    const at = placed.names.find((n) => n.name === exemplary)!;
    const cell = toA1(at.row, at.col);
    const jump = next.units[0]!.warnings.find((w) => w.rule === "rollup.jump")!;
    expect([jump.template, jump.sheet, jump.cell]).toEqual(["B04", at.sheet, cell]);
    expect(jump.message_vi).toContain(`(tệp P01-D2, ô ${cell} của trang tính "${at.sheet}")`);
    expect(jump.message_en).toContain(`(file P01-D2, cell ${cell} of sheet "${at.sheet}")`);
    const overview = layoutSummary(next).sheets[0]!;
    const header = overview.cells.find((c) => c.value === "Kết quả kỳ trước / Previous result")!;
    const p01 = overview.cells.find((c) => c.value === "P01")!;
    const before = first.units[0]!.attainment[0]!;
    expect(overview.cells.find((c) => c.row === p01.row && c.col === header.col)?.value).toBe(before.result);
    // The total row's previous result is the previous summary's own (red team, round 32: left blank).
    expect(next.totalAttainment.map((a) => [a.key, a.previous])).toEqual(
      first.totalAttainment.map((a) => [a.key, a.result]),
    );
    expect(first.totalAttainment.some((a) => a.result !== null)).toBe(true);
    const total = overview.cells.find((c) => c.value === "Tổng cộng" && c.col < header.col)!;
    expect(overview.cells.find((c) => c.row === total.row && c.col === header.col)?.value).toBe(
      first.totalAttainment[0]!.result,
    );
  });
});

describe("a previous summary that is not of an earlier period", () => {
  // The natural wrong pick when rolling up again after a corrected file is this period's own summary; a
  // later one is a slip of the file dialog. Compared with either, every change and jump means nothing.
  const again = (period: ReturnType<typeof parsePeriod>) =>
    rollup(
      codes.map((code) =>
        submission(
          { unit: unit(code), period: period!, fills: consistentFills(TEMPLATE_IDS, seed(code) * 3) },
          `${code}-again`,
        ),
      ),
      { previous },
    );

  it.each(["2025-D1", "2025"])(
    "is set aside for %s, said in the total's notes, nothing compared with it",
    (id) => {
      const summary = again(parsePeriod(id));
      expect(summary.previous).toBeNull();
      expect(summary.previousSetAside).toEqual({ periodId: "2025-D1", periodLabel: first.period.label });
      expect(summary.units.flatMap((u) => u.warnings.filter((w) => w.rule === "rollup.jump"))).toEqual([]);
      expect(summary.units.every((u) => u.attainment.every((a) => a.previous === undefined))).toBe(true);
      const notes = totalNotes(summary).map((n) => n.vi);
      expect(
        notes.filter((n) => n.includes(first.period.label.vi) && n.includes("không so sánh")),
      ).toHaveLength(1);
      const overview = layoutSummary(summary).sheets[0]!;
      expect(overview.cells.some((c) => c.value === "Kết quả kỳ trước / Previous result")).toBe(false);
    },
  );

  it("is used for the period after it, with nothing set aside", () => {
    const summary = again(D2);
    expect(summary.previous).toEqual({ periodId: "2025-D1", periodLabel: first.period.label });
    expect(summary.previousSetAside ?? null).toBeNull();
    expect(totalNotes(summary).some((n) => n.vi.includes("không so sánh"))).toBe(false);
  });
});

describe("a computed figure over inputs all left blank", () => {
  const built = cellName("B04", "mai_am_built", "value");
  const repaired = cellName("B04", "mai_am_repaired", "value");
  const total = cellName("B04", "mai_am_total", "value").toUpperCase();
  // A unit's own report cannot leave them blank (they are required): one that leaves Biểu 04 out can.
  const blankMaiAm = (code: string) =>
    submission(
      {
        unit: unit(code),
        templates: TEMPLATE_IDS.filter((id) => id !== "B04"),
        fills: Object.fromEntries(
          Object.entries(consistentFills(TEMPLATE_IDS, seed(code))).filter(([n]) => !n.startsWith("TD_B04_")),
        ),
      },
      code,
    );

  it("is not reported in the summary: blank in the per-unit sheet and in the figures kept for the next period", async () => {
    const summary = rollup([blankMaiAm("P01"), submission({ unit: unit("P02") }, "P02")]);
    expect(summary.units[0]!.report.forms.B04?.mai_am_total?.value ?? null).toBeNull();
    const sheet = layoutSummary(summary).sheets.find((s) => s.name === "TH Biểu 04")!;
    const p01 = sheet.cells.find((c) => c.value === "P01")!;
    const header = sheet.cells.find(
      (c) => c.value === getTemplate("B04").rows.find((r) => r.key === "mai_am_total")!.label.vi,
    )!;
    expect(sheet.cells.find((c) => c.row === p01.row && c.col === header.col)?.value ?? null).toBeNull();

    const kept = previousFromGrid(
      readSummaryGrid(await writeWorkbookPlan(layoutSummary(summary)), "d1.xlsx"),
    )!;
    expect(kept.units.get("P01")!.get(total)).toBeNull();

    const reported = { ...consistentFills(TEMPLATE_IDS, seed("P01")), [built]: 80, [repaired]: 0 };
    const next = rollup([submission({ unit: unit("P01"), period: D2, fills: reported }, "P01-D2")], {
      previous: kept,
    });
    expect(next.units[0]!.attainment.find((a) => a.key === "B04_mai_am_total")!.previous).toBeNull();
    const jumps = next.units[0]!.warnings.filter((w) => w.rule === "rollup.jump");
    expect(jumps).toEqual([]);
  });
});

describe("reading previous figures from a workbook", () => {
  const grid = (cells: Record<string, GridCell["value"]>, sheet = "td_data"): WorkbookGrid => ({
    sheets: [
      {
        name: sheet,
        visibility: "hidden",
        cells: new Map(Object.entries(cells).map(([address, value]) => [address, value ? { value } : {}])),
      },
    ],
    names: [],
  });
  const text = (value: string) => ({ type: "string" as const, value });
  const number = (value: number) => ({ type: "number" as const, value });

  it("refuses a workbook that is not a summary", async () => {
    const report = layoutReport({ unit: unit("P01"), period: D2, templates: TEMPLATE_IDS, targets: {} });
    expect(previousFromGrid(readWorkbookGrid(await writeWorkbookPlan(report), "P01.xlsx"))).toBeNull();
    expect(previousFromGrid(grid({ A1: text("ma_don_vi"), A2: text("P01") }))).toBeNull();
  });

  it("reads every column of the widest data sheet a summary writes: every form cell and the most own indicators", () => {
    const indicators = Array.from({ length: MAX_INDICATORS }, (_, i) => ({
      code: `own_${i}`,
      name: { vi: `Chỉ tiêu ${i}`, en: `Indicator ${i}` },
      kind: "flow" as const,
      required: true,
    }));
    const names = [...TEMPLATE_IDS, CUSTOM_FORM].flatMap((id) =>
      formCells(formDef(id, indicators)).map((cell) => cell.name),
    );
    const header = [...DATA_COLUMNS, ...names];
    const cells = Object.fromEntries(header.map((name, col) => [toA1(0, col), text(name)]));
    const last = header.length - 1;
    const read = previousFromGrid(grid({ ...cells, A2: text("P01"), [toA1(1, last)]: number(5) }))!;
    expect(read.units.get("P01")!.get(header[last]!.toUpperCase())).toBe(5);
  });

  it("matches headers without regard to case, keeps numbers only, and takes file keys as data", () => {
    const read = previousFromGrid(
      grid({
        A1: text("Unit_Code"),
        B1: text("td_b04_exemplary_models_value"),
        C1: text("__proto__"),
        D1: text("TD_B04_EMULATION_WORKS_VALUE"),
        A2: text(" p01 "),
        B2: number(12),
        C2: number(3),
        D2: text("7"),
        A3: text("P01"),
        B3: number(99),
        A4: number(42),
        B4: { type: "error", value: "#DIV/0!" },
      }),
    )!;
    expect(read.periodId).toBe("");
    expect([...read.units.keys()]).toEqual(["P01", "42"]);
    expect([...read.units.get("P01")!]).toEqual([
      ["TD_B04_EXEMPLARY_MODELS_VALUE", 12],
      ["__PROTO__", 3],
      ["TD_B04_EMULATION_WORKS_VALUE", null],
    ]);
    expect(read.units.get("42")!.get("TD_B04_EXEMPLARY_MODELS_VALUE")).toBeNull();
  });
});
