import { parsePeriod, rollup } from "../../../src/core";
import { consistentFills, submission, unit } from "../../support/reports";

const D1 = parsePeriod("2025-D1")!;
const filled = consistentFills(["B01", "B02"], 3);
const report = (code: string, fills: ReturnType<typeof consistentFills>) =>
  submission({ unit: unit(code), period: D1, templates: ["B01", "B02"], fills }, `${code}.xlsx`);

describe("a blank template sent in place of a report", () => {
  it("is rejected as a template nothing was typed into, with what to ask the unit", () => {
    const summary = rollup([report("P01", filled), report("P02", {})]);
    const [refused] = summary.rejected;
    expect(refused!.rule).toBe("cell.required_blank");
    expect(refused!.reason.vi).toContain("biểu mẫu chưa nhập số liệu");
    expect(refused!.reason.vi).toContain("gửi nhầm");
    expect(refused!.reason.en).toContain("a template with no figure typed in");
  });

  it("is told apart from a report with some figures left blank, whose first blank is named", () => {
    const partly = { ...filled, TD_B01_state_enterprises_with_union: null };
    const [refused] = rollup([report("P01", filled), report("P02", partly)]).rejected;
    expect(refused!.rule).toBe("cell.required_blank");
    expect(refused!.reason.vi).not.toContain("biểu mẫu chưa nhập số liệu");
    expect(refused!.reason.vi).toContain("ô bắt buộc còn trống");
  });
});
