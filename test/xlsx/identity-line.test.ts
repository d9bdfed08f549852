import { fastOutcome, sheetJsOutcome, type Outcome } from "../support/compare-readers";
import { resaveWith } from "../support/libreoffice";
import {
  conditionallyStyled,
  escapedFormat,
  numberFormatted,
  reportParts,
  type ReportParts,
} from "../support/report-parts";

// The line under each form's title names the unit and period a person takes the report for: one naming
// another unit than the metadata, which the roll-up counts it for, is named at its cell (red team, round 3).

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

/** The form's sheet with its cell `address` holding `text` (an inline string) instead. */
const lineReading = (address: string, text: string) =>
  report.fileWith({
    [report.input.part]: (xml) =>
      xml.replace(
        new RegExp(`<c r="${address}"([^>]*?) t="s"><v>\\d+</v></c>`),
        `<c r="${address}"$1 t="inlineStr"><is><t>${text}</t></is></c>`,
      ),
  });

const differs = (outcome: Outcome) =>
  outcome.read
    ? outcome.findings.filter((f) => f.rule === "identity.line_differs").map((f) => [f.severity, f.cell])
    : ["refused"];

describe("the unit and period line of each form", () => {
  it("says nothing of the line Thi Đua wrote, nor of one that goes on past the period", () => {
    for (const read of [fastOutcome, sheetJsOutcome]) expect(differs(read(report.bytes))).toEqual([]);
    const due =
      "Đơn vị báo cáo: Công đoàn H01 (CD_H01) — Kỳ báo cáo: Đợt 1 năm 2025 (01/01/2025 – 30/6/2025) — Hạn nộp: 15/7/2025";
    expect(differs(fastOutcome(lineReading("A3", due)))).toEqual([]);
  });

  it("names a line that reads another unit or period, in either language", () => {
    const otherUnit =
      "Đơn vị báo cáo: Công đoàn xã Bình An (X07) — Kỳ báo cáo: Đợt 1 năm 2025 (01/01/2025 – 30/6/2025)";
    const otherPeriod =
      "Reporting unit: Công đoàn H01 (CD_H01) — Period: Round 2 of 2025 (01/7/2025 – 31/12/2025)";
    for (const read of [fastOutcome, sheetJsOutcome]) {
      expect(differs(read(lineReading("A3", otherUnit)))).toEqual([["error", "A3"]]);
      expect(differs(read(lineReading("A4", otherPeriod)))).toEqual([["error", "A4"]]);
    }
  });

  it("names a line a format, or a conditional format, shows as another unit's (.xlsx, and .xls)", () => {
    const other = ';;;"Đơn vị báo cáo: Công đoàn xã Bình An (X07) — Kỳ báo cáo: Đợt 1 năm 2025"';
    const ownFormat = numberFormatted(report, other, {
      sheet: (xml) => {
        const style = new RegExp(`<c r="${report.input.cell}" s="(\\d+)"`).exec(xml)![1];
        return xml.replace(/<c r="A3" s="\d+"/, `<c r="A3" s="${style}"`);
      },
    });
    expect(differs(fastOutcome(ownFormat))).toEqual([["error", "A3"]]);
    expect(differs(sheetJsOutcome(ownFormat))).toEqual([["error", "A3"]]);
    // LibreOffice's .xls keeps the format, and LibreOffice and Excel show its text (red team, round 6, L3).
    expect(differs(sheetJsOutcome(resaveWith(ownFormat, "xlsx", "xls"), "r.xls"))).toEqual([["error", "A3"]]);
    const numFmt = `<numFmt numFmtId="301" formatCode="${escapedFormat(other)}"/>`;
    expect(differs(fastOutcome(conditionallyStyled(report, numFmt, "dxfs", "A3")))).toEqual([
      ["error", "A3"],
    ]);
  }, 60_000);
});
