import { strFromU8, strToU8, unzipSync } from "fflate";
import { fastOutcome, sheetJsOutcome, type Outcome } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";
import { zipEntriesOf } from "../../support/mutate-report";
import { xlsWithRecords, type XlsRecord } from "../../support/xls-records";
import { conditionallyStyled, reportParts, withDxfs, type ReportParts } from "../../support/report-parts";

// An input whose figure is written in its background's colour: the form shows an empty cell, the
// roll-up counts the figure.

jest.setTimeout(180_000);

let report: ReportParts;
beforeAll(async () => {
  report = await reportParts();
});

const hiddenFindings = (outcome: Outcome) =>
  outcome.read ? outcome.findings.filter((f) => f.rule === "cell.hidden") : [];

interface Look {
  /** A font's color element, a fill's patternFill and a number format, as styles.xml writes them. */
  readonly color?: string;
  readonly fill?: string;
  readonly format?: string;
  /** A theme part whose colour scheme replaces the workbook's (ours have none): its light colour 1's RGB. */
  readonly lt1?: string;
  /** The same, its slots' colour elements given (`{ dk1: '<a:sysClr val="windowText"/>' }`). */
  readonly theme?: ThemeSlots;
  /** The workbook's own indexed colours (RRGGBB), as styles.xml's `colors` lists them. */
  readonly palette?: readonly string[];
}

/** The report with its first input styled so, in a font, fill and cell style of its own (holding `figure`). */
function styled(look: Look, figure?: string): Uint8Array {
  const { text, input, fileWith } = report;
  const styles = text("xl/styles.xml");
  const count = (list: string) => new RegExp(`<${list} count="(\\d+)"`).exec(styles)![1]!;
  const xf = Number(count("cellXfs"));
  const add = (xml: string, list: string, item: string) =>
    xml
      .replace(new RegExp(`<${list} count="\\d+"`), `<${list} count="${Number(count(list)) + 1}"`)
      .replace(`</${list}>`, `${item}</${list}>`);
  let changed = add(styles, "fonts", `<font>${look.color ?? ""}<sz val="11"/><name val="Calibri"/></font>`);
  changed = add(changed, "fills", `<fill>${look.fill ?? '<patternFill patternType="none"/>'}</fill>`);
  if (look.palette) {
    const colours = look.palette.map((rgb) => `<rgbColor rgb="FF${rgb}"/>`).join("");
    changed = changed.replace(
      "</styleSheet>",
      `<colors><indexedColors>${colours}</indexedColors></colors></styleSheet>`,
    );
  }
  if (look.format)
    changed = changed.replace(
      "</numFmts>",
      `<numFmt numFmtId="300" formatCode="${look.format.replace(/"/g, "&quot;")}"/></numFmts>`,
    );
  changed = add(
    changed,
    "cellXfs",
    `<xf numFmtId="${look.format ? 300 : 3}" fontId="${count("fonts")}" fillId="${count("fills")}" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/>`,
  );
  return fileWith({
    "xl/styles.xml": changed,
    [input.part]: (xml) => {
      const restyled = xml.replace(new RegExp(`(<c r="${input.cell}") s="\\d+"`), `$1 s="${xf}"`);
      if (figure === undefined) return restyled;
      return restyled.replace(new RegExp(`(<c r="${input.cell}"[^>]*><v>)[^<]*`), `$1${figure}`);
    },
    ...(look.lt1 || look.theme
      ? themed({ lt1: `<a:srgbClr val="${look.lt1 ?? "FFFFFF"}"/>`, ...look.theme })
      : {}),
  });
}

/** A theme's colour slots, each a DrawingML colour element. */
interface ThemeSlots {
  readonly dk1?: string;
  readonly lt1?: string;
}

/** A theme part for the workbook, its light and dark colours 1 (Excel's theme 0 and 1) set. */
function themed(slots: ThemeSlots): Record<string, string | ((xml: string) => string)> {
  const a = "http://schemas.openxmlformats.org/drawingml/2006/main";
  const srgb = (rgb: string) => `<a:srgbClr val="${rgb}"/>`;
  const slot = (name: string, colour: string) => `<a:${name}>${colour}</a:${name}>`;
  const scheme = [
    slot("dk1", slots.dk1 ?? srgb("000000")),
    slot("lt1", slots.lt1 ?? srgb("FFFFFF")),
    slot("dk2", srgb("44546A")),
    slot("lt2", srgb("E7E6E6")),
  ].join("");
  const theme = `<?xml version="1.0" encoding="UTF-8"?><a:theme xmlns:a="${a}" name="t"><a:themeElements><a:clrScheme name="t">${scheme}</a:clrScheme></a:themeElements></a:theme>`;
  return {
    "xl/theme/theme1.xml": theme,
    "xl/_rels/workbook.xml.rels": (xml) =>
      xml.replace(
        "</Relationships>",
        '<Relationship Id="rIdTheme" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/></Relationships>',
      ),
    "[Content_Types].xml": (xml) =>
      xml.replace(
        "</Types>",
        '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>',
      ),
  };
}

const solid = (color: string) =>
  `<patternFill patternType="solid"><fgColor ${color}/><bgColor indexed="64"/></patternFill>`;

describe("an input written in the colour of its background", () => {
  it.each<[string, Look]>([
    ["white on no fill", { color: '<color rgb="FFFFFFFF"/>' }],
    ["a fill's own colour", { color: '<color rgb="FFFFF8DC"/>', fill: solid('rgb="FFFFF8DC"') }],
    ["the theme's background colour (theme 0)", { color: '<color theme="0"/>' }],
    ["black lightened 95 % (a tint)", { color: '<color theme="1" tint="0.95"/>' }],
    ["an indexed white", { color: '<color indexed="9"/>' }],
    ["yellow on white", { color: '<color rgb="FFFFFF00"/>' }],
    ["a number format's own colour", { format: "[White]#,##0" }],
    ["a number format's numbered colour", { format: "[Color2]#,##0" }],
    // LibreOffice reads [ColorN] from its own palette: white and cream where Excel's are olive and magenta.
    ["LibreOffice's [Color12], white", { format: "[Color12]#,##0", fill: solid('rgb="FFFFF8DC"') }],
    ["LibreOffice's [Color26], cream", { format: "[Color26]#,##0", fill: solid('rgb="FFFFF8DC"') }],
    ["automatic text on a black fill", { fill: solid('rgb="FF000000"') }],
    [
      "a theme whose light colour is the text's",
      { color: '<color rgb="FF1F3864"/>', fill: solid('theme="0"'), lt1: "1F3864" },
    ],
  ])("refuses %s, naming both colours", (_, look) => {
    const found = hiddenFindings(fastOutcome(styled(look)));
    expect(found.map((f) => [f.cell, f.severity])).toEqual([[report.input.cell, "error"]]);
    expect(found[0]!.message_en).toMatch(/written in #[0-9A-F]{6} on a #[0-9A-F]{6} background/);
    expect(found[0]!.message_vi).toMatch(/màu chữ #[0-9A-F]{6} trên nền #[0-9A-F]{6}/);
  });

  it.each<[string, Look]>([
    ["black on the template's own light fill", { fill: solid('rgb="FFFFF8DC"') }],
    ["white on dark blue", { color: '<color rgb="FFFFFFFF"/>', fill: solid('rgb="FF1F3864"') }],
    ["grey text", { color: '<color rgb="FFA6A6A6"/>' }],
    ["white only for negative numbers", { format: "#,##0;[White]-#,##0" }],
    ...["[Color1]#,##0", "[Color21]#,##0", "[Color23]#,##0"].map((format): [string, Look] => [
      `${format}, dark in both Excel's palette and LibreOffice's`,
      { format, fill: solid('rgb="FFFFF8DC"') },
    ]),
    [
      "black on a pattern of black dots, drawn light grey",
      {
        fill: '<patternFill patternType="gray125"><fgColor rgb="FF000000"/><bgColor rgb="FFFFFFFF"/></patternFill>',
      },
    ],
    ["a gradient from white to light blue", { fill: gradient("FFFFFF", "DDEBF7") }],
    [
      "a theme whose window text is black, whatever its last colour",
      { color: '<color theme="1"/>', theme: { dk1: '<a:sysClr val="windowText" lastClr="FFFFFF"/>' } },
    ],
  ])("reads %s as showing the figure", (_, look) => {
    const outcome = fastOutcome(styled(look));
    expect(outcome.read).toBe(true);
    expect(hiddenFindings(outcome)).toEqual([]);
  });

  it("judges each file by its own theme, when files share a styles part but not a theme", () => {
    // The reader keeps what it read of a styles part for the next file holding the same one.
    const onTheme = (lt1: string) =>
      hiddenFindings(
        fastOutcome(styled({ color: '<color rgb="FF1F3864"/>', fill: solid('theme="0"'), lt1 })),
      );
    expect(onTheme("1F3864").map((f) => f.cell)).toEqual([report.input.cell]);
    expect(onTheme("FFFFFF")).toEqual([]);
    expect(onTheme("1F3864").map((f) => f.cell)).toEqual([report.input.cell]);
  });

  it("refuses a styles part as often as it is received", () => {
    const twoDefinitions = () =>
      report.fileWith({
        "xl/styles.xml": (xml) =>
          xml.replace(
            "</numFmts>",
            '<numFmt numFmtId="301" formatCode="0"/><numFmt numFmtId="301" formatCode="0.0"/></numFmts>',
          ),
      });
    expect([1, 2].map(() => fastOutcome(twoDefinitions()).read)).toEqual([false, false]);
  });

  it("judges a figure of 0 as shown: an empty-looking cell is what 0 would report", () => {
    const outcome = fastOutcome(styled({ color: '<color rgb="FFFFFFFF"/>' }, "0"));
    expect(outcome.read).toBe(true);
    expect(hiddenFindings(outcome)).toEqual([]);
  });
});

/** A gradient fill from one colour to another. */
function gradient(from: string, to: string): string {
  const stop = (position: number, rgb: string) =>
    `<stop position="${position}"><color rgb="FF${rgb}"/></stop>`;
  return `<gradientFill degree="90">${stop(0, from)}${stop(1, to)}</gradientFill>`;
}

/** An .xls's PALETTE and FONT records; a FONT's colour (icv) is at 4, a palette's first entry is index 8. */
const [PALETTE, FONT, XF, FIRST_CUSTOM] = [0x0092, 0x0031, 0x00e0, 8];

/** A record, a FONT of colour `from` set to colour `to`. */
function withFontColour(record: XlsRecord, from: number, to: number): XlsRecord {
  const view = new DataView(record.body.buffer, record.body.byteOffset);
  if (record.type === FONT && view.getUint16(4, true) === from) view.setUint16(4, to, true);
  return record;
}

const written = (found: readonly { message_en: string }[]) =>
  found.map((f) => /written in #[0-9A-F]{6} on a #[0-9A-F]{6}/.exec(f.message_en)?.[0]);

describe("an input written in the colour of its background as LibreOffice draws it (red team, round 13)", () => {
  // LibreOffice writes the colours it draws into its .ods: the .xlsx is judged in those colours.
  it.each<[string, Look]>([
    ["a font of index 78, the window's colour", { color: '<color indexed="78"/>' }],
    ["a font of index 67, a button's face", { color: '<color indexed="67"/>' }],
    ["a font of index 81 on black", { color: '<color indexed="81"/>', fill: solid('rgb="FF000000"') }],
    ["black on a fill of index 77", { color: '<color rgb="FF000000"/>', fill: solid('indexed="77"') }],
    [
      "a short palette's default white",
      { color: '<color indexed="9"/>', palette: ["000000", "111111", "222222"] },
    ],
    [
      "the window's colour, whatever its last colour",
      { color: '<color theme="0"/>', theme: { lt1: '<a:sysClr val="window" lastClr="000000"/>' } },
    ],
    ["a theme colour before an RGB", { color: '<color rgb="FF000000" theme="0"/>', lt1: "FFFFFF" }],
    [
      "a theme's black lightened to white",
      {
        color: '<color theme="1"/>',
        theme: { dk1: '<a:srgbClr val="000000"><a:lumMod val="0"/><a:lumOff val="100000"/></a:srgbClr>' },
      },
    ],
    ["a theme's preset white", { color: '<color theme="1"/>', theme: { dk1: '<a:prstClr val="white"/>' } }],
    [
      "a theme's scRGB white",
      { color: '<color theme="1"/>', theme: { dk1: '<a:scrgbClr r="100000" g="100000" b="100000"/>' } },
    ],
    [
      "black on a solid fill of no foreground",
      {
        color: '<color rgb="FF000000"/>',
        fill: '<patternFill patternType="solid"><bgColor rgb="FFFF0000"/></patternFill>',
      },
    ],
    [
      "black on a gradient of two blacks",
      { color: '<color rgb="FF000000"/>', fill: gradient("000000", "000000") },
    ],
    [
      "black on a dark grey pattern",
      {
        color: '<color rgb="FF000000"/>',
        fill: '<patternFill patternType="darkGray"><fgColor rgb="FF000000"/><bgColor rgb="FF202020"/></patternFill>',
      },
    ],
    [
      "white on a light grey pattern of near-white",
      {
        color: '<color rgb="FFFFFFFF"/>',
        fill: '<patternFill patternType="lightGray"><fgColor rgb="FFF8F8F8"/><bgColor rgb="FFFFFFFF"/></patternFill>',
      },
    ],
  ])("refuses %s, naming the colours LibreOffice draws", (_, look) => {
    const file = styled(look);
    const found = hiddenFindings(fastOutcome(file));
    expect(found.map((f) => f.cell)).toEqual([report.input.cell]);
    const drawn = hiddenFindings(sheetJsOutcome(resaveWith(file, "xlsx", "ods"), "r.ods"));
    expect(written(found)).toEqual(written(drawn));
  });

  it("refuses black on a conditional format's gradient of two blacks, as LibreOffice draws it", () => {
    const file = conditionallyStyled(report, `<fill>${gradient("000000", "000000")}</fill>`, "dxfs");
    const found = hiddenFindings(fastOutcome(file));
    expect(found.map((f) => f.cell)).toEqual([report.input.cell]);
    expect(written(found)).toEqual(
      written(hiddenFindings(sheetJsOutcome(resaveWith(file, "xlsx", "ods"), "r.ods"))),
    );
  });
});

describe("an input written in the colour of its background, saved by LibreOffice as .xls or .ods", () => {
  const asSaved = (look: Look, ext: "xls" | "ods") =>
    hiddenFindings(sheetJsOutcome(resaveWith(styled(look), "xlsx", ext), `r.${ext}`));

  it.each(["xls", "ods"] as const)("refuses white on no fill, naming both colours (.%s)", (ext) => {
    const found = asSaved({ color: '<color rgb="FFFFFFFF"/>' }, ext);
    expect(found.map((f) => [f.cell, f.severity])).toEqual([[report.input.cell, "error"]]);
    expect(found[0]!.message_en).toContain("written in #FFFFFF on a #FFFFFF background");
  });

  it.each(["xls", "ods"] as const)("refuses a fill's own colour (.%s)", (ext) => {
    const found = asSaved({ color: '<color rgb="FFFFF8DC"/>', fill: solid('rgb="FFFFF8DC"') }, ext);
    expect(found.map((f) => f.cell)).toEqual([report.input.cell]);
  });

  it.each([
    ["xls", "[White]#,##0"],
    ["ods", "[White]#,##0"],
    // LibreOffice writes the positive section as a data style of its own, chosen by a style:map.
    ["xls", "[White]#,##0;-#,##0"],
    ["ods", "[White]#,##0;-#,##0"],
  ] as const)("refuses a number format's own colour (.%s, %s)", (ext, format) => {
    const found = asSaved({ format }, ext);
    expect(found.map((f) => f.cell)).toEqual([report.input.cell]);
    expect(found[0]!.message_en).toContain("written in #FFFFFF on a #FFFFFF background");
  });

  /**
   * The .xls LibreOffice saves of an input in #123456, its font's colour then set to `icv`, a system
   * colour past the palette.
   */
  function xlsInSystemColour(icv: number): Uint8Array {
    const xls = resaveWith(styled({ color: '<color rgb="FF123456"/>' }), "xlsx", "xls");
    return xlsWithRecords(xls, (records) => {
      const palette = records.find(({ type, sheet }) => type === PALETTE && sheet === -1)!.body;
      const entry = [...Array(palette[0]!).keys()].find((i) =>
        [0x12, 0x34, 0x56].every((channel, c) => palette[2 + 4 * i + c] === channel),
      )!;
      return records.map((record) => withFontColour(record, FIRST_CUSTOM + entry, icv));
    });
  }

  it.each([
    [78, "FFFFFF"],
    [67, "EFEFEF"],
    [80, "FFFFC0"],
  ])(
    "refuses a font of system colour %d as LibreOffice draws it, #%s (.xls, red team, round 13)",
    (icv, rgb) => {
      const xls = xlsInSystemColour(icv);
      const found = hiddenFindings(sheetJsOutcome(xls, "r.xls"));
      expect(found.map((f) => f.cell)).toEqual([report.input.cell]);
      expect(found[0]!.message_en).toContain(`written in #${rgb} on a #FFFFFF background`);
      expect(written(found)).toEqual(
        written(hiddenFindings(sheetJsOutcome(resaveWith(xls, "xls", "ods"), "r.ods"))),
      );
    },
  );

  /**
   * The .xls LibreOffice saves of an input in #123456 on a solid #123457 fill, the fill's pattern then set
   * to `fls` and its colours to the palette entries of `fore` and `back` (or an index given), and the
   * font's colour to `font`'s entry.
   */
  function xlsInPattern(fls: number, fore: string | number, back = "FFFFFF", font = "123456"): Uint8Array {
    const look = { color: '<color rgb="FF123456"/>', fill: solid('rgb="FF123457"') };
    const xls = resaveWith(styled(look), "xlsx", "xls");
    return xlsWithRecords(xls, (records) => {
      const palette = records.find(({ type, sheet }) => type === PALETTE && sheet === -1)!.body;
      const entryOf = (rgb: string) =>
        FIRST_CUSTOM +
        [...Array(palette[0]!).keys()].find((i) =>
          [0, 1, 2].every((c) => palette[2 + 4 * i + c] === parseInt(rgb.slice(2 * c, 2 * c + 2), 16)),
        )!;
      // White is the fixed palette's entry 1.
      const icv = (rgb: string | number) =>
        typeof rgb === "number" ? rgb : rgb === "FFFFFF" ? 1 : entryOf(rgb);
      const filled = entryOf("123457");
      let patched = 0;
      for (const { type, body } of records) {
        const view = new DataView(body.buffer, body.byteOffset);
        if (type !== XF || (view.getUint16(18, true) & 0x7f) !== filled) continue;
        view.setUint32(14, (view.getUint32(14, true) & 0x03ffffff) | (fls << 26), true);
        view.setUint16(18, (view.getUint16(18, true) & ~0x3fff) | icv(fore) | (icv(back) << 7), true);
        patched++;
      }
      expect(patched).toBeGreaterThan(0);
      return records.map((record) => withFontColour(record, entryOf("123456"), icv(font)));
    });
  }

  it.each([19, 40])(
    "refuses a fill pattern LibreOffice draws in its fore colour alone, the font's (.xls pattern %d, round 29)",
    (fls) => {
      const found = hiddenFindings(sheetJsOutcome(xlsInPattern(fls, "123456"), "r.xls"));
      expect(found.map((f) => f.cell)).toEqual([report.input.cell]);
      expect(found[0]!.message_en).toContain("written in #123456 on a #123456 background");
      expect(hiddenFindings(sheetJsOutcome(xlsInPattern(fls, "FFFFFF"), "r.xls"))).toEqual([]);
    },
  );

  it("judges a fill pattern in the colour LibreOffice mixes of its two (.xls, round 29)", () => {
    // Pattern 3 (75 %) of #123456 over #123457: #123456, the font's.
    const found = hiddenFindings(sheetJsOutcome(xlsInPattern(3, "123456", "123457"), "r.xls"));
    expect(found.map((f) => f.cell)).toEqual([report.input.cell]);
    expect(found[0]!.message_en).toContain("written in #123456 on a #123456 background");
    // Pattern 2 (50 %) of #123456 over white: #8899AA, on which #123456 reads.
    expect(hiddenFindings(sheetJsOutcome(xlsInPattern(2, "123456"), "r.xls"))).toEqual([]);
  });

  it("judges a fill colour of no index LibreOffice knows as the white it draws (.xls, round 29)", () => {
    const found = hiddenFindings(sheetJsOutcome(xlsInPattern(1, 66, "FFFFFF", "FFFFFF"), "r.xls"));
    expect(found.map((f) => f.cell)).toEqual([report.input.cell]);
    expect(found[0]!.message_en).toContain("written in #FFFFFF on a #FFFFFF background");
  });

  it.each(["xls", "ods"] as const)(
    "reads white only for negative numbers as showing the figure (.%s)",
    (ext) => {
      expect(asSaved({ format: "#,##0;[White]-#,##0" }, ext)).toEqual([]);
    },
  );

  it.each(["xls", "ods"] as const)("reads white on dark blue as showing the figure (.%s)", (ext) => {
    expect(asSaved({ color: '<color rgb="FFFFFFFF"/>', fill: solid('rgb="FF1F3864"') }, ext)).toEqual([]);
  });

  it.each(["xls", "ods"] as const)("finds nothing in the report as it is (.%s)", (ext) => {
    const outcome = sheetJsOutcome(resaveWith(report.bytes, "xlsx", ext), `r.${ext}`);
    expect(outcome.read && outcome.findings).toEqual([]);
  });
});

describe("a conditional format that may write the figure in its background's colour", () => {
  const conditional = (dxf: string, where: "dxfs" | "extension") => conditionallyStyled(report, dxf, where);

  it.each(["dxfs", "extension"] as const)("refuses a white font (%s)", (where) => {
    const found = hiddenFindings(fastOutcome(conditional('<font><color rgb="FFFFFFFF"/></font>', where)));
    expect(found.map((f) => f.cell)).toEqual([report.input.cell]);
  });

  it.each(["dxfs", "extension"] as const)("refuses a fill in the text's colour (%s)", (where) => {
    const fill = '<fill><patternFill><bgColor rgb="FF000000"/></patternFill></fill>';
    const found = hiddenFindings(fastOutcome(conditional(fill, where)));
    expect(found.map((f) => f.cell)).toEqual([report.input.cell]);
  });

  it("reads a red font as showing the figure", () => {
    const outcome = fastOutcome(conditional('<font><color rgb="FFFF0000"/></font>', "dxfs"));
    expect(outcome.read).toBe(true);
    expect(hiddenFindings(outcome)).toEqual([]);
  });

  // LibreOffice writes each rule as a CF record, its fill's colour as the pattern's back colour.
  const asXls = (dxf: string) => sheetJsOutcome(resaveWith(conditional(dxf, "dxfs"), "xlsx", "xls"), "r.xls");

  it("refuses a white font on a white fill (.xls, saved by LibreOffice)", () => {
    const fill = solid('rgb="FFFFFFFF"').replace("</patternFill>", '<bgColor rgb="FFFFFFFF"/></patternFill>');
    const found = hiddenFindings(asXls(`<font><color rgb="FFFFFFFF"/></font><fill>${fill}</fill>`));
    expect(found.map((f) => f.cell)).toEqual([report.input.cell]);
    expect(found[0]!.message_en).toContain("written in #FFFFFF on a #FFFFFF background");
  });

  it("refuses a fill in the text's colour (.xls, saved by LibreOffice)", () => {
    const found = hiddenFindings(asXls('<fill><patternFill><bgColor rgb="FF000000"/></patternFill></fill>'));
    expect(found.map((f) => f.cell)).toEqual([report.input.cell]);
  });

  it("reads a red font as showing the figure (.xls, saved by LibreOffice)", () => {
    const outcome = asXls('<font><color rgb="FFFF0000"/></font>');
    expect(outcome.read).toBe(true);
    expect(hiddenFindings(outcome)).toEqual([]);
  });
});

// Red team, round 60: a clerk's white font for zeros or errors over the whole form named the title,
// headings and every figure hidden. A rule whose condition is read is judged where it may hold.
describe("a conditional format whose condition cannot hold over a figure", () => {
  const WHITE = '<font><color rgb="FFFFFFFF"/></font>';
  /** The report's first input holding `figure`, under a rule over it or `sqref` (its XML, `dxfId` to fill in). */
  const ruled = (figure: number, rule: (dxf: number) => string, sqref = report.input.cell) => {
    const { styles, first } = withDxfs(report.text("xl/styles.xml"), [WHITE]);
    return report.fileWith({
      "xl/styles.xml": styles,
      [report.input.part]: (xml) =>
        xml
          .replace(new RegExp(`(<c r="${report.input.cell}"[^>]*>)<v>[^<]*</v>`), `$1<v>${figure}</v>`)
          .replace(
            "</sheetData>",
            `</sheetData><conditionalFormatting sqref="${sqref}">${rule(first)}</conditionalFormatting>`,
          ),
    });
  };
  const hidden = (file: Uint8Array) => hiddenFindings(fastOutcome(file)).map((f) => f.cell);
  const cellIs =
    (operator: string, ...operands: string[]) =>
    (dxf: number) =>
      `<cfRule type="cellIs" dxfId="${dxf}" priority="1" operator="${operator}">${operands.map((o) => `<formula>${o}</formula>`).join("")}</cfRule>`;
  const expression = (formula: string) => (dxf: number) =>
    `<cfRule type="expression" dxfId="${dxf}" priority="1"><formula>${formula}</formula></cfRule>`;
  const of = (type: string) => (dxf: number) => `<cfRule type="${type}" dxfId="${dxf}" priority="1"/>`;

  it("judges a comparison with figures by the figure the cell holds", () => {
    expect(hidden(ruled(10, cellIs("greaterThan", "5")))).toEqual([report.input.cell]);
    expect(hidden(ruled(3, cellIs("greaterThan", "5")))).toEqual([]);
    expect(hidden(ruled(10, cellIs("between", "20", "8")))).toEqual([report.input.cell]);
    expect(hidden(ruled(10, cellIs("equal", "0")))).toEqual([]);
    // Compared with another cell, whatever it holds, the rule may hold.
    expect(hidden(ruled(3, cellIs("greaterThan", "$Z$1")))).toEqual([report.input.cell]);
  });

  it("judges a rule on errors or blanks, an error test of each cell, and FALSE, by what the cell holds", () => {
    expect(hidden(ruled(10, of("containsErrors")))).toEqual([]);
    expect(hidden(ruled(10, of("notContainsErrors")))).toEqual([report.input.cell]);
    expect(hidden(ruled(10, of("containsBlanks")))).toEqual([]);
    expect(hidden(ruled(10, expression(`ISERROR(${report.input.cell})`)))).toEqual([]);
    expect(hidden(ruled(10, expression("ISERROR(A1)")))).toEqual([report.input.cell]);
    expect(hidden(ruled(10, expression("FALSE")))).toEqual([]);
    expect(hidden(ruled(10, expression("TRUE")))).toEqual([report.input.cell]);
  });

  it.each(["xls", "ods"] as const)(
    "judges them alike in the .%s LibreOffice saves",
    (ext) => {
      const saved = (file: Uint8Array) =>
        hiddenFindings(sheetJsOutcome(resaveWith(file, "xlsx", ext), `r.${ext}`)).map((f) => f.cell);
      expect(saved(ruled(10, cellIs("greaterThan", "5")))).toEqual([report.input.cell]);
      expect(saved(ruled(3, cellIs("greaterThan", "5")))).toEqual([]);
      expect(saved(ruled(10, cellIs("between", "-20", "-8")))).toEqual([]);
      expect(saved(ruled(10, expression(`ISERROR(${report.input.cell})`)))).toEqual([]);
      expect(saved(ruled(10, expression("ISERROR(A1)")))).toEqual([report.input.cell]);
    },
    90_000,
  );

  it("says nothing of the title, headings and labels under a rule for zeros or errors", () => {
    const rules = (file: Uint8Array) => {
      const outcome = fastOutcome(file);
      return outcome.read && outcome.findings.map((f) => `${f.rule} ${f.cell}`);
    };
    const unruled = rules(ruled(10, () => "", "A1:K40"));
    for (const rule of [cellIs("equal", "0"), of("containsErrors"), expression("ISERROR(A1)")])
      expect(rules(ruled(10, rule, "A1:K40"))).toEqual(unruled);
  });
});

// Red team, round 15 (of02): LibreOffice draws text black whatever colour an .ods's default cell style
// (`style:default-style`) gives it; read as white, every cell of the form was named hidden.
describe("an .ods whose default cell style gives its text a colour", () => {
  it("reads its cells in the black LibreOffice draws them in", () => {
    const ods = unzipSync(resaveWith(report.bytes, "xlsx", "ods"));
    const styles = strFromU8(ods["styles.xml"]!);
    const white = styles.replace(
      /(<style:default-style style:family="table-cell"[^>]*>)/,
      '$1<style:text-properties fo:color="#ffffff"/>',
    );
    expect(white).not.toBe(styles);
    const file = zipEntriesOf(
      Object.entries(ods).map(([name, data]) => [name, name === "styles.xml" ? strToU8(white) : data]),
    );
    expect(hiddenFindings(sheetJsOutcome(file, "r.ods"))).toEqual([]);
  });
});

// Red team, round 55: nor does LibreOffice strike a text through, or cross it out, where only the default cell
// style says so; read as struck, every figure of the form was named.
describe("an .ods whose default cell style strikes or crosses out its text", () => {
  it("reads its figures plain, as LibreOffice prints them", () => {
    const ods = unzipSync(resaveWith(report.bytes, "xlsx", "ods"));
    const styles = strFromU8(ods["styles.xml"]!);
    const lined = (properties: string) => {
      const changed = styles.replace(
        /(<style:default-style style:family="table-cell"[^>]*>)/,
        `$1${properties}`,
      );
      expect(changed).not.toBe(styles);
      return zipEntriesOf(
        Object.entries(ods).map(([name, data]) => [name, name === "styles.xml" ? strToU8(changed) : data]),
      );
    };
    const struck = (outcome: Outcome) =>
      (outcome.read ? outcome.findings : []).filter((f) => f.rule === "cell.struck").map((f) => f.cell);
    const strike =
      '<style:text-properties style:text-line-through-style="solid" style:text-line-through-type="single"/>';
    const diagonal = '<style:table-cell-properties style:diagonal-bl-tr="2.5pt solid #000000"/>';
    for (const properties of [strike, diagonal])
      expect(struck(sheetJsOutcome(lined(properties), "r.ods"))).toEqual([]);
  }, 60_000);
});
