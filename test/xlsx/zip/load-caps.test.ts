import {
  MAX_CONDITIONAL_AREAS,
  MAX_CONDITIONAL_RULES,
  MAX_FORMAT_LENGTH,
  MAX_SHEETS,
} from "../../../src/xlsx/limits";
import { odsDataStyles } from "../../../src/xlsx/sheetjs/ods/ods-data-styles";
import { loadSheetJs } from "../../../src/xlsx/number-formats/sheetjs-library";
import { fastOutcome, isClearRefusal, sheetJsOutcome, type Outcome } from "../../support/compare-readers";
import { sheetjsBytes } from "../../support/sheetjs-bytes";
import {
  conditionallyStyled,
  escapedFormat,
  numberFormatted,
  reportParts,
  type ReportParts,
} from "../../support/report-parts";

// Received files whose cost could grow faster than their size: each is read at a cost linear in it, or
// refused with a reason that names what is too much, never left to the readers' time or memory limit.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

const refusal = (outcome: Outcome) => (outcome.read ? undefined : outcome.reason);

describe("conditional formats", () => {
  /**
   * The report with `rules` conditional-format rules over `sqref` on the first input's sheet, in place of
   * the template's own, so that the caps are met exactly.
   */
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
      [input.part]: (xml) =>
        xml
          .replace(/<conditionalFormatting .*?<\/conditionalFormatting>/gs, "")
          .replace("</sheetData>", `</sheetData>${formats}`),
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

describe("a number format longer than Excel allows", () => {
  /** A format showing the figure, then a literal that makes it `length` characters long. */
  const longFormat = (length: number) => `#,##0" ${"x".repeat(length - 8)}"`;

  /** The report with its first input in `code`, as a cell style's format or a conditional format's. */
  const formatted = (code: string, where: "cell" | "conditional") =>
    where === "conditional"
      ? conditionallyStyled(report, `<numFmt numFmtId="301" formatCode="${escapedFormat(code)}"/>`, "dxfs")
      : numberFormatted(report, code);

  it.each(["cell", "conditional"] as const)("refuses one in a %s style before rendering it", (where) => {
    const format = jest.spyOn(loadSheetJs().SSF, "format");
    try {
      const reason = refusal(fastOutcome(formatted(longFormat(MAX_FORMAT_LENGTH + 1), where)));
      expect(reason?.en).toContain(`number-formatting code ${MAX_FORMAT_LENGTH + 1} characters long`);
      expect(reason?.vi).toContain(`định dạng số dài ${MAX_FORMAT_LENGTH + 1} ký tự`);
      expect(format).not.toHaveBeenCalledWith(longFormat(MAX_FORMAT_LENGTH + 1), expect.anything());
    } finally {
      format.mockRestore();
    }
    const ok = fastOutcome(formatted(longFormat(MAX_FORMAT_LENGTH), where));
    expect(ok.read ? true : ok.reason.en).toBe(true);
  });

  it("refuses one in an .xls, read by SheetJS", () => {
    const XLSX = loadSheetJs();
    const sheet = XLSX.utils.aoa_to_sheet([[1500]]);
    sheet.A1!.z = longFormat(MAX_FORMAT_LENGTH + 1);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, "Biểu 01");
    const bytes = sheetjsBytes(book, "biff8");
    expect(refusal(sheetJsOutcome(bytes, "r.xls"))?.en).toContain(
      `number-formatting code ${MAX_FORMAT_LENGTH + 1} characters long`,
    );
  });
});

describe("a workbook of many sheets", () => {
  /** The report with `count` more visible sheets, each on the first form's part, named like its sheet. */
  function withSheets(count: number, like = "Biểu 01"): Uint8Array {
    const { text, fileWith } = report;
    const id = /<sheet name="Biểu 01" sheetId="\d+" r:id="(rId\d+)"/.exec(text("xl/workbook.xml"))![1]!;
    // "Biể" and an invisible run unlike any other's, so no two names are alike to Excel.
    const name = (i: number) =>
      `${like.slice(0, 3)}${[...i.toString(2)].map((b) => (b === "0" ? "\u200b" : "\u200c")).join("")}${like.slice(3)}`;
    const extra = Array.from(
      { length: count },
      (_, i) => `<sheet name="${name(i + 1)}" sheetId="${5000 + i}" r:id="${id}"/>`,
    ).join("");
    return fileWith({ "xl/workbook.xml": (xml) => xml.replace("</sheets>", `${extra}</sheets>`) });
  }

  it("refuses more sheets than the cap unread, saying how many", () => {
    const sheets = /<sheet /g;
    const own = report.text("xl/workbook.xml").match(sheets)!.length;
    const reason = refusal(fastOutcome(withSheets(MAX_SHEETS + 1 - own)));
    expect(reason?.en).toContain(`has ${MAX_SHEETS + 1} sheets (up to ${MAX_SHEETS} are read`);
    expect(reason?.vi).toContain(`có ${MAX_SHEETS + 1} trang tính`);
  });

  it("folds each sheet's name once to find look-alikes, however many forms there are", () => {
    const count = 200;
    const normalize = jest.spyOn(String.prototype, "normalize");
    try {
      // The forms' own texts (their headings and labels, found by text) are folded whatever the sheets.
      expect(fastOutcome(withSheets(0, "Ghi chú")).read).toBe(true);
      const before = normalize.mock.calls.length;
      const outcome = fastOutcome(withSheets(count, "Ghi chú"));
      expect(outcome.read).toBe(true);
      // Twice a sheet (a skeleton's two normalizations), and the forms' own sheets: not once a sheet and
      // a form.
      expect(normalize.mock.calls.length - before).toBeLessThan(3 * count);
    } finally {
      normalize.mockRestore();
    }
    const alike = fastOutcome(withSheets(count));
    expect(alike.read && alike.findings.filter((f) => f.rule === "sheet.look_alike")).toHaveLength(count);
  });
});

describe("an .ods data style whose conditions form a lattice", () => {
  const NS =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"';
  /** `levels` levels of `width` number styles, each mapping to all of the next under an unread condition. */
  function lattice(levels: number, width: number): Uint8Array {
    const style = (level: number, i: number) => {
      const maps =
        level + 1 < levels
          ? Array.from(
              { length: width },
              (_, j) =>
                `<style:map style:condition="value()==1" style:apply-style-name="L${level + 1}_${j}"/>`,
            ).join("")
          : "";
      return `<number:number-style style:name="L${level}_${i}"><number:number number:min-integer-digits="1"/>${maps}</number:number-style>`;
    };
    const styles = Array.from({ length: levels }, (_, level) =>
      Array.from({ length: level === 0 ? 1 : width }, (_, i) => style(level, i)).join(""),
    ).join("");
    return new TextEncoder().encode(
      `<office:document-styles ${NS}><office:styles>${styles}<style:style style:name="C" style:family="table-cell" style:data-style-name="L0_0"/></office:styles></office:document-styles>`,
    );
  }

  it("renders each style a bounded number of times, not once per path", () => {
    const styles = odsDataStyles(lattice(5, 16), undefined);
    const exec = jest.spyOn(RegExp.prototype, "exec");
    try {
      expect(styles.texts({ own: ["C"], applied: [], mapped: true }, 1500)).toEqual(["1500"]);
      // 1 + 16 × 3 styles with maps, each reached at most once a depth: 16^4 paths before.
      expect(exec.mock.calls.length).toBeLessThan(20_000);
    } finally {
      exec.mockRestore();
    }
  });
});
