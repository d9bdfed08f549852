import { fastOutcome, sheetJsOutcome, type Outcome, ruled } from "../../support/compare-readers";
import { cellOf, reportParts, type ReportParts } from "../../support/report-parts";

// A note stating the unit a form's figures are in, typed beside the form ("ĐVT: nghìn đồng" above Biểu 03),
// makes a person read every figure by it while the roll-up counts what the headings say (red team, round 7).

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

/** The report with `text` typed in cell E5 of sheet `sheet`, between the unit line and the table. */
const noted = (sheet: string, text: string) => {
  const { part } = cellOf(report, sheet, "E5");
  return report.fileWith({
    [part]: (xml) =>
      xml.replace(
        /(<row r="5"[^>]*>[\s\S]*?)(<\/row>)/,
        `$1<c r="E5" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>$2`,
      ),
  });
};

const notes = (outcome: Outcome) => ruled(outcome, "cell.unit_note", ["severity", "sheet", "cell"]);

describe("a note stating the unit of a form's figures", () => {
  it("says nothing of the report Thi Đua wrote", () => {
    expect(notes(fastOutcome(report.bytes))).toEqual([]);
  });

  it.each([
    ["Biểu 03", "ĐVT: nghìn đồng"],
    ["Biểu 03", "(Đơn vị tính: triệu VNĐ)"],
    ["Biểu 03", "(nghìn đồng)"],
    ["Biểu 03", "ĐVT: 1.000đ"],
    ["Biểu 03", "Unit: thousand VND"],
    ["Biểu 03", "ĐVT: USD"],
    ["Biểu 03", "Đơn vị tính: đô la"],
    ["Biểu 03", "Đơn vị: tỷ đồng"],
    ["Biểu 02", "ĐVT: đồng"],
  ])("names the note on %s reading “%s”, in both readers", (sheet, text) => {
    const file = noted(sheet, text);
    for (const read of [fastOutcome, sheetJsOutcome])
      expect(notes(read(file))).toEqual([["error", sheet, "E5"]]);
  });

  it.each([
    ["Biểu 03", "ĐVT: đồng"],
    ["Biểu 03", "(Đơn vị tính: VNĐ)"],
    ["Biểu 02", "ĐVT: người"],
    ["Biểu 02", "ĐVT: lao động"],
    ["Biểu 01", "(DN)"],
    ["Biểu 01", "ĐVT: doanh nghiệp"],
    ["Biểu 01", "Đơn vị: Công đoàn xã Bình An"],
    ["Biểu 04", "Hỗ trợ 50 triệu đồng xây Mái ấm công đoàn"],
  ])(
    "says nothing of the note on %s reading “%s”, which states the form's own unit or none",
    (sheet, text) => {
      expect(notes(fastOutcome(noted(sheet, text)))).toEqual([]);
    },
  );
});
