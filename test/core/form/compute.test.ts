import { computeForm, emptyValues, getTemplate } from "../../../src/core";

describe("computeForm", () => {
  const b01 = getTemplate("B01");

  it("recomputes subtotals and ratios from the inputs, as the sheet's formulas do", () => {
    const inputs = emptyValues(b01);
    inputs.private!.enterprises_with_union = 40;
    inputs.private!.cla_signed = 30;
    inputs.fdi!.enterprises_with_union = 10;
    inputs.fdi!.cla_signed = 5;
    inputs.private!.grade_a = 10;
    inputs.fdi!.grade_c = 4;
    const values = computeForm(b01, inputs);
    expect(values.nonstate!.enterprises_with_union).toBe(50);
    expect(values.nonstate!.cla_rate).toBeCloseTo(35 / 50, 12);
    expect(values.nonstate!.grade_c_plus_rate).toBeCloseTo(14 / 35, 12);
    expect(values.total!.cla_signed).toBe(35);
  });

  it("leaves a ratio empty when its denominator is blank or zero, and counts blanks as 0 in sums", () => {
    const inputs = emptyValues(b01);
    inputs.state!.cla_signed = 3;
    inputs.state!.enterprises_with_union = 0;
    const values = computeForm(b01, inputs);
    expect(values.state!.cla_rate).toBeNull();
    expect(values.private!.cla_rate).toBeNull();
    expect(values.total!.cla_signed).toBe(3);
  });

  it("ignores whatever the source held in computed cells", () => {
    const inputs = emptyValues(b01);
    inputs.total!.cla_signed = 999;
    expect(computeForm(b01, inputs).total!.cla_signed).toBe(0);
  });

  it("balances members: end = start + admitted − left, and rates use the computed end", () => {
    const b02 = getTemplate("B02");
    const inputs = emptyValues(b02);
    Object.assign(inputs.state!, {
      workers: 500,
      members_start: 300,
      members_admitted: 50,
      members_left: 20,
    });
    const values = computeForm(b02, inputs);
    expect(values.state!.members_end).toBe(330);
    expect(values.state!.membership_rate).toBeCloseTo(330 / 500, 12);
    expect(values.total!.membership_rate).toBeCloseTo(330 / 500, 12);
  });
});
