import { rollup } from "../../src/core";
import { otherUnitNamed } from "../../src/core/rollup/named-for-other";
import { consistentFills, submission, unit } from "../support/reports";

// Red team, round 32: U08's figures typed into U07's template (its identity says U07), saved a day later
// as U08-2025-D1.xlsx, were kept as U07's newer report: U07's own file was dropped as a duplicate, every
// U07 figure was U08's, U08 was missing, and the roll-up ended as if every file was used.

describe("a unit code in a file's name", () => {
  const codes = new Set(["U07", "U08", "CD_P01", "D1"]);

  it("is another unit's where the name carries that code alone, whole between separators", () => {
    expect(otherUnitNamed("U08-2025-D1.xlsx", "U09", new Set(["U07", "U08"]))).toBe("U08");
    expect(otherUnitNamed("bao cao u08.xlsx", "U07", codes)).toBe("U08");
    expect(otherUnitNamed("Huyện A/CD_P01 dot 1.xls", "U07", codes)).toBe("CD_P01");
  });

  it("is nobody's where the name carries the file's own code, two codes, or a code inside a longer word", () => {
    expect(otherUnitNamed("U08-2025-D1.xlsx", "U08", codes)).toBeUndefined();
    expect(otherUnitNamed("U07 gửi thay U08.xlsx", "U09", codes)).toBeUndefined();
    expect(otherUnitNamed("U080-2025.xlsx", "U07", codes)).toBeUndefined();
    // The folders a file sits in are not its name.
    expect(otherUnitNamed("U08/bao-cao.xlsx", "U07", codes)).toBeUndefined();
  });
});

describe("a file named for a unit that sent nothing, holding another unit's report", () => {
  const units = ["P01", "P02", "P03"].map((code) => unit(code));
  const report = (code: string, file: string, day: string, seed: number) =>
    submission({ unit: unit(code), fills: consistentFills(["B01"], seed), templates: ["B01"] }, file, day);
  const own = report("P01", "P01-2025-D1.xlsx", "2025-07-05T08:00:00Z", 1);
  const neighbours = report("P01", "P02-2025-D1.xlsx", "2025-07-06T08:00:00Z", 2);
  const third = report("P03", "P03-2025-D1.xlsx", "2025-07-05T08:00:00Z", 3);

  it("is refused beside the unit's own report, which is used, the unit it names left missing", () => {
    const summary = rollup([own, neighbours, third], { expectedUnits: units });
    expect(summary.rejected.map((r) => [r.source.name, r.rule])).toEqual([
      ["P02-2025-D1.xlsx", "rollup.named_for_other"],
    ]);
    const p01 = summary.units.find((u) => u.unit.code === "P01")!;
    expect(p01.sources.map((s) => s.name)).toEqual(["P01-2025-D1.xlsx"]);
    expect(summary.duplicates).toEqual([]);
    expect(summary.missing.map((u) => u.code)).toEqual(["P02"]);
    expect(summary.rejected[0]!.reason.en).toContain("P02 may have filled in P01's template");
  });

  it("is kept with a warning where it is the unit's only report, a file's name being no proof", () => {
    const summary = rollup([neighbours, third], { expectedUnits: units });
    expect(summary.rejected).toEqual([]);
    const p01 = summary.units.find((u) => u.unit.code === "P01")!;
    expect(p01.sources.map((s) => s.name)).toEqual(["P02-2025-D1.xlsx"]);
    expect(p01.warnings.filter((w) => w.rule === "rollup.named_for_other")).toHaveLength(1);
  });

  it("is a unit's own where the unit it names sent a report of its own", () => {
    const p02 = report("P02", "P02 ban chinh.xlsx", "2025-07-05T08:00:00Z", 4);
    const summary = rollup([own, neighbours, p02, third], { expectedUnits: units });
    expect(summary.rejected).toEqual([]);
    expect(summary.duplicates.map((d) => d.unitCode)).toEqual(["P01"]);
  });
});
