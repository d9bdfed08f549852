import {
  cellName,
  computeForm,
  emptyValues,
  extract,
  findDefinition,
  getTemplate,
  layoutReport,
  rollup,
  validate,
  type Finding,
  type GridCell,
  type TemplateDef,
} from "../../../src/core";
import {
  consistentFills,
  PERIOD_2025_D1,
  reportGrid,
  submission,
  unit,
  type ReportSpec,
} from "../../support/reports";

const B02_V1: TemplateDef = findDefinition("B02", 1)!;
const name = (row: string, col: string) => cellName("B02", row, col);
const errorsOf = (findings: readonly Finding[]) => findings.filter((f) => f.severity === "error");

/** A B02 report as the build before transfers wrote it. */
const v1Spec = (code: string, fills: ReportSpec["fills"] = undefined): ReportSpec => ({
  unit: unit(code),
  templates: ["B02"],
  earlier: [B02_V1],
  ...(fills ? { fills } : {}),
});

describe("B02 versions", () => {
  it("derives version 1 from version 2: no transfer columns, the old balances", () => {
    const current = getTemplate("B02");
    expect([current.version, B02_V1.version]).toEqual([3, 1]);
    expect(
      current.columns.filter((c) => !B02_V1.columns.some((o) => o.key === c.key)).map((c) => c.key),
    ).toEqual([
      "members_transferred_in",
      "members_transferred_out",
      "unions_transferred_in",
      "unions_transferred_out",
    ]);
    expect(B02_V1.rows).toEqual(findDefinition("B02", 2)!.rows);
    expect(B02_V1.targets).toBe(current.targets);
    expect(findDefinition("B02", 4)).toBeUndefined();
  });

  it("writes the formulas each version's files hold", () => {
    const formulaOf = (earlier: readonly TemplateDef[], cell: string) => {
      const plan = layoutReport({
        unit: unit("P01"),
        period: PERIOD_2025_D1,
        templates: ["B02"],
        targets: {},
        earlier,
      });
      const at = plan.names.find((n) => n.name === cell)!;
      return plan.sheets
        .find((s) => s.name === at.sheet)!
        .cells.find((c) => c.row === at.row && c.col === at.col)!.formula;
    };
    expect(formulaOf([B02_V1], name("state", "members_end"))).toBe("D10+E10-F10");
    expect(formulaOf([B02_V1], name("state", "unions_end"))).toBe("I10+J10-K10");
    expect(formulaOf([], name("state", "members_end"))).toBe("D10+E10+F10-G10-H10");
    expect(formulaOf([], name("state", "unions_end"))).toBe("K10+L10+M10-N10-O10");
  });

  it("reads a B02@1 workbook, checks it with its own formulas, and gives its figures in today's shape", () => {
    const extraction = extract(reportGrid(v1Spec("P01")));
    expect(extraction.meta!.templates).toEqual([{ id: "B02", version: 1 }]);
    expect(extraction.forms.map((f) => f.def)).toEqual([B02_V1]);
    expect(validate(extraction)).toEqual([]);

    const state = extraction.report!.forms.B02!.state!;
    expect(Object.keys(state)).toEqual(getTemplate("B02").columns.map((c) => c.key));
    expect([state.members_transferred_in, state.members_transferred_out]).toEqual([null, null]);
    expect(state.members_end).toBe(state.members_start! + state.members_admitted! - state.members_left!);
    expect(state.unions_end).toBe(state.unions_start! + state.unions_founded! - state.unions_dissolved!);
  });

  it("still finds a tampered formula, and the old rules, in a B02@1 workbook", () => {
    const tampered = extract(
      reportGrid({ ...v1Spec("P01"), formulas: { [name("state", "members_end")]: "D10+E10" } }),
    );
    expect(errorsOf(validate(tampered)).map((f) => [f.rule, f.cell])).toEqual([
      ["cell.formula_tampered", "G10"],
    ]);
    const left = v1Spec("P01", {
      ...consistentFills(["B02"], 7, [B02_V1]),
      [name("fdi", "members_female")]: 0,
      [name("fdi", "members_start")]: 100,
      [name("fdi", "members_admitted")]: 5,
      [name("fdi", "members_left")]: 200,
    });
    const found = errorsOf(validate(extract(reportGrid(left))));
    // Members at end fall below zero, so even no women at all exceed them.
    expect(found.map((f) => [f.rule, f.cell])).toEqual([
      ["B02.members_end_not_negative", "F12"],
      ["B02.female_le_members", "H12"],
    ]);
    expect(found[0]!.message_en).toBe(
      "Foreign-invested: members who left (200) exceed members at start plus admitted (105).",
    );
  });

  it("rolls a B02@1 report up with a B02@3 one; transfers are not admissions", () => {
    const v2Fills = {
      ...consistentFills(["B02"], 11),
      [name("private", "workers")]: 100_000,
      [name("private", "members_admitted")]: 40,
      [name("private", "members_transferred_in")]: 500,
      [name("private", "members_transferred_out")]: 20,
    };
    const v2: ReportSpec = { unit: unit("P02"), templates: ["B02"], fills: v2Fills };
    const v2Alone = extract(reportGrid(v2)).report!.forms.B02!;
    const v1Alone = extract(reportGrid(v1Spec("P01"))).report!.forms.B02!;

    const summary = rollup([submission(v1Spec("P01"), "p01.xlsx"), submission(v2, "p02.xlsx")], {
      period: PERIOD_2025_D1,
    });
    expect(summary.rejected).toEqual([]);
    const total = summary.total.forms.B02!;
    for (const col of ["members_admitted", "members_left", "members_end", "unions_end"])
      expect(total.total![col]).toBe(v1Alone.total![col]! + v2Alone.total![col]!);
    expect(total.private!.members_admitted).toBe(v1Alone.private!.members_admitted! + 40);
    expect(total.private!.members_transferred_in).toBe(500);
    expect(summary.totalAttainment.find((t) => t.key === "B02_members_admitted")!.result).toBe(
      total.total!.members_admitted,
    );
    expect(summary.unreported).toContainEqual({
      template: "B02",
      row: "private",
      col: "members_transferred_in",
      units: ["P01"],
    });
  });

  it("balances a B02@3 report with transfers and checks what went out against what there was", () => {
    const b02 = getTemplate("B02");
    const inputs = emptyValues(b02);
    Object.assign(inputs.state!, {
      members_start: 300,
      members_admitted: 50,
      members_transferred_in: 120,
      members_left: 20,
      members_transferred_out: 15,
      unions_start: 4,
      unions_founded: 1,
      unions_transferred_in: 6,
      unions_dissolved: 1,
      unions_transferred_out: 2,
    });
    const values = computeForm(b02, inputs);
    expect(values.state!.members_end).toBe(300 + 50 + 120 - 20 - 15);
    expect(values.state!.unions_end).toBe(4 + 1 + 6 - 1 - 2);
    expect(values.total!.members_admitted).toBe(50);

    const base = { ...consistentFills(["B02"], 3), [name("fdi", "members_female")]: 0 };
    const check = (fills: ReportSpec["fills"]) =>
      errorsOf(
        validate(
          extract(reportGrid({ unit: unit("P01"), templates: ["B02"], fills: { ...base, ...fills } })),
        ),
      );
    const within = {
      [name("fdi", "workers")]: 1000,
      [name("fdi", "members_start")]: 100,
      [name("fdi", "members_admitted")]: 0,
      [name("fdi", "members_transferred_in")]: 50,
      [name("fdi", "members_left")]: 0,
      [name("fdi", "members_transferred_out")]: 150,
    };
    expect(check(within)).toEqual([]);
    const over = check({ ...within, [name("fdi", "members_transferred_out")]: 151 });
    expect(over.map((f) => f.rule)).toEqual(["B02.members_end_not_negative", "B02.female_le_members"]);
  });

  it("accepts every version it reads, and names them when a file's is unknown", () => {
    const grid = reportGrid(v1Spec("P01"));
    const meta = grid.sheets.find((s) => s.name === "TD_META")!.cells as Map<string, GridCell>;
    const row = [...meta].find(([, c]) => c.value?.value === "templates")![0].slice(1);
    meta.set(`B${row}`, { value: { type: "string", value: "B02@4" } });
    const unknown = validate(extract(grid)).filter((f) => f.rule === "identity.unknown_version");
    expect(unknown.map((f) => f.message_en)).toEqual([
      "Template B02 version 4 is not supported (versions read: 1, 2, 3); use the latest template your federation sent, or update Thi Đua.",
    ]);
  });
});
