import {
  defaultTargets,
  extract,
  layoutReport,
  layoutSummary,
  parsePeriod,
  rollup,
  validate,
  type Extraction,
  type Submission,
} from "../../../src/core";
import { readSubmission, writeWorkbookPlan } from "../../../src/xlsx";
import { gridFromPlan } from "../../support/plan-grid";
import { b02Round, unit } from "../../support/reports";

const B02_ROWS = ["public_sector", "state", "private", "fdi", "other"];

async function writtenAndReadBack(
  summary: ReturnType<typeof rollup>,
): Promise<Submission & { extraction: Extraction }> {
  const bytes = await writeWorkbookPlan(layoutSummary(summary));
  const read = readSubmission(bytes, { name: "tong-hop-2025.xlsx", sha256: "summary" });
  if (!("extraction" in read)) throw new Error("the summary could not be read");
  return read;
}

describe("the parent-level report of a year rolled up from rounds", () => {
  // X01's second round opens with 790 members where its first closed with 830: the year's closing
  // figure is the 800 it reported last, not 800 + 50 − 20 + 10 = 840.
  const rounds = [
    b02Round("X01", "2025-D1", { members_start: 800, members_admitted: 50, members_left: 20 }),
    b02Round("X01", "2025-D2", { members_start: 790, members_admitted: 10, members_left: 0 }),
    b02Round("X02", "2025-D1", { members_start: 600, members_admitted: 30, members_left: 10 }),
    b02Round("X02", "2025-D2", { members_start: 620, members_admitted: 5, members_left: 5 }),
  ];

  it("holds the sum of the units' closing figures, which a roll-up of it reads again", async () => {
    const summary = rollup(rounds, { period: parsePeriod("2025")! });
    const closing = (800 + 620) * B02_ROWS.length;
    expect(summary.total.forms.B02!.total!.members_end).toBe(closing);

    const read = await writtenAndReadBack(summary);
    const forms = read.extraction.report!.forms.B02!;
    expect(forms.total!.members_end).toBe(closing);
    expect(forms.state!.members_end).toBe(800 + 620);
    expect(forms.total!.membership_rate).toBeCloseTo(closing / (2000 * 2 * B02_ROWS.length), 12);

    const again = rollup([read], { period: parsePeriod("2025")! });
    expect(again.total.forms.B02).toEqual(summary.total.forms.B02);
  });

  it("passes its own validation, with a warning where the closing figure is not the opening plus the flows", async () => {
    const read = await writtenAndReadBack(rollup(rounds, { period: parsePeriod("2025")! }));
    const findings = validate(read.extraction);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    const differs = findings.filter((f) => f.rule === "cell.closing_differs");
    expect(differs.map((f) => f.cell)).toContain("I14");
    expect(differs.find((f) => f.cell === "I14")!.message_en).toContain("7,100");
  });

  it("warns nothing when every unit's rounds agree", async () => {
    const agreeing = [
      b02Round("X01", "2025-D1", { members_start: 800, members_admitted: 50, members_left: 20 }),
      b02Round("X01", "2025-D2", { members_start: 830, members_admitted: 10, members_left: 0 }),
    ];
    const read = await writtenAndReadBack(rollup(agreeing, { period: parsePeriod("2025")! }));
    expect(read.extraction.report!.forms.B02!.total!.members_end).toBe(840 * B02_ROWS.length);
    expect(validate(read.extraction)).toEqual([]);
  });

  it("keeps the form's formula in a unit's own report: a figure typed over it is an error, and not used", () => {
    const source = {
      unit: unit("X01"),
      period: parsePeriod("2025-D1")!,
      templates: ["B02" as const],
      targets: defaultTargets(["B02"]),
    };
    const typed = { fills: { TD_B02_state_members_end: 9999 } };
    const own = extract(gridFromPlan(layoutReport(source), typed));
    expect(own.report!.forms.B02!.state!.members_end).toBeNull();
    expect(validate(own).map((f) => f.rule)).toContain("cell.formula_tampered");

    const rolledUp = extract(
      gridFromPlan(layoutReport({ ...source, rollupUnits: ["U1", "U2", "U3"] }), typed),
    );
    expect(rolledUp.report!.forms.B02!.state!.members_end).toBe(9999);
    expect(validate(rolledUp).map((f) => f.rule)).not.toContain("cell.formula_tampered");
  });
});
