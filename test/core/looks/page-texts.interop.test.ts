import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { fastOutcome, ruled, sheetJsOutcome } from "../../support/compare-readers";
import { resaveEach, resaveWith } from "../../support/libreoffice";
import { reportParts, type ReportParts } from "../../support/report-parts";
import { pageTextSections } from "../../../src/core/layout/page-codes";

// Red team, round 9: the footer of a form's printed pages naming another ward and round than the report,
// while the form's own line names the right ones: the page signed and stamped says another unit.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

/** The report with its first form's footer (or `place`) in Excel's codes `codes`. */
const withPageText = (codes: string, place = "oddFooter") =>
  report.fileWith({
    [report.input.part]: (xml) =>
      /<headerFooter>/.test(xml)
        ? xml.replace(
            /<headerFooter>.*<\/headerFooter>/,
            `<headerFooter><${place}>${codes}</${place}></headerFooter>`,
          )
        : xml,
  });

const pageRules = (outcome: ReturnType<typeof fastOutcome>) => [
  ...ruled(outcome, "identity.page_text_differs", ["severity", "sheet"]),
  ...ruled(outcome, "identity.page_text", ["severity", "sheet"]),
];

describe("a form's printed headers and footers", () => {
  it("says nothing of the template's own header and footer, as written and as LibreOffice saves it", () => {
    const header = /<oddHeader>&amp;C(.*)<\/oddHeader>/.exec(report.text(report.input.part));
    expect(header).not.toBeNull();
    expect(pageRules(fastOutcome(report.bytes))).toEqual([]);
    // Templates made before the unit and period moved to the header printed them in the footer's centre.
    const older = withPageText(
      `&amp;LBiểu 01&amp;C${header![1]}&amp;RTrang &amp;P/&amp;N · Page &amp;P/&amp;N`,
    );
    expect(pageRules(fastOutcome(older))).toEqual([]);
    const saved = resaveEach(report.bytes, "xlsx", ["ods", "xls"]);
    for (const ext of ["xls", "ods"] as const)
      expect({
        ext,
        found: pageRules(sheetJsOutcome(saved[ext], `r.${ext}`)),
      }).toEqual({
        ext,
        found: [],
      });
  }, 120_000);

  it("refuses a footer naming another unit and period, in .xlsx and as LibreOffice saves it", () => {
    const file = withPageText(
      "&amp;L&amp;A&amp;CPhường Khác (P999) — Đợt 2 năm 2024&amp;RTrang &amp;P/&amp;N",
    );
    expect(pageRules(fastOutcome(file))).toEqual([["error", "Biểu 01"]]);
    const saved = resaveEach(file, "xlsx", ["ods", "xls"]);
    for (const ext of ["xls", "ods"] as const)
      expect({ ext, found: pageRules(sheetJsOutcome(saved[ext], `r.${ext}`)) }).toEqual({
        ext,
        found: [["error", "Biểu 01"]],
      });
  }, 120_000);

  // Red team, round 10: honest headers said nothing; other units and periods written otherwise refused.
  it.each([
    ["the unit's own name and year", "&amp;CCông đoàn H01 — Báo cáo năm 2025", []],
    ["its page in Vietnamese", "&amp;RTrang &amp;P của &amp;N", []],
    ["the date and the file's name", "&amp;L&amp;D&amp;R&amp;F", []],
    [
      "another unit, without the template's dash",
      "&amp;CCông đoàn P07 (P07), Đợt 2 năm 2024",
      [["error", "Biểu 01"]],
    ],
    [
      "another unit after many font codes",
      `&amp;L${'&amp;"Calibri,Regular"'.repeat(16)}Biểu 01&amp;CPhường Tân Mai (P07) — Đợt 1 năm 2024`,
      [["error", "Biểu 01"]],
    ],
    // Round 58: the day it was printed or signed, after its period, names no other period; a range does.
    ["the day it was printed", "&amp;RIn ngày 03/01/2026", []],
    ["another period's dates", "&amp;R01/7/2026 – 31/12/2026", [["error", "Biểu 01"]]],
    ["a day before its period", "&amp;RNgày 15/12/2024", [["error", "Biểu 01"]]],
    ["a day years after its period", "&amp;RNgày 15/12/2027", [["error", "Biểu 01"]]],
  ])("reads a header naming %s", (_, codes, expected) => {
    expect(pageRules(fastOutcome(withPageText(codes as string, "oddHeader")))).toEqual(expected);
  });

  it("reads an .ods header printing the document's title, and one padded with spaces", () => {
    const ods = unzipSync(resaveWith(report.bytes, "xlsx", "ods"));
    const styles = strFromU8(ods["styles.xml"]!);
    // Every master page's header (the unit and the period, no regions): LibreOffice writes them in no fixed order.
    const centre = /(<style:header>).*?(<\/style:header>)/g;
    expect(styles).toMatch(centre);
    const other = "Phường Tân Mai (P07) — Đợt 1 năm 2024";
    const withCentre = (inner: string, meta = strFromU8(ods["meta.xml"]!)) =>
      zipSync({
        ...ods,
        "styles.xml": strToU8(styles.replace(centre, `$1${inner}$2`)),
        "meta.xml": strToU8(meta),
      });
    const titled = withCentre(
      "<text:p><text:title>x</text:title></text:p>",
      strFromU8(ods["meta.xml"]!).replace(/<office:meta>/, `<office:meta><dc:title>${other}</dc:title>`),
    );
    const padded = withCentre(`<text:p><text:s text:c="255"/></text:p><text:p>${other}</text:p>`);
    expect(pageRules(sheetJsOutcome(titled, "r.ods"))).toContainEqual(["error", "Biểu 01"]);
    expect(pageRules(sheetJsOutcome(padded, "r.ods"))).toContainEqual(["error", "Biểu 01"]);
    const plain = pageRules(sheetJsOutcome(withCentre("<text:p>x</text:p>"), "r.ods"));
    expect(plain).not.toContainEqual(["error", "Biểu 01"]);
  }, 60_000);

  it("shows any other text a header prints that may name a unit or a period, as a warning", () => {
    const file = withPageText(
      '&amp;C&amp;"Times New Roman,Bold"&amp;14Công đoàn phường Bến Nghé',
      "oddHeader",
    );
    const outcome = fastOutcome(file);
    expect(pageRules(outcome)).toEqual([["warning", "Biểu 01"]]);
    expect(
      outcome.read && outcome.findings.find((f) => f.rule === "identity.page_text")?.message_vi,
    ).toContain('"Công đoàn phường Bến Nghé"');
  });

  // Issue 64: a preparer's name and phone in the footer gave a warning on every sheet.
  it.each([
    ["a preparer's name and phone", "&amp;LNgười lập: Nguyễn Thị Lan – ĐT 0912 345 678"],
    ["a preparer named Quý or Nam", "&amp;LKế toán: Trần Văn Quý&amp;RThủ quỹ: Lê Nam"],
    ["a word of its own", '&amp;C&amp;"Times New Roman,Bold"&amp;14Báo cáo nhanh'],
  ])("says nothing of a footer naming no unit or period: %s", (_, codes) => {
    expect(pageRules(fastOutcome(withPageText(codes)))).toEqual([]);
  });
});

describe("Excel's header and footer codes, as printed", () => {
  it("reads sections, fields and looks as a person reads them", () => {
    expect(
      pageTextSections('&L&A&C&"Arial,Bold"&12Unit && co — Đợt 1&R&KFF0000Trang &P/&N', "Biểu 01"),
    ).toEqual({
      left: "Biểu 01",
      center: "Unit & co — Đợt 1",
      right: "Trang {page}/{pages}",
    });
    expect(pageTextSections("no section", "S")).toEqual({ center: "no section" });
    expect(pageTextSections("&B&I", "S")).toEqual({});
  });
});
