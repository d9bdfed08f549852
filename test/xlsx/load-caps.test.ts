import { MAX_CONDITIONAL_AREAS, MAX_CONDITIONAL_RULES } from "../../src/xlsx/limits";
import { loadSheetJs } from "../../src/xlsx/sheetjs";
import { fastOutcome, isClearRefusal, type Outcome } from "../support/compare-readers";
import { reportParts, type ReportParts } from "../support/report-parts";

// Received files whose cost could grow faster than their size: each is read at a cost linear in it, or
// refused with a reason that names what is too much, never left to the readers' time or memory limit.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

const refusal = (outcome: Outcome) => (outcome.read ? undefined : outcome.reason);

describe("conditional formats", () => {
  /** The report with `rules` conditional-format rules over `sqref` on the first input's sheet. */
  function withRules(rules: number, sqref: string): Uint8Array {
    const { text, input, fileWith } = report;
    const styles = text("xl/styles.xml");
    const dxfs = `<dxfs count="1"><dxf><numFmt numFmtId="301" formatCode="#,##0 &quot;đ&quot;"/></dxf></dxfs>`;
    const existing = /<dxfs[^>]*\/>|<dxfs[^>]*>.*?<\/dxfs>/s;
    const rule = (i: number) =>
      `<cfRule type="expression" dxfId="0" priority="${i + 1}"><formula>TRUE</formula></cfRule>`;
    const formats = `<conditionalFormatting sqref="${sqref}">${Array.from({ length: rules }, (_, i) => rule(i)).join("")}</conditionalFormatting>`;
    return fileWith({
      "xl/styles.xml": existing.test(styles)
        ? styles.replace(existing, dxfs)
        : styles.replace("</styleSheet>", `${dxfs}</styleSheet>`),
      [input.part]: (xml) => xml.replace("</sheetData>", `</sheetData>${formats}`),
    });
  }

  it("renders each number in a conditional format's number format once, however many rules apply it", () => {
    const format = jest.spyOn(loadSheetJs().SSF, "format");
    try {
      const outcome = fastOutcome(withRules(MAX_CONDITIONAL_RULES, "A1:XFD1048576"));
      expect(outcome.read).toBe(true);
      // Each kept number once in the rules' format, and a few in the cells' own: not once a rule.
      expect(format.mock.calls.length).toBeGreaterThan(0);
      expect(format.mock.calls.length).toBeLessThan(MAX_CONDITIONAL_RULES);
    } finally {
      format.mockRestore();
    }
  });

  it("refuses a sheet with more rules than the cap, saying so", () => {
    const reason = refusal(fastOutcome(withRules(MAX_CONDITIONAL_RULES + 1, "A1:XFD1048576")));
    expect(reason && isClearRefusal(reason)).toBe(true);
    expect(reason?.en).toContain(`too many conditional formats (over ${MAX_CONDITIONAL_RULES} rules`);
    expect(reason?.vi).toContain("quá nhiều định dạng có điều kiện");
  });

  it("refuses a sheet whose conditional formats list more areas than the cap, saying so", () => {
    const areas = Array.from({ length: MAX_CONDITIONAL_AREAS + 1 }, (_, i) => `Z${i + 100}`).join(" ");
    const reason = refusal(fastOutcome(withRules(1, areas)));
    expect(reason?.en).toContain(`over ${MAX_CONDITIONAL_AREAS} areas`);
    const under = Array.from({ length: MAX_CONDITIONAL_AREAS - 1 }, (_, i) => `Z${i + 100}`).join(" ");
    expect(fastOutcome(withRules(1, `${under} ${report.input.cell}`)).read).toBe(true);
  });
});
