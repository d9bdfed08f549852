import { fastOutcome, type Outcome } from "../../support/compare-readers";
import { reportParts, type ReportParts } from "../../support/report-parts";

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

const refusal = (outcome: Outcome) => (outcome.read ? "read" : outcome.reason.en);
const withFormula = (formula: string) =>
  report.fileWith({ [report.input.part]: (xml) => xml.replace("<f>C10+C11</f>", `<f>${formula}</f>`) });

describe("a formula's text as the .xlsx reader takes it", () => {
  it("refuses an escaped character wherever it stands, which LibreOffice reads as written", () => {
    for (const formula of ["C10+C1_x0031_", "_x0043_10+C11", "C10+C11+0*_x0031_"])
      expect(refusal(fastOutcome(withFormula(formula)))).toContain("corrupt");
  });

  it("reads a formula holding no escape, with or without an underscore", () => {
    expect(refusal(fastOutcome(withFormula("C10+C11")))).toBe("read");
    expect(refusal(fastOutcome(withFormula("_xlfn.SUM(C10:C11)")))).toBe("read");
    expect(refusal(fastOutcome(withFormula('C10+C11+0*LEN("x_1")')))).toBe("read");
  });
});
