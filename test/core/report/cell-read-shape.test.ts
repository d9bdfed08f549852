import { extract } from "../../../src/core";
import { reportGrid, unit } from "../../support/reports";

describe("a form's cells as read", () => {
  it("are all of one shape, whatever each holds, so the checks that walk them meet one kind of object", () => {
    const grid = reportGrid({ unit: unit("CD_P01") });
    // One defined name gone: its cell is read with no sheet, address or figure.
    const gone = grid.names.find((n) => n.name.startsWith("TD_B01"))!;
    const withoutOne = { ...grid, names: grid.names.filter((n) => n !== gone) };
    const reads = extract(withoutOne).forms.flatMap((form) => form.reads);
    const mixes = new Set(
      reads.map((r) => [r.address, r.value, r.formula, r.shown].map((f) => f !== undefined).join()),
    );
    // Several mixes of fields (a missing name, figures, formulas, blanks)…
    expect(mixes).toContain("false,false,false,false");
    expect(mixes.size).toBeGreaterThan(2);
    // …and one shape.
    expect(new Set(reads.map((r) => Object.keys(r).join())).size).toBe(1);
  });
});
