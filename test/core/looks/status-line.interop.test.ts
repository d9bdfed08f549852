import { fastOutcome, sheetJsOutcome, type Outcome, ruled } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";
import { reportParts, type ReportParts } from "../../support/report-parts";

// Red team, round 7 (L1): the status line under the unit lines (the template's formula, "Không có lỗi — có
// thể gửi") overwritten with another unit's line, which a person read as the form's; the true lines squeezed
// out of sight.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

/** The first form with its status cell `address` holding `text` (an inline string), or nothing. */
const statusHolding = (address: "A5" | "B5", text: string | null) =>
  report.fileWith({
    [report.input.part]: (xml) =>
      xml.replace(new RegExp(`<c r="${address}"([^>]*?)>.*?</c>`), (_, attributes: string) => {
        const styled = attributes.replace(/ t="[^"]*"/, "");
        return text === null
          ? ""
          : `<c r="${address}"${styled} t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
      }),
  });

const overwritten = (outcome: Outcome) => ruled(outcome, "cell.status_overwritten");

const OTHER_LINE = "Đơn vị: Công đoàn xã Bình An (X07) — Đợt 2 năm 2025 (01/7/2025 – 31/12/2025)";

describe("the status line of each form", () => {
  it("says nothing of the template's status line, nor of one left blank or still showing a status", () => {
    expect(overwritten(fastOutcome(report.bytes))).toEqual([]);
    expect(overwritten(fastOutcome(statusHolding("A5", null)))).toEqual([]);
    expect(overwritten(fastOutcome(statusHolding("A5", "Còn 3 lỗi — xem trang tính Kiểm tra")))).toEqual([]);
    // As a template made before the line said "trang tính" shows it.
    expect(overwritten(fastOutcome(statusHolding("A5", "Còn 3 lỗi — xem sheet Kiểm tra")))).toEqual([]);
    expect(overwritten(fastOutcome(statusHolding("B5", "No errors — ready to send")))).toEqual([]);
  });

  // Red team, round 40: a count of 1, 10 or 100 errors read as a line typed over the formula (a key reads
  // the digit 1 as the letter l and 0 as O, as a person may): four files refused at the status line, not
  // at the cell in error.
  it.each(["1", "10", "11", "20", "100", "23"])(
    "says nothing of the status line counting %s errors",
    (count) => {
      expect(
        overwritten(fastOutcome(statusHolding("A5", `Còn ${count} lỗi — xem trang tính Kiểm tra`))),
      ).toEqual([]);
      expect(
        overwritten(fastOutcome(statusHolding("B5", `${count} error(s) left — see sheet Kiểm tra`))),
      ).toEqual([]);
    },
  );

  it("says nothing of the status line cached as 0, as LibreOffice's .xls keeps it, nor of a figure there", () => {
    // Its .xls export caches every text formula's result as the number 0.
    const cachedZero = report.fileWith({
      [report.input.part]: (xml) =>
        xml.replace(/(<c r="A5"[^>]*?) t="str">(<f>.*?<\/f>)<v>[^<]*<\/v>/, "$1>$2<v>0</v>"),
    });
    const figure = report.fileWith({
      [report.input.part]: (xml) => xml.replace(/<c r="A5"([^>]*?)>.*?<\/c>/, '<c r="A5"><v>0</v></c>'),
    });
    for (const file of [cachedZero, figure])
      for (const read of [fastOutcome, sheetJsOutcome]) expect(overwritten(read(file))).toEqual([]);
  });

  // Review: a count of 0 or led by 0 is never the formula's ("Không có lỗi" instead): typed over it.
  it.each(["0", "00", "01"])("names the status line counting %s errors", (count) => {
    expect(
      overwritten(fastOutcome(statusHolding("A5", `Còn ${count} lỗi — xem trang tính Kiểm tra`))),
    ).toEqual([["error", "A5"]]);
  });

  // Red team, round 25: the check sheet deleted, the status lines' formulas show #REF! (named in an .xls
  // and an .ods, read as the error it is in an .xlsx).
  it("says nothing of a status line showing a formula's error, and names one typed as a word beside it", () => {
    for (const error of ["#REF!", "#NAME?", "Err:520"])
      expect({ error, found: overwritten(fastOutcome(statusHolding("A5", error))) }).toEqual({
        error,
        found: [],
      });
    expect(overwritten(fastOutcome(statusHolding("A5", "#REF! X07")))).toEqual([["error", "A5"]]);
  });

  it("names a status line overwritten with another text, as .xlsx and as LibreOffice's .xls", () => {
    const vi = statusHolding("A5", OTHER_LINE);
    expect(overwritten(fastOutcome(vi))).toEqual([["error", "A5"]]);
    expect(overwritten(sheetJsOutcome(resaveWith(vi, "xlsx", "xls"), "r.xls"))).toEqual([["error", "A5"]]);
    const en = statusHolding("B5", "Reporting unit X07, round 2");
    expect(overwritten(fastOutcome(en))).toEqual([["error", "B5"]]);
  }, 60_000);

  it("leaves a unit and period line typed there to the unit line's check", () => {
    const line =
      "Đơn vị báo cáo: Công đoàn xã Bình An (X07) — Kỳ báo cáo: Đợt 2 năm 2025 (01/7/2025 – 31/12/2025)";
    const outcome = fastOutcome(statusHolding("A5", line));
    expect(overwritten(outcome)).toEqual([]);
    expect(
      outcome.read && outcome.findings.some((f) => f.rule === "identity.line_differs" && f.cell === "A5"),
    ).toBe(true);
  });
});
