import { parsePeriod, rollup } from "../../src/core";
import { rollupWarningLines } from "../../src/cli/rollup-warnings";
import { consistentFills, submission, unit } from "../support/reports";

// A commune's year with no units list: its start is assumed from its Đợt 2. The warning's own words name
// the unit ("X01: không có danh sách đơn vị…"), and the line put the code before them again, "⚠ X01 X01:"
// (a helper's staff round of the 2025 year).
describe("the roll-up's warning lines", () => {
  it("name the unit once when the warning's words begin with it", () => {
    const d2 = submission(
      {
        unit: unit("X01"),
        period: parsePeriod("2025-D2")!,
        templates: ["B03"],
        fills: consistentFills(["B03"], 5),
      },
      "X01-2025-D2.xlsx",
    );
    const summary = rollup([d2], { period: parsePeriod("2025")! });
    const lines = rollupWarningLines(summary.units, "vi", 400).join("\n");
    expect(lines).toContain("⚠ X01: không có danh sách đơn vị");
    expect(lines).not.toContain("X01 X01");
  });
});
