import { sheetJsOutcome } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";
import { inputAt, reportParts, type ReportParts } from "../../support/report-parts";
import { xlsWithRecords } from "../../support/xls-records";
import { XlsStyleReader } from "../../../src/xlsx/sheetjs/xls-styles";

// Excel 2007 and later draw an .xls cell style in the colours its XFEXT record gives (an RGB, a theme's),
// LibreOffice in its XF's palette ones: a figure white on white in Excel alone is hidden from Excel's users.

const [FONT, XF, XFEXT] = [0x0031, 0x00e0, 0x087d];
const bytes = (hex: string) => Uint8Array.from(hex.match(/../g)!.map((b) => parseInt(b, 16)));
const hex16 = (n: number) => [n & 0xff, n >> 8].map((b) => b.toString(16).padStart(2, "0")).join("");

/** A FullColorExt (MS-XLS 2.5.155): its type (2 RGB, 3 theme), no tint, its value. */
const rgb = (colour: string) => "0200" + "0000" + colour + "00";
const theme = (index: number) => "0300" + "0000" + hex16(index) + "0000";

/** An XFEXT over XF `xf` giving its text (ExtProp 0x0D) and fill fore colour (0x04), each where given. */
function xfext(xf: number, colours: { text?: string; fore?: string }): string {
  const props = [
    ...(colours.text ? ["0d00" + "0c00" + colours.text] : []),
    ...(colours.fore ? ["0400" + "0c00" + colours.fore] : []),
  ];
  const header = "7d08" + "0000" + "00".repeat(8);
  return header + "0000" + hex16(xf) + "0000" + hex16(props.length) + props.join("");
}

/** The inks of 42 in XF 0 (a black font, no fill) with `records` after it. */
function inksWith(...records: string[]) {
  const styles = new XlsStyleReader();
  styles.take(FONT, bytes("dc00" + "0000" + "0800"));
  styles.take(XF, bytes("0000" + "00".repeat(18)));
  for (const record of records) styles.take(XFEXT, bytes(record));
  return styles.styles().numberInks(0, "General", 42);
}

describe("an .xls cell style's extended colours (XFEXT)", () => {
  it("judges a figure in the RGB text colour Excel draws, beside LibreOffice's palette one", () => {
    expect(inksWith()).toEqual([]);
    expect(inksWith(xfext(0, { text: rgb("ffffff") }))).toEqual([{ text: "FFFFFF", background: "FFFFFF" }]);
    expect(inksWith(xfext(0, { text: rgb("000000"), fore: rgb("000000") }))).toEqual([]);
    expect(inksWith(xfext(1, { text: rgb("ffffff") }))).toEqual([]);
  });

  it("leaves a theme's first four colours to the XF's own, and reads its accents", () => {
    expect(inksWith(xfext(0, { text: theme(0) }))).toEqual([]);
    expect(inksWith(xfext(0, { text: theme(1) }))).toEqual([]);
    expect(inksWith(xfext(0, { text: theme(4) }))).toHaveLength(1);
  });

  describe("in an .xls LibreOffice saves", () => {
    let report: ReportParts;
    let xls: Uint8Array;
    beforeAll(async () => {
      report = await reportParts();
      xls = resaveWith(report.bytes, "xlsx", "xls");
    }, 60_000);

    /** The .xls with an XFEXT giving the input's cell style `text` (a FullColorExt) after the last XF. */
    const withInputText = (text: string) => {
      const { sheet, row, column } = inputAt(report);
      return xlsWithRecords(xls, (records) => {
        const word = (body: Uint8Array, at: number) => body[at]! | (body[at + 1]! << 8);
        // The XF of the input's cell record: a NUMBER's or an RK's, or its place in a MULRK's run.
        const xfs = records.flatMap(({ type, body, sheet: of }) => {
          if (of !== sheet || word(body, 0) !== row) return [];
          if ((type === 0x0203 || type === 0x027e) && word(body, 2) === column) return [word(body, 4)];
          const first = word(body, 2);
          const last = word(body, body.length - 2);
          return type === 0x00bd && column >= first && column <= last
            ? [word(body, 4 + 6 * (column - first))]
            : [];
        });
        expect(xfs).toHaveLength(1);
        const xf = xfs[0]!;
        const last = records.map(({ type }) => type).lastIndexOf(XF);
        const added = { type: XFEXT, body: bytes(xfext(xf, { text })), sheet: -1 };
        return [...records.slice(0, last + 1), added, ...records.slice(last + 1)];
      });
    };
    const hiddenAt = (bytes: Uint8Array) => {
      const outcome = sheetJsOutcome(bytes, "r.xls");
      return outcome.read
        ? outcome.findings
            .filter((f) => f.rule === "cell.hidden" && f.cell === report.input.cell)
            .map((f) => /written in #[0-9A-F]{6} on a #[0-9A-F]{6}/.exec(f.message_en)?.[0])
        : ["refused"];
    };

    it("names the input Excel draws white on its cream fill, and not one it draws dark blue", () => {
      expect(hiddenAt(withInputText(rgb("ffffff")))).toContain("written in #FFFFFF on a #FFF8DC");
      expect(hiddenAt(withInputText(rgb("1f3864")))).toEqual([]);
    });
  });
});
