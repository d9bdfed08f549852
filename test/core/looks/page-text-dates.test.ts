import { fastOutcome, ruled } from "../../support/compare-readers";
import { reportParts, type ReportParts } from "../../support/report-parts";

// A clerk's honest header: the place and day the report is signed, in the words a Vietnamese date line
// writes ("Trấn Biên, ngày 08 tháng 01 năm 2026"), and the national motto heading official papers. The
// first was refused for naming the year after the report's (a Đợt 2 report is signed in January), the
// second warned of for "xã" (commune) in "xã hội" (society); an English header's "Printed on 8 January
// 2026" warned as a text that may name a period. The report is of Đợt 1 năm 2025.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

/** The report with its first form's header in Excel's codes `codes`. */
const withHeader = (codes: string) =>
  report.fileWith({
    [report.input.part]: (xml) =>
      /<headerFooter>/.test(xml)
        ? xml.replace(
            /<headerFooter>.*<\/headerFooter>/,
            `<headerFooter><oddHeader>${codes}</oddHeader></headerFooter>`,
          )
        : xml,
  });

const pageRules = (codes: string) => {
  const outcome = fastOutcome(withHeader(codes));
  return [
    ...ruled(outcome, "identity.page_text_differs", ["severity", "sheet"]),
    ...ruled(outcome, "identity.page_text", ["severity", "sheet"]),
  ];
};

describe("a form's header naming a day in words", () => {
  it.each([
    ["the day it was signed, after its period", "&amp;RTrấn Biên, ngày 08 tháng 01 năm 2026"],
    ["the day it was signed, in capitals", "&amp;RTRẤN BIÊN, NGÀY 8 THÁNG 1 NĂM 2026"],
    ["the month it was made", "&amp;RLập tháng 01 năm 2026"],
  ])("says nothing of %s", (_, codes) => {
    expect(pageRules(codes)).toEqual([]);
  });

  it.each([
    ["a day before its period", "&amp;RTrấn Biên, ngày 15 tháng 12 năm 2024"],
    ["a day years after its period", "&amp;Rngày 15 tháng 12 năm 2027"],
  ])("refuses %s, as it does the day in figures", (_, codes) => {
    expect(pageRules(codes)).toEqual([["error", "Biểu 01"]]);
  });

  it.each([
    ["08 tháng 01 năm 2026", "08/01/2026"],
    ["15 tháng 12 năm 2024", "15/12/2024"],
    ["30 tháng 6 năm 2025", "30/6/2025"],
    ["01 tháng 03 năm 2025", "01/03/2025"],
  ])("judges 'ngày %s' as it judges %s", (words, figures) => {
    expect(pageRules(`&amp;RTrấn Biên, ngày ${words}`)).toEqual(pageRules(`&amp;RTrấn Biên, ${figures}`));
  });
});

describe("a form's header naming a day in English words", () => {
  it.each([
    ["the day it was printed", "&amp;RPrinted on 8 January 2026"],
    ["the day month first", "&amp;RJanuary 8th, 2026"],
    ["the month cut short", "&amp;RPrinted Jan. 2026"],
  ])("says nothing of %s", (_, codes) => {
    expect(pageRules(codes)).toEqual([]);
  });

  it("refuses a day before its period, as it does the day in figures", () => {
    expect(pageRules("&amp;RPrinted on 15 December 2024")).toEqual([["error", "Biểu 01"]]);
  });

  it.each([
    ["8 January 2026", "8/1/2026"],
    ["December 15, 2024", "15/12/2024"],
    ["30th of June 2025", "30/6/2025"],
    ["Sept 1, 2025", "1/9/2025"],
  ])("judges '%s' as it judges %s", (words, figures) => {
    expect(pageRules(`&amp;RPrinted on ${words}`)).toEqual(pageRules(`&amp;RPrinted on ${figures}`));
  });
});

describe("a form's header naming no unit", () => {
  it.each([
    ["the national motto", "&amp;CCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["social insurance", "&amp;LBảo hiểm xã hội"],
  ])("says nothing of %s", (_, codes) => {
    expect(pageRules(codes)).toEqual([]);
  });

  it("still warns of one naming a commune", () => {
    expect(pageRules("&amp;CCông đoàn xã Tân Hòa")).toEqual([["warning", "Biểu 01"]]);
  });
});
