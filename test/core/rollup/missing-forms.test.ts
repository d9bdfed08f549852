import { parsePeriod, rollup } from "../../../src/core";
import { consistentFills, submission, unit } from "../../support/reports";

const YEAR = parsePeriod("2025")!;
const D1 = parsePeriod("2025-D1")!;

const report = (
  code: string,
  file: string,
  templates?: readonly ("B01" | "B02" | "B03" | "B04")[],
  at?: string,
) => submission({ unit: unit(code), period: D1, ...(templates ? { templates } : {}) }, file, at);

const warningsOf = (summary: ReturnType<typeof rollup>, code: string, rule: string) =>
  summary.units.find((u) => u.unit.code === code)!.warnings.filter((w) => w.rule === rule);

describe("a unit that leaves whole forms out", () => {
  const complete = ["P01", "P02", "P03"].map((c) => report(c, `${c}.xlsx`));

  it("is partial for those forms, warned about, listed as unreported and scored on every form's targets", () => {
    const onlyB01 = report("P04", "P04.xlsx", ["B01"]);
    const summary = rollup([...complete, onlyB01]);
    const p04 = summary.units.find((u) => u.unit.code === "P04")!;
    expect(p04.status).toBe("partial");
    expect(p04.gaps).toEqual([{ start: D1.start, end: D1.end, templates: ["B02", "B03", "B04"] }]);
    const [warning] = warningsOf(summary, "P04", "rollup.forms_missing");
    expect(warning!.message_vi).toContain("P04.xlsx");
    expect(warning!.message_vi).toContain("Biểu 02, Biểu 03, Biểu 04");
    expect(warning!.message_en).toContain("P04: file P04.xlsx does not hold Biểu 02, Biểu 03, Biểu 04");
    const b02 = summary.unreported.filter((c) => c.template === "B02");
    expect(b02.length).toBeGreaterThan(0);
    expect(b02.every((c) => c.units.includes("P04"))).toBe(true);
    // Leaving forms out must not score better: the targets of the missing forms stay in the possible points.
    const full = summary.units.find((u) => u.unit.code === "P01")!;
    expect(p04.scoring.possible).toBe(full.scoring.possible);
    expect(p04.attainment.filter((a) => a.template === "B02").every((a) => a.result === null)).toBe(true);
  });

  it("says which forms of an earlier file a later file with fewer forms leaves unused", () => {
    const first = report("P04", "lan1.xlsx", undefined, "2025-07-01T08:00:00Z");
    const again = report("P04", "lan2.xlsx", ["B01"], "2025-07-02T08:00:00Z");
    const summary = rollup([...complete, first, again]);
    const [dropped] = warningsOf(summary, "P04", "rollup.forms_dropped");
    expect(dropped!.message_en).toContain(
      "file lan2.xlsx replaces file lan1.xlsx; Biểu 02, Biểu 03, Biểu 04 of file lan1.xlsx are not used",
    );
    expect(summary.units.find((u) => u.unit.code === "P04")!.status).toBe("partial");
  });

  it("expects no form no used report holds", () => {
    const summary = rollup(["P01", "P02"].map((c) => report(c, `${c}.xlsx`, ["B01"])));
    expect(summary.units.map((u) => u.status)).toEqual(["ok", "ok"]);
    expect(summary.unreported).toEqual([]);
  });
});

describe("a round that leaves a form out of a combined period", () => {
  const round = (
    period: string,
    templates: readonly ("B01" | "B02")[],
    fills?: ReturnType<typeof consistentFills>,
  ) =>
    submission(
      {
        unit: unit("X01"),
        period: parsePeriod(period)!,
        templates,
        ...(fills ? { fills } : {}),
      },
      `X01-${period}.xlsx`,
    );

  it("makes the unit partial for that form over the round's dates, with a warning and its flows unreported", () => {
    const summary = rollup([round("2025-D1", ["B01", "B02"]), round("2025-D2", ["B01"])], { period: YEAR });
    const x01 = summary.units[0]!;
    expect(x01.status).toBe("partial");
    expect(x01.gaps).toEqual([{ start: "2025-07-01", end: "2025-12-31", templates: ["B02"] }]);
    const [warning] = x01.warnings.filter((w) => w.rule === "rollup.forms_missing");
    expect(warning!.message_en).toContain(
      "X01: file X01-2025-D2.xlsx (01/7/2025 – 31/12/2025) does not hold Biểu 02",
    );
    expect(warning!.message_en).toContain("flows of these forms are the other rounds' only");
    const admitted = summary.unreported.find((c) => c.template === "B02" && c.col === "members_admitted");
    expect(admitted?.units).toEqual(["X01"]);
  });

  it("refuses a round that leaves a required flow blank, naming its cell, and keeps the other round", () => {
    const fills = consistentFills(["B02"], 5);
    const d1 = round("2025-D1", ["B02"], { ...fills, TD_B02_state_members_admitted: null });
    const d2 = round("2025-D2", ["B02"], fills);
    const summary = rollup([d1, d2], { period: YEAR });
    expect(summary.rejected.map((r) => [r.source.name, r.rule])).toEqual([
      ["X01-2025-D1.xlsx", "cell.required_blank"],
    ]);
    expect(summary.rejected[0]!.reason.vi).toMatch(/^Có 1 lỗi, ở ô E10 của trang tính "Biểu 02": /);
    expect(summary.rejected[0]!.reason.en).toMatch(/^1 error, in cell E10 of sheet "Biểu 02": /);
    expect(summary.units[0]!.status).toBe("partial");
    expect(summary.units[0]!.report.forms.B02!.state!.members_admitted).toBe(
      fills.TD_B02_state_members_admitted,
    );
  });
});
