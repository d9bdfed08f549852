import { fastOutcome } from "../../support/compare-readers";
import { reportParts, type ReportParts } from "../../support/report-parts";

// Red team, round 52: a figure typed as a text of three runs, "1", "2" in 1-pt type and "0": a person reads
// "10"; the cell is refused as a number stored as text, and its message quoted "120", which no one sees.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

describe("a figure stored as a text written in runs", () => {
  it("is refused quoting the text as a person reads it", () => {
    const { part, cell } = report.input;
    const runs = '<r><t>1</t></r><r><rPr><sz val="1"/></rPr><t>2</t></r><r><t>0</t></r>';
    const bytes = report.fileWith({
      [part]: (xml) =>
        xml.replace(
          new RegExp(`<c r="${cell}"( s="\\d+")?[^>]*>.*?</c>`),
          (_, style: string | undefined) => `<c r="${cell}"${style ?? ""} t="inlineStr"><is>${runs}</is></c>`,
        ),
    });
    const outcome = fastOutcome(bytes);
    const found = outcome.read
      ? outcome.findings.find((f) => f.rule === "cell.text_number" && f.cell === cell)
      : undefined;
    expect(found?.message_en).toContain('"10"');
    expect(found?.message_en).not.toContain("120");
  });
});
