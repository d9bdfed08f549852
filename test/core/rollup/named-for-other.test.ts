import { parsePeriod, rollup } from "../../../src/core";
import { codeSpellings, otherUnitNamed, periodWordsOf } from "../../../src/core/rollup/named-for-other";
import { consistentFills, submission, unit } from "../../support/reports";

// Red team, round 32: U08's figures typed into U07's template (its identity says U07), saved a day later
// as U08-2025-D1.xlsx, were kept as U07's newer report: U07's own file was dropped as a duplicate, every
// U07 figure was U08's, U08 was missing, and the roll-up ended as if every file was used.

describe("a unit code in a file's name", () => {
  const codes = codeSpellings(["U07", "U08", "CD_P01", "D1", "05", "2", "X03"]);
  const round1 = periodWordsOf("2025-D1");
  const named = (file: string, own: string) => otherUnitNamed(file, own, codes, round1);

  it("is another unit's where the name carries that code alone, whole between separators", () => {
    expect(named("U08-2025-D1.xlsx", "U09")).toBe("U08");
    expect(named("bao cao u08.xlsx", "U07")).toBe("U08");
    expect(named("Huyện A/CD_P01 dot 1.xls", "U07")).toBe("CD_P01");
  });

  it("is read however the name sets its parts apart, or runs them together (red team, round 33)", () => {
    for (const file of ["X-03 bao cao.xlsx", "x 03.xlsx", "BC_X_03_dot1.xlsx", "X.03-2025-D1.xlsx"])
      expect({ file, named: named(file, "U07") }).toEqual({ file, named: "X03" });
    expect(named("CD-P01 dot 1.xlsx", "U07")).toBe("CD_P01");
    expect(named("CDP01.xlsx", "U07")).toBe("CD_P01");
    expect(named("X 03.xlsx", "X03")).toBeUndefined();
    expect(named("bao cao 2025 D 1.xlsx", "U07")).toBeUndefined();
    // The tail of a Vietnamese word before a number is no code, composed or not (review).
    const ofUnits = codeSpellings(["P01", "P02", "T01", "U01", "N1", "C01", "U08", "X03"]);
    for (const file of [
      "Ấp 01 - bổ sung.xlsx",
      "Lớp 01.xlsx",
      "Tổng hợp 02.xlsx",
      "Đợt 01.xlsx",
      "Biểu 01 gửi lại.xlsx",
    ])
      for (const form of ["NFC", "NFD"] as const)
        expect({ file, form, named: otherUnitNamed(file.normalize(form), "X03", ofUnits, round1) }).toEqual({
          file,
          form,
          named: undefined,
        });
    expect(otherUnitNamed("Đợt 1 - U08.xlsx".normalize("NFD"), "X03", ofUnits, round1)).toBe("U08");
    expect(otherUnitNamed("Phường 5 (P01).xlsx", "X03", ofUnits, round1)).toBe("P01");
    // A Vietnamese word typed on after the code, composed or not (second review, session 22: "X03Đợt1").
    for (const file of ["U08Đợt1.xlsx", "U08Ấp 2.xlsx", "U08đợt 1.xlsx"])
      for (const form of ["NFC", "NFD"] as const)
        expect({ file, form, named: otherUnitNamed(file.normalize(form), "X03", ofUnits, round1) }).toEqual({
          file,
          form,
          named: "U08",
        });
    expect(otherUnitNamed("U08a Đợt 1.xlsx", "X03", ofUnits, round1)).toBeUndefined();
    // One spelling of two units' codes names neither.
    expect(otherUnitNamed("X-03.xlsx", "U07", codeSpellings(["X-03", "X03", "U07"]), round1)).toBeUndefined();
  });

  it("is nobody's where the name carries the file's own code, two codes, or a code inside a longer word", () => {
    expect(named("U08-2025-D1.xlsx", "U08")).toBeUndefined();
    expect(named("U07 gửi thay U08.xlsx", "U09")).toBeUndefined();
    expect(named("U080-2025.xlsx", "U07")).toBeUndefined();
    // The folders a file sits in are not its name.
    expect(named("U08/bao-cao.xlsx", "U07")).toBeUndefined();
  });

  it("is never a number, a word, nor a word of the period, which a unit's code may spell too (review, round 33)", () => {
    expect(named("bao cao 2025-D1.xlsx", "U07")).toBeUndefined();
    expect(named("ngày 05-07-2025.xlsx", "U07")).toBeUndefined();
    expect(named("bao cao dot 2.xlsx", "U07")).toBeUndefined();
    expect(
      otherUnitNamed("BC thi dua dot 1.xlsx", "U07", codeSpellings(["BC", "U07"]), round1),
    ).toBeUndefined();
    // Another round's word is a code like any other.
    expect(otherUnitNamed("bao cao D1.xlsx", "U07", codes, periodWordsOf("2025-D2"))).toBe("D1");
  });

  it("is read in the name's first 255 characters, of four parts at most, so a long name costs little", () => {
    expect(named(`U08-${"a-".repeat(200)}.xlsx`, "U07")).toBe("U08");
    expect(named(`${"a-".repeat(200)}U08.xlsx`, "U07")).toBeUndefined();
    const long = codeSpellings(["CD-HCM-Q1-P01", "A-B-C-D-E"]);
    expect(otherUnitNamed("CD-HCM-Q1-P01 dot 1.xlsx", "U07", long, round1)).toBe("CD-HCM-Q1-P01");
    expect(otherUnitNamed("A-B-C-D-E.xlsx", "U07", long, round1)).toBeUndefined();
  });
});

describe("a file named for another unit, holding this unit's report", () => {
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

  it("is kept with a warning where the unit it names sent its own report, and without a list of units (review)", () => {
    // A ward's correction may carry its district's code ("LDLD Q1 - Phuong 5"): no proof it is another's.
    const p02 = report("P02", "P02 ban chinh.xlsx", "2025-07-05T08:00:00Z", 4);
    for (const options of [{ expectedUnits: units }, {}]) {
      const summary = rollup([own, neighbours, p02, third], options);
      expect(summary.rejected).toEqual([]);
      const p01 = summary.units.find((u) => u.unit.code === "P01")!;
      expect(p01.sources.map((s) => s.name)).toEqual(["P02-2025-D1.xlsx"]);
      expect(p01.warnings.filter((w) => w.rule === "rollup.named_for_other")).toHaveLength(1);
    }
  });

  it("is kept with a warning where it is the unit's only report, a file's name being no proof", () => {
    const summary = rollup([neighbours, third], { expectedUnits: units });
    expect(summary.rejected).toEqual([]);
    const p01 = summary.units.find((u) => u.unit.code === "P01")!;
    expect(p01.sources.map((s) => s.name)).toEqual(["P02-2025-D1.xlsx"]);
    expect(p01.warnings.filter((w) => w.rule === "rollup.named_for_other")).toHaveLength(1);
  });

  it("is a unit's own file, in a year's roll-up, where its name carries a round's word (review)", () => {
    const withD1 = [...units, unit("D1")];
    const round = (code: string, file: string, period: string, seed: number) =>
      submission(
        {
          unit: unit(code),
          period: parsePeriod(period)!,
          fills: consistentFills(["B01"], seed),
          templates: ["B01"],
        },
        file,
      );
    const files = [
      round("P01", "P01-2025-D2.xlsx", "2025-D2", 1),
      round("P01", "bao cao 2025-D1.xlsx", "2025-D1", 2),
      round("P03", "P03-2025.xlsx", "2025", 3),
    ];
    const summary = rollup(files, { expectedUnits: withD1, period: parsePeriod("2025")! });
    expect(summary.rejected).toEqual([]);
    expect(summary.units.find((u) => u.unit.code === "P01")!.warnings.map((w) => w.rule)).not.toContain(
      "rollup.named_for_other",
    );
  });

  it("is a unit's correction where its name carries only the period's words (review: unit D1 listed)", () => {
    const withD1 = [...units, unit("D1")];
    const correction = report("P01", "bao cao 2025-D1.xlsx", "2025-07-06T08:00:00Z", 5);
    const summary = rollup([own, correction, third], {
      expectedUnits: withD1,
      period: parsePeriod("2025-D1")!,
    });
    expect(summary.rejected).toEqual([]);
    expect(summary.units.find((u) => u.unit.code === "P01")!.sources.map((s) => s.name)).toEqual([
      "bao cao 2025-D1.xlsx",
    ]);
  });
});
