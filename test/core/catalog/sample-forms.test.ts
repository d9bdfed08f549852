import fc from "fast-check";
import { extract, getTemplate, inputCells, sampleForms, TEMPLATE_IDS, validate } from "../../../src/core";
import { reportGrid, unit } from "../../support/reports";

describe("sample figures from the catalog", () => {
  it.each([false, true])(
    "satisfy every rule of every template, for any seed (optional inputs blank: %s)",
    (blankOptional) => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
          const forms = sampleForms(TEMPLATE_IDS, seed, { blankOptional });
          const fills: Record<string, number | null> = {};
          for (const id of TEMPLATE_IDS)
            for (const cell of inputCells(getTemplate(id)))
              fills[cell.name] = forms[id]![cell.row.key]![cell.col.key] ?? null;
          const findings = validate(extract(reportGrid({ unit: unit("P01"), fills })));
          expect(findings.filter((f) => f.rule.startsWith("B0"))).toEqual([]);
          expect(findings.filter((f) => f.severity === "error")).toEqual([]);
        }),
        { numRuns: 60 },
      );
    },
  );

  it("leave every optional input blank, and only those, when asked", () => {
    const forms = sampleForms(TEMPLATE_IDS, 7, { blankOptional: true });
    const cells = TEMPLATE_IDS.flatMap((id) => inputCells(getTemplate(id)));
    const blank = cells.filter((c) => forms[c.template]![c.row.key]![c.col.key] === null);
    expect(blank.length).toBeGreaterThan(0);
    expect(blank).toEqual(cells.filter((c) => !c.required));
  });

  it("differ from seed to seed and repeat for the same seed", () => {
    expect(sampleForms(["B02"], 1)).toEqual(sampleForms(["B02"], 1));
    expect(sampleForms(["B02"], 1)).not.toEqual(sampleForms(["B02"], 2));
  });
});
