import { UNREADABLE_SHOWN, type GridCell } from "../../../src/core/grid/grid";
import { relativeFontSize, type NumberWriting } from "../../../src/core/report/column-room";
import { drawnFigure } from "../../../src/core/report/drawn-figure";
import { smallSizesOf } from "../../../src/core/report/drawn-sizes";
import { applyXlsConditionals, type JudgedCell } from "../../../src/xlsx/sheetjs/xls-conditional-cells";
import { XlsConditionalReader } from "../../../src/xlsx/sheetjs/xls-conditional-formats";
import { XlsStyleReader } from "../../../src/xlsx/sheetjs/xls-styles";
import { MAX_CONDITIONAL_AREAS, MAX_CONDITIONAL_RULES } from "../../../src/xlsx/limits";
import { KeptPositions } from "../../../src/xlsx/sheet-geometry/sheet-areas";

const CONDFMT = 0x01b0;
const CF = 0x01b1;
const CONDFMT12 = 0x0879;
const CF12 = 0x087a;
const CFEX = 0x087b;
const bytes = (hex: string) => Uint8Array.from(hex.match(/../g)!.map((b) => parseInt(b, 16)));

/** A CONDFMT over B2:C3, one CF after it, as LibreOffice writes them. */
const CONDFMT_B2_C3 = "010001000100020001000200" + "0100" + "0100020001000200";
/**
 * The CF LibreOffice writes for a rule (formula TRUE) with a white font (palette 9) and a white solid
 * fill, which it writes as the pattern's back colour (9; the fore colour, 26, is not shown).
 */
const CF_WHITE_ON_WHITE = [
  "020003000000",
  "ffff3824" + "0000",
  "00".repeat(64) + "ffffffff" + "00000000" + "9001" + "0000" + "00000000",
  "09000000" + "00000000" + "9a000000" + "01000000" + "01000000" + "00000000" + "00".repeat(12) + "0100",
  "0004" + "9a04",
  "1e0100",
].join("");

function read(...records: [number, string][]) {
  const reader = new XlsConditionalReader();
  for (const [type, hex] of records) reader.take(type, bytes(hex));
  return reader.conditionals;
}

/** An .xls's styles: a font of 11 pt in the automatic colour, and XF 0 in it with no fill. */
function plainStyles() {
  const styles = new XlsStyleReader();
  styles.take(0x0031, bytes("dc00" + "0000" + "ff7f"));
  styles.take(0x00e0, bytes("0000" + "00".repeat(18)));
  return styles.styles();
}

/** B2 holding the figure 42 in General, judged. */
function judgedB2() {
  const judged = new KeptPositions<JudgedCell>();
  judged.add({ row: 1, col: 1, address: "B2", content: 42, format: "General" });
  const cells = new Map<string, GridCell>([["B2", { value: { type: "number", value: 42 } }]]);
  return { judged, cells };
}

describe("an .xls sheet's conditional formats (CONDFMT, CF)", () => {
  it("reads the font colour and the fill LibreOffice writes", () => {
    expect(read([CONDFMT, CONDFMT_B2_C3], [CF, CF_WHITE_ON_WHITE])).toEqual([
      {
        areas: [{ top: 1, bottom: 2, left: 1, right: 2 }],
        look: { text: 9, fill: { pattern: 1, fore: 9, back: 9 } },
        byRow: true,
      },
    ]);
  });

  // Found reviewing round 60's mend: a rule over a line and the empty cells it runs on over holds over both
  // or neither only where its formula reads the row alone.
  it("tells a formula that reads its row alone from one that may tell a row's cells apart", () => {
    /** The CF above with formula `rgce` (hex) in place of its TRUE. */
    const withFormula = (rgce: string) =>
      CF_WHITE_ON_WHITE.slice(0, 4) +
      (rgce.length / 2).toString(16).padStart(2, "0") +
      "00" +
      CF_WHITE_ON_WHITE.slice(8, -6) +
      rgce;
    const byRow = (rgce: string) =>
      read([CONDFMT, CONDFMT_B2_C3], [CF, withFormula(rgce)])[0]!.byRow ?? false;
    // MOD(ROW(),2)=1; $A1<>"" (its row relative, its column fixed); a reference to a fixed cell.
    expect(byRow("42000800" + "1e0200" + "412700" + "1e0100" + "0b")).toBe(true);
    expect(byRow("4c00000080" + "170000" + "0e")).toBe(true);
    expect(byRow("2400000000" + "1e0000" + "0b")).toBe(true);
    // A1<>"" (both relative); COLUMN()=1; a defined name; a token past the formula's end.
    expect(byRow("4c000000c0" + "170000" + "0e")).toBe(false);
    expect(byRow("42000900" + "1e0100" + "0b")).toBe(false);
    expect(byRow("2301000000")).toBe(false);
    expect(byRow("1e01")).toBe(false);
  });

  // Red team, round 12: LibreOffice writes a rule .xls cannot hold (top 10, duplicates) as a CF of type 0,
  // which it skips on reading.
  it("skips a CF of a type other than a value compared or a formula", () => {
    expect(read([CONDFMT, CONDFMT_B2_C3], [CF, "00" + CF_WHITE_ON_WHITE.slice(2)])).toEqual([]);
    expect(read([CONDFMT, CONDFMT_B2_C3], [CF, "01" + CF_WHITE_ON_WHITE.slice(2)])).toHaveLength(1);
  });

  it("reads Excel 2007's rules (CONDFMT12, CF12: a data bar, a colour scale, an icon set) as unreadable", () => {
    // A future record header (FrtRefHeader: rt, grbitFrt, ref8) before each.
    const header = (rt: string) => rt + "0100" + "00".repeat(8);
    const dataBar = header("7a08") + "04" + "00" + "0000" + "0000" + "00".repeat(40);
    expect(read([CONDFMT12, header("7908") + CONDFMT_B2_C3], [CF12, dataBar])).toEqual([
      { areas: [{ top: 1, bottom: 2, left: 1, right: 2 }], look: "unreadable" },
    ]);
    // A CF12 with no CONDFMT before it applies to nothing.
    expect(read([CF12, dataBar])).toEqual([]);
  });

  it("reads a rule cut short within its font block as unreadable", () => {
    const [rule] = read([CONDFMT, CONDFMT_B2_C3], [CF, CF_WHITE_ON_WHITE.slice(0, 2 * 60)]);
    expect(rule!.look).toBe("unreadable");
  });

  it("reads the rules of a CONDFMT whose areas are cut short as unreadable, over its bounding area", () => {
    const cut = CONDFMT_B2_C3.replace(/^(.{24})0100/, "$10500");
    expect(read([CONDFMT, cut], [CF, CF_WHITE_ON_WHITE])).toEqual([
      { areas: [{ top: 1, bottom: 2, left: 1, right: 2 }], look: "unreadable", byRow: true },
    ]);
  });

  it("refuses a sheet past the caps on rules and areas", () => {
    const rules = Array.from(
      { length: MAX_CONDITIONAL_RULES + 1 },
      () => [CF, CF_WHITE_ON_WHITE] as [number, string],
    );
    expect(() => read([CONDFMT, CONDFMT_B2_C3], ...rules)).toThrow(/conditional formats/);
    const many = (MAX_CONDITIONAL_AREAS + 1).toString(16).padStart(4, "0");
    const areas = CONDFMT_B2_C3.replace(/^(.{24})0100/, `$1${many.slice(2)}${many.slice(0, 2)}`);
    expect(() => read([CONDFMT, areas])).toThrow(/areas/);
  });

  it("gives a named cell a rule covers the inks it may apply, and an unreadable rule's cells no known text", () => {
    const styles = new XlsStyleReader();
    styles.take(0x0031, bytes("dc00" + "0000" + "ff7f")); // a font of 11 pt, automatic colour
    styles.take(0x00e0, bytes("0000" + "00".repeat(18))); // XF 0: that font, no fill
    const judged = new KeptPositions<JudgedCell>();
    judged.add({ row: 1, col: 1, address: "B2", content: 42, format: "General" });
    judged.add({ row: 5, col: 5, address: "F6", content: 7, format: "General" });
    const cells = new Map<string, GridCell>([
      ["B2", { value: { type: "number", value: 42 } }],
      ["F6", { value: { type: "number", value: 7 } }],
    ]);
    const conditionals = [
      ...read([CONDFMT, CONDFMT_B2_C3], [CF, CF_WHITE_ON_WHITE]),
      { areas: [{ top: 5, bottom: 5, left: 5, right: 5 }], look: "unreadable" as const },
    ];
    applyXlsConditionals(
      cells,
      judged,
      { drawn: [], conditionals, xfAt: () => 0, groundXfAt: () => 15 },
      styles.styles(),
    );
    expect(cells.get("B2")!.inks).toEqual([{ text: "FFFFFF", background: "FFFFFF" }]);
    expect(cells.get("F6")!.mayShow).toEqual([UNREADABLE_SHOWN]);
  });
});

/** Little-endian hex of a 16-bit and a 32-bit number. */
const hex16 = (n: number) =>
  (n & 0xffff)
    .toString(16)
    .padStart(4, "0")
    .replace(/(..)(..)/, "$2$1");
const hex32 = (n: number) => hex16(n) + hex16(n >>> 16);
/** A CONDFMT over B2:C3 whose nID is `id`. */
const condFmtWithId = (id: number) => CONDFMT_B2_C3.replace(/^(.{4})0100/, `$1${hex16((id << 1) | 1)}`);
/** A CONDFMT over E5 alone, nID 2. */
const CONDFMT_E5 = "0100" + hex16(5) + "040004000400040001000400040004000400";
/** A FullColorExt ExtProp (MS-XLS 2.5.155, 2.5.108): its type, size 20, the colour's type, tint and value. */
const colourExt = (extType: number, colourType: number, value: string, tint = 0) =>
  hex16(extType) + hex16(20) + hex16(colourType) + hex16(tint) + value + "00".repeat(8);
/**
 * A CFEx over the CONDFMT of nID `id` extending its first CF (fIsCF12 0), with a DXFN12 of `dxfn` and
 * the extensions `exts` where given, then its template parameters.
 */
const cfex = (id: number, dxfn?: string, ...exts: string[]) => {
  const extensions = exts.length > 0 ? "000000000000" + hex16(exts.length) + exts.join("") : "";
  const dxf =
    dxfn === undefined ? "00" : "01" + hex32((dxfn.length + extensions.length) / 2) + dxfn + extensions;
  return (
    "7b08" +
    "0100" +
    "00".repeat(8) +
    hex32(0) +
    hex16(id) +
    "0000" +
    "00" +
    "00" +
    "0100" +
    "01" +
    dxf +
    "00" +
    "00".repeat(16)
  );
};
/** A DXFN that sets nothing. */
const EMPTY_DXFN = "00000000" + "0000";
const WHITE = "ffffff00";

// Excel 2007 and later save, after a sheet's CF records, a CFEx for each rule it extends: where its own
// formatting (a DXFN12, with colours beyond the palette) is given, Excel draws that rather than the CF's,
// which LibreOffice draws: the cells may show either.
describe("an .xls rule's extension (CFEx)", () => {
  const B2_C3 = [{ top: 1, bottom: 2, left: 1, right: 2 }];

  it("reads a CFEx's own formatting as a rule over the areas of the CONDFMT it names", () => {
    const rules = read(
      [CONDFMT, condFmtWithId(1)],
      [CF, "020000000000" + EMPTY_DXFN],
      [CONDFMT, CONDFMT_E5],
      // The CF's DXFN, without its formula.
      [CFEX, cfex(1, CF_WHITE_ON_WHITE.slice(12, -6))],
    );
    expect(rules).toEqual([
      { areas: B2_C3, look: {}, byRow: true },
      { areas: B2_C3, look: { text: 9, fill: { pattern: 1, fore: 9, back: 9 } } },
    ]);
  });

  it("reads the colours its extensions set over the DXFN's: an RGB, a theme colour with its tint, a palette index", () => {
    // A theme colour as MS-XLS's ColorTheme counts it: 1 is Light 1, a palette's theme 0.
    const [, rule] = read(
      [CONDFMT, condFmtWithId(3)],
      [CF, "020000000000" + EMPTY_DXFN],
      [CFEX, cfex(3, EMPTY_DXFN, colourExt(0x0d, 2, WHITE), colourExt(0x05, 3, "01000000", -16384))],
    );
    expect(rule!.look).toEqual({
      text: { rgb: "FFFFFF" },
      fill: {
        pattern: 1,
        fore: { theme: 0, tint: -16384 / 32767 },
        back: { theme: 0, tint: -16384 / 32767 },
      },
    });
    const [, indexed] = read(
      [CONDFMT, condFmtWithId(3)],
      [CF, "020000000000" + EMPTY_DXFN],
      [CFEX, cfex(3, EMPTY_DXFN, colourExt(0x0d, 1, "09000000"))],
    );
    expect(indexed!.look).toEqual({ text: 9 });
    // A theme's first four beside the DXFN's own colour: the DXFN's (white, palette 9) is kept.
    const [, beside] = read(
      [CONDFMT, condFmtWithId(3)],
      [CF, "020000000000" + EMPTY_DXFN],
      [
        CFEX,
        cfex(
          3,
          CF_WHITE_ON_WHITE.slice(12, -6),
          colourExt(0x0d, 3, "01000000"),
          colourExt(0x05, 3, "05000000"),
        ),
      ],
    );
    expect(beside!.look).toMatchObject({
      text: 9,
      fill: { pattern: 1, fore: { theme: 5 }, back: { theme: 5 } },
    });
  });

  it("reads nothing of a CFEx without formatting, and a gradient, an unknown colour or a cut-short one as unreadable", () => {
    const rules = (extension: string) =>
      read([CONDFMT, condFmtWithId(1)], [CFEX, extension]).map(({ look }) => look);
    expect(rules(cfex(1))).toEqual([]);
    expect(rules(cfex(1, EMPTY_DXFN, colourExt(0x06, 2, WHITE)))).toEqual(["unreadable"]);
    expect(rules(cfex(1, EMPTY_DXFN, colourExt(0x0d, 9, WHITE)))).toEqual(["unreadable"]);
    expect(rules(cfex(1, EMPTY_DXFN, colourExt(0x0d, 2, WHITE)).slice(0, 90))).toEqual(["unreadable"]);
  });

  it("reads a CFEx naming no CONDFMT as unreadable over its own area", () => {
    // Its header's area (Ref8U: first and last row, first and last column) E5.
    const extension = cfex(9, EMPTY_DXFN).replace(/^(.{8}).{16}/, "$1" + "0400040004000400");
    expect(read([CONDFMT, condFmtWithId(1)], [CFEX, extension])).toEqual([
      { areas: [{ top: 4, bottom: 4, left: 4, right: 4 }], look: "unreadable" },
    ]);
  });

  it("rules a CF12 after a CFEx over the areas of the CONDFMT it names, not the last one read", () => {
    const cf12Extension = cfex(1)
      .replace(/^(.{24})00000000/, "$101000000")
      .slice(0, 36);
    const dataBar = "7a08" + "0000" + "00".repeat(8) + "04" + "00" + "0000" + "0000" + "00".repeat(40);
    expect(
      read([CONDFMT, condFmtWithId(1)], [CONDFMT, CONDFMT_E5], [CFEX, cf12Extension], [CF12, dataBar]),
    ).toEqual([{ areas: B2_C3, look: "unreadable" }]);
  });

  it("gives a named cell the inks of a CFEx's RGB colours", () => {
    const { judged, cells } = judgedB2();
    const conditionals = read(
      [CONDFMT, condFmtWithId(1)],
      [CF, "020000000000" + EMPTY_DXFN],
      [CFEX, cfex(1, EMPTY_DXFN, colourExt(0x0d, 2, "fefefe00"), colourExt(0x05, 2, WHITE))],
    );
    applyXlsConditionals(
      cells,
      judged,
      { drawn: [], conditionals, xfAt: () => 0, groundXfAt: () => 15 },
      plainStyles(),
    );
    expect(cells.get("B2")!.inks).toEqual([{ text: "FEFEFE", background: "FFFFFF" }]);
  });
});

/**
 * A figure as the reader draws it in a column 10 characters wide, in the workbook's 11-pt font where no
 * other size is given.
 */
const drawnIn10 = (value: number) => (writing: NumberWriting | undefined, fontSize: number | undefined) =>
  drawnFigure(
    value,
    writing ?? { decimals: 0, grouped: false },
    undefined,
    { columnWidth: 10, fontSize: 11 },
    (sizes) => ({ ...sizes, fontSize: relativeFontSize(sizes.fontSize, 11) }),
    fontSize,
  );

describe("an .xls conditional format's number format and font size", () => {
  // Red team, round 10: twelve decimals turned a figure into "###" while its rule held.
  it("gives a figure it writes too wide for the figure's column the ### it then shows, and one that fits none", () => {
    const styles = new XlsStyleReader();
    styles.take(0x0031, bytes("dc00" + "0000" + "ff7f"));
    styles.take(0x00e0, bytes("0000" + "00".repeat(18)));
    const judged = new KeptPositions<JudgedCell>();
    const drawn = drawnIn10(1234);
    judged.add({ row: 1, col: 1, address: "B2", content: 1234, format: "General", drawn });
    judged.add({ row: 1, col: 2, address: "C2", content: 1234, format: "General", drawn });
    const cells = new Map<string, GridCell>([
      ["B2", { value: { type: "number", value: 1234 } }],
      ["C2", { value: { type: "number", value: 1234 } }],
    ]);
    const over = (col: number, format: string) => ({
      areas: [{ top: 1, bottom: 1, left: col, right: col }],
      look: { format },
    });
    judged.add({
      row: 1,
      col: 3,
      address: "D2",
      content: 123456789,
      format: "General",
      drawn: drawnIn10(123456789),
    });
    cells.set("D2", { value: { type: "number", value: 123456789 } });
    // Rendered, and plain (not rendered): twelve decimals do not fit, nor 123,456,789.00; 1234.00 does.
    const conditionals = [over(1, '0.000000000000" "'), over(2, "0.00"), over(3, "#,##0.00")];
    applyXlsConditionals(
      cells,
      judged,
      { drawn: [], conditionals, xfAt: () => 0, groundXfAt: () => 15 },
      styles.styles(),
    );
    expect(cells.get("B2")!.mayShow).toEqual(["1234.000000000000 ", "###"]);
    expect(cells.get("C2")!.mayShow).toBeUndefined();
    expect(cells.get("D2")!.mayShow).toEqual(["###"]);
  });

  // Red team, round 11: a rule's 26-pt font turned a figure into "###", its 3-pt font made it unreadable.
  it("reads a rule's font size, and draws a figure in it: ### where too wide, its size where too small", () => {
    const sized = (twips: number) =>
      CF_WHITE_ON_WHITE.replace(
        "00".repeat(64) + "ffffffff",
        "00".repeat(64) +
          twips
            .toString(16)
            .padStart(4, "0")
            .replace(/(..)(..)/, "$2$1") +
          "0000",
      );
    expect(read([CONDFMT, CONDFMT_B2_C3], [CF, sized(520)])[0]!.look).toMatchObject({ fontSize: 26 });
    expect(read([CONDFMT, CONDFMT_B2_C3], [CF, CF_WHITE_ON_WHITE])[0]!.look).not.toHaveProperty("fontSize");
    const styles = new XlsStyleReader();
    styles.take(0x0031, bytes("dc00" + "0000" + "ff7f"));
    styles.take(0x00e0, bytes("0000" + "00".repeat(18)));
    const outcome = (twips: number, value: number) => {
      const judged = new KeptPositions<JudgedCell>();
      judged.add({
        row: 1,
        col: 1,
        address: "B2",
        content: value,
        format: "General",
        drawn: drawnIn10(value),
      });
      const cells = new Map<string, GridCell>([["B2", { value: { type: "number", value } }]]);
      const conditionals = read([CONDFMT, CONDFMT_B2_C3], [CF, sized(twips)]);
      applyXlsConditionals(
        cells,
        judged,
        { drawn: [], conditionals, xfAt: () => 0, groundXfAt: () => 15 },
        styles.styles(),
      );
      return { mayShow: cells.get("B2")!.mayShow, sizes: smallSizesOf(cells.get("B2")!) };
    };
    expect(outcome(520, 1234567)).toEqual({ mayShow: ["###"], sizes: undefined });
    expect(outcome(220, 1234567)).toEqual({ mayShow: undefined, sizes: undefined });
    expect(outcome(60, 1234567)).toEqual({ mayShow: undefined, sizes: { fontSize: 3 } });
  });
});

describe("an .xls font's strike and script, which SheetJS does not read", () => {
  /** A CF over B2:C3 whose font block sets (or leaves, where `unset`) the strike, as LibreOffice writes it. */
  const strikingRule = (unset: boolean) =>
    CF_WHITE_ON_WHITE.replace("ffffffff" + "00000000" + "9001", "ffffffff" + "80000000" + "9001").replace(
      "9a000000",
      unset ? "9a000000" : "1a000000",
    );

  it("reads a conditional format's strike, and not one its tsNinch leaves as the cell's", () => {
    const [struck] = read([CONDFMT, CONDFMT_B2_C3], [CF, strikingRule(false)]);
    expect(struck!.look).toMatchObject({ struck: true });
    const [left] = read([CONDFMT, CONDFMT_B2_C3], [CF, strikingRule(true)]);
    expect(left!.look).not.toHaveProperty("struck");
  });

  it("gives a figure a rule strikes through as struck", () => {
    const { judged, cells } = judgedB2();
    const conditionals = read([CONDFMT, CONDFMT_B2_C3], [CF, strikingRule(false)]);
    applyXlsConditionals(
      cells,
      judged,
      { drawn: [], conditionals, xfAt: () => 0, groundXfAt: () => 15 },
      plainStyles(),
    );
    expect(cells.get("B2")!.struck).toBe(true);
  });

  it("takes a superscript or subscript font (sss) to be drawn at 58 % of its size", () => {
    const styles = new XlsStyleReader();
    // 4.5 pt (90 twips): plain, superscript, subscript; an XF on each.
    for (const sss of ["0000", "0100", "0200"])
      styles.take(0x0031, bytes("5a00" + "0000" + "ff7f" + "9001" + sss));
    for (const font of ["0000", "0100", "0200"]) styles.take(0x00e0, bytes(font + "00".repeat(18)));
    const read = styles.styles();
    expect([0, 1, 2].map((xf) => read.fontSize(xf))).toEqual([4.5, 4.5 * 0.58, 4.5 * 0.58]);
  });
});
