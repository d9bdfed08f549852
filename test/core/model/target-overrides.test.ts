import { applyTargetOverrides } from "../../../src/core";

describe("targets given on the command line (--target KEY=VALUE)", () => {
  // The words the forms print, or a dash copied from Word, mean what "-" means in the campaign's table.
  it.each(["-", " - ", "Không áp dụng", "không  áp dụng", "–", "—"])(
    "reads %p as the target not applying to the unit",
    (text) => {
      const { targets, notApplicable, errors } = applyTargetOverrides(
        ["B04"],
        [`B04_initiative_rate=${text}`],
      );
      expect(errors).toEqual([]);
      expect(notApplicable).toEqual(new Set(["B04_initiative_rate"]));
      expect(targets["B04_initiative_rate"]).toBeNull();
    },
  );

  it.each(["x", "N/A", "--", "không"])("refuses %p, naming the target", (text) => {
    const { notApplicable, errors } = applyTargetOverrides(["B04"], [`B04_initiative_rate=${text}`]);
    expect(errors).toEqual([{ kind: "value", key: "B04_initiative_rate", value: text }]);
    expect(notApplicable.size).toBe(0);
  });

  // As a campaign plan writes a minimum, and as the campaign's table and the page's form take it.
  it.each([
    ["B04_initiative_rate", "ít nhất 30%", 0.3],
    ["B04_initiative_rate", "Tối thiểu 30 %", 0.3],
    ["B04_initiative_rate", "30%", 0.3],
  ])("reads %p given as %p as the least the unit must reach", (key, text, value) => {
    const { targets, errors } = applyTargetOverrides(["B04"], [`${key}=${text}`]);
    expect(errors).toEqual([]);
    expect(targets[key]).toBeCloseTo(value, 10);
  });
});
