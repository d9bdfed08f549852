import { fastOutcome, sheetJsOutcome, type Outcome } from "../support/compare-readers";
import { reportParts, type ReportParts } from "../support/report-parts";

// Under each form, the target block says whether the unit met each target: Đạt / Chưa đạt. A file whose
// block shows another target, another result or another assessment than the roll-up uses is named at
// the cell (red team, round 3: every program showed "70.0 % Đạt" where the roll-up had 31.6 %, not met).

let report: ReportParts;
let sheet: string;

beforeAll(async () => {
  report = await reportParts();
  sheet = report.text(report.input.part);
});

/** The sheet's cell `address` as written, and the file with that cell written otherwise. */
const cellXml = (address: string) => new RegExp(`<c r="${address}"[^>]*>.*?</c>`).exec(sheet)![0];
const withCell = (address: string, change: (xml: string) => string) =>
  report.fileWith({ [report.input.part]: (xml) => xml.replace(cellXml(address), change(cellXml(address))) });

const found = (outcome: Outcome, rule: string) =>
  outcome.read
    ? outcome.findings.filter((f) => f.rule === rule).map((f) => [f.severity, f.cell])
    : ["refused"];

const both = (bytes: Uint8Array, rule: string) => [
  found(fastOutcome(bytes), rule),
  found(sheetJsOutcome(bytes), rule),
];

describe("the target block shows what the roll-up uses, or the cell is named", () => {
  it("finds the block of the report written by Thi Đua, and nothing wrong in it", () => {
    expect(cellXml("D16")).toContain("<f>E12</f>");
    for (const rule of ["cell.formula_tampered", "cell.stale_result", "target.goal_differs"])
      expect(both(report.bytes, rule)).toEqual([[], []]);
  });

  it("names a result whose formula is not the form's cell", () => {
    const widened = withCell("D16", (xml) => xml.replace("<f>E12</f>", "<f>MAX(E12,C16)</f>"));
    expect(both(widened, "cell.formula_tampered")).toEqual([[["error", "D16"]], [["error", "D16"]]]);
  });

  it("names an assessment whose formula is not the template's, and takes the former template's", () => {
    const always = withCell("E16", (xml) => xml.replace(/<f>.*<\/f>/, '<f>"Đạt"</f>'));
    expect(both(always, "cell.formula_tampered")).toEqual([[["error", "E16"]], [["error", "E16"]]]);
    const former = withCell("E16", (xml) =>
      xml.replace(/<f>.*<\/f>/, '<f>IF(OR(C16="",D16=""),"",IF(D16&gt;=C16,"Đạt","Chưa đạt"))</f>'),
    );
    expect(both(former, "cell.formula_tampered")).toEqual([[], []]);
  });

  it("names a target the form shows otherwise than the one assigned", () => {
    expect(cellXml("C16")).toContain("<v>0.7</v>");
    const lowered = withCell("C16", (xml) => xml.replace("<v>0.7</v>", "<v>0.3</v>"));
    expect(both(lowered, "target.goal_differs")).toEqual([[["error", "C16"]], [["error", "C16"]]]);
    const notApplicable = withCell("C16", () => '<c r="C16" t="inlineStr"><is><t>Không áp dụng</t></is></c>');
    expect(found(fastOutcome(notApplicable), "target.goal_differs")).toEqual([["error", "C16"]]);
  });

  it("warns of an assessment cached otherwise than its formula gives", () => {
    const cached = /<v>(Đạt|Chưa đạt)<\/v>/.exec(cellXml("E16"))![1];
    const flipped = withCell("E16", (xml) =>
      xml.replace(`<v>${cached}</v>`, `<v>${cached === "Đạt" ? "Chưa đạt" : "Đạt"}</v>`),
    );
    expect(both(flipped, "cell.stale_result")).toEqual([[["warning", "E16"]], [["warning", "E16"]]]);
  });
});
