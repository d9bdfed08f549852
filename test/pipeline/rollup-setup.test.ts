import { defaultCampaign } from "../../src/core";
import { rollupOptions, SetupError } from "../../src/pipeline";

const campaign = defaultCampaign(2025, [{ code: "P01", name: "Phường 1" }]);

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof SetupError) return error.text.vi;
    throw error;
  }
  throw new Error("not refused");
}

describe("a roll-up's choices, checked alike in the CLI, the page and the add-in", () => {
  it("refuses a summary unit code the summary could not carry", () => {
    expect(refusal(() => rollupOptions({ parent: { code: "LĐLĐ tỉnh\n✓" } }))).toMatch(/Mã đơn vị tổng hợp/);
    expect(rollupOptions({ parent: { code: "LDLD_T" } }).parent).toEqual({
      code: "LDLD_T",
      name: "LDLD_T",
      kind: "federation",
    });
  });

  it("names the campaign's periods when asked for one it does not have", () => {
    expect(refusal(() => rollupOptions({ campaign, periodId: "2025-Q9" }))).toContain(
      "2025-D1, 2025-D2, 2025",
    );
    expect(rollupOptions({ campaign, periodId: "2025-D2" }).period?.start).toBe("2025-07-01");
  });

  it("takes a jump factor above 1 only", () => {
    expect(refusal(() => rollupOptions({ jumpFactor: "1" }))).toContain('"1"');
    expect(refusal(() => rollupOptions({ jumpFactor: "abc" }))).toContain('"abc"');
    expect(rollupOptions({ jumpFactor: "2.5" }).jumpFactor).toBe(2.5);
  });

  it("lets a units list replace the campaign's", () => {
    const units = [{ code: "X01", name: "Xã 1" }];
    const options = rollupOptions({ campaign, units });
    expect(options.campaign?.units).toEqual(units);
    expect(options.expectedUnits).toEqual(units);
  });
});
