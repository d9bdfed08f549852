import fc from "fast-check";
import {
  groupByRule,
  groupFindings,
  groupPlace,
  groupText,
  sortFindings,
  toA1,
  type Finding,
  type FindingGroup,
} from "../../../src/core";

const blank = (cell: string, sheet = "Biểu 02"): Finding => ({
  severity: "warning",
  rule: "cell.blank",
  template: "B02",
  sheet,
  cell,
  message_vi: `${cell}: ô để trống`,
  message_en: `${cell}: blank`,
});

/** Findings as validate gives them: few rules, sheets and cells, so that many share a group. */
const findingArb: fc.Arbitrary<Finding> = fc
  .record({
    severity: fc.constantFrom("error" as const, "warning" as const),
    rule: fc.constantFrom("cell.blank", "cell.negative", "rollup.jump"),
    template: fc.option(fc.constantFrom("B01" as const, "B02" as const), { nil: undefined }),
    sheet: fc.option(fc.constantFrom("Biểu 01", "Biểu 02", ""), { nil: undefined }),
    cell: fc.option(
      fc.tuple(fc.nat(30), fc.nat(8)).map(([row, col]) => toA1(row, col)),
      { nil: undefined },
    ),
    n: fc.nat(),
  })
  .map(({ n, ...f }) => ({ ...f, message_vi: `vi ${n}`, message_en: `en ${n}` }));

const kind = (f: Finding | FindingGroup) => JSON.stringify([f.severity, f.rule, f.template, f.sheet]);

describe("grouping findings", () => {
  it("gives one group per rule of a sheet with its count, first cell and first cells named", () => {
    const cells = ["C9", "D9", "E9", "F9", "G9", "H9", "I9", "J9", "K9", "L9", "M9", "N9"];
    const [group, ...rest] = groupFindings(cells.map((c) => blank(c)));
    expect(rest).toEqual([]);
    expect(group!.findings.map((f) => f.cell)).toEqual(cells);
    expect(groupPlace(group!)).toBe("Biểu 02!C9");
    expect(groupText(group!)).toEqual({
      vi: "C9: ô để trống (và 11 ô khác: D9, E9, F9, G9, H9…)",
      en: "C9: blank (and 11 more cells: D9, E9, F9, G9, H9…)",
    });
  });

  it("names every other cell, without an ellipsis, when there are few", () => {
    const [pair] = groupFindings([blank("C9"), blank("D9")]);
    expect(groupText(pair!)).toEqual({
      vi: "C9: ô để trống (và 1 ô khác: D9)",
      en: "C9: blank (and 1 more cell: D9)",
    });
    const [three] = groupFindings([blank("C9"), blank("D9"), blank("E9")]);
    expect(groupText(three!).en).toBe("C9: blank (and 2 more cells: D9, E9)");
  });

  it("leaves a single finding as it was", () => {
    const [one] = groupFindings([blank("C9")]);
    expect(groupText(one!)).toEqual({ vi: "C9: ô để trống", en: "C9: blank" });
    expect(groupPlace(one!)).toBe("Biểu 02!C9");
  });

  it("never groups findings without a cell, and places a sheet-wide one at its sheet", () => {
    const whole = { ...blank("C9"), cell: undefined };
    const groups = groupFindings([whole, whole, { ...whole, sheet: undefined }]);
    expect(groups.map((g) => g.findings.length)).toEqual([1, 1, 1]);
    expect(groups.map(groupPlace)).toEqual(["Biểu 02", "Biểu 02", null]);
  });

  it("never groups findings that each say what their own cell should hold", () => {
    const english = (cell: string, shown: string): Finding => ({
      ...blank(cell, "Biểu 01"),
      severity: "error",
      rule: "target.label_en_other",
      message_vi: `ô ${cell} lại ghi "${shown}"`,
      message_en: `cell ${cell} shows "${shown}"`,
    });
    const groups = groupFindings([english("B16", "Rate B"), english("B17", "Rate A")]);
    expect(groups.map((g) => groupText(g).en)).toEqual([
      'cell B16 shows "Rate B"',
      'cell B17 shows "Rate A"',
    ]);
    const tampered = groupFindings(["C9", "D9"].map((c) => ({ ...blank(c), rule: "cell.formula_tampered" })));
    expect(tampered.map((g) => g.findings.length)).toEqual([1, 1]);
  });

  it("groups many reports' findings by rule of a sheet, with a cell or without, for a summary", () => {
    const whole = { ...blank("C9"), cell: undefined, rule: "rollup.jump" };
    const findings = [
      blank("C9"),
      whole,
      blank("D9"),
      { ...whole, message_en: "another" },
      { ...whole, sheet: undefined },
    ];
    expect(groupByRule(findings).map((g) => g.findings.length)).toEqual([2, 2, 1]);
    expect(groupFindings(findings).map((g) => g.findings.length)).toEqual([2, 1, 1, 1]);
  });

  it("keeps errors first, each group where its first finding was", () => {
    const error = { ...blank("D9"), severity: "error" as const, rule: "cell.required_blank" };
    const sorted = sortFindings([blank("C9"), error, blank("E9"), { ...error, cell: "F9" }]);
    expect(groupFindings(sorted).map((g) => [g.severity, g.findings.map((f) => f.cell)])).toEqual([
      ["error", ["D9", "F9"]],
      ["warning", ["C9", "E9"]],
    ]);
  });

  it("counts every finding once, in one group of its own kind, in the order given", () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 60 }), (drawn) => {
        const findings = sortFindings(drawn);
        const groups = groupFindings(findings);
        expect(groups.reduce((n, g) => n + g.findings.length, 0)).toBe(findings.length);
        expect(groups.flatMap((g) => g.findings).sort(sortOrder(findings))).toEqual(findings);
        for (const g of groups) {
          for (const f of g.findings) expect(kind(f)).toBe(kind(g));
          if (g.findings.length > 1) expect(g.findings.every((f) => f.cell !== undefined)).toBe(true);
        }
        // Two groups of one kind only when a finding without a cell stands alone.
        const kinds = groups.filter((g) => g.findings[0]!.cell !== undefined).map(kind);
        expect(new Set(kinds).size).toBe(kinds.length);
        // Groups come in the order of their first findings, so errors stay first.
        const firsts = groups.map((g) => findings.indexOf(g.findings[0]!));
        expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
      }),
    );
  });
});

/** Compares findings by where they stand in `findings` (each finding object is there once). */
const sortOrder = (findings: readonly Finding[]) => (a: Finding, b: Finding) =>
  findings.indexOf(a) - findings.indexOf(b);
