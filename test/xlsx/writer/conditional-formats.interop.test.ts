import ExcelJS from "exceljs";
import { storedFormula } from "../../../src/xlsx/writer/ooxml/future-functions";
import { spawnSync } from "child_process";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { gunzipSync } from "zlib";
import { tmpdir } from "os";
import { join } from "path";
import {
  CONDITIONAL_LOOKS,
  defaultTargets,
  layoutReport,
  parsePeriod,
  sampleForms,
  TEMPLATE_IDS,
  toA1,
  type Area,
  type SheetPlan,
  type WorkbookPlan,
} from "../../../src/core";
import { SheetBuilder } from "../../../src/core/layout/sheet-builder";
import { writeWorkbookPlan } from "../../../src/xlsx";
import { fastOutcome, sheetJsOutcome, type Outcome } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";

// A template's own conditional formats (its inputs marked while wrong, its status line red or green) as
// the .xlsx writer writes them, read back by our reader, ExcelJS, LibreOffice and Gnumeric.

const area = (top: number, left: number, bottom = top, right = left): Area => ({
  top,
  left,
  bottom,
  right,
});
const ref = (a: Area) =>
  a.top === a.bottom && a.left === a.right
    ? toA1(a.top, a.left)
    : `${toA1(a.top, a.left)}:${toA1(a.bottom, a.right)}`;

/**
 * Over Biểu 01's inputs, written for D9 though C10:D11 lie left of it: the file needs two rules, the
 * formula moved to C10 for the second, for every reader to apply it to the same cells.
 */
const LARGE = {
  areas: [area(8, 3), area(9, 2, 10, 3), area(8, 5, 10, 9)],
  formula: "AND(ISNUMBER(D9),D9>1000)",
  look: "warning",
} as const;

const WRITTEN_LARGE = [
  { sqref: "D9 F9:J11", formula: "AND(ISNUMBER(D9),D9>1000)" },
  { sqref: "C10:D11", formula: "AND(ISNUMBER(C10),C10>1000)" },
];

/** A unit's report with figures (so every input's look is judged), one more format added to Biểu 01. */
function reportWithLarge(): WorkbookPlan {
  const plan = layoutReport({
    unit: { code: "CD_CF1", name: "Công đoàn CF1", kind: "commune", parentCode: "LDLD_T" },
    period: parsePeriod("2025-D1")!,
    templates: TEMPLATE_IDS,
    targets: defaultTargets(TEMPLATE_IDS),
    forms: sampleForms(TEMPLATE_IDS, 7),
  });
  const [b01, ...rest] = plan.sheets;
  return {
    ...plan,
    sheets: [{ ...b01!, conditionalFormats: [...(b01!.conditionalFormats ?? []), LARGE] }, ...rest],
  };
}

/** The rules of a sheet part in document order: where each applies, its formula and style. */
function rulesIn(sheetXml: string): { sqref: string; formula: string; dxfId: string; priority: number }[] {
  const unescape = (text: string) =>
    text
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  const formats = sheetXml.matchAll(
    /<conditionalFormatting sqref="([^"]*)">(.*?)<\/conditionalFormatting>/gs,
  );
  return [...formats].flatMap(([, sqref, rules]) =>
    [...rules!.matchAll(/<cfRule ([^>]*)><formula>(.*?)<\/formula>/gs)].map(([, attributes, formula]) => ({
      sqref: sqref!,
      formula: unescape(formula!),
      dxfId: /dxfId="(\d+)"/.exec(attributes!)![1]!,
      priority: Number(/priority="(\d+)"/.exec(attributes!)![1]),
    })),
  );
}

const misleading = (outcome: Outcome) =>
  outcome.read
    ? outcome.findings.filter((f) => f.rule === "cell.hidden" || f.rule === "cell.misleading_format")
    : [{ rule: "refused", message_en: outcome.reason.en }];

describe("the .xlsx writer's conditional formats", () => {
  /** A sheet of two formats: the status line's, and one over inputs whose formula holds "<", ">" and '"'. */
  function smallSheet(): SheetPlan {
    const sheet = new SheetBuilder("Biểu", { vi: "Biểu", en: "Form" });
    sheet.put(0, 0, { value: "Trạng thái" }).merge(0, 0, 0, 1);
    sheet.put(2, 2, { value: 5, unlocked: true });
    sheet.conditionalFormat({ areas: [area(0, 0, 0, 1)], formula: `$A$1<>"OK"`, look: "error" });
    sheet.conditionalFormat({ areas: [area(2, 2, 4, 3)], formula: `AND(C3<>"",C3<0)`, look: "error" });
    sheet.conditionalFormat({ areas: [area(0, 0, 0, 1)], formula: `$A$1="OK"`, look: "ok" });
    sheet.validate({ areas: [area(2, 2, 4, 3)], min: 0, max: 10, title: "Số", message: "Số nguyên" });
    return sheet.build({ columnWidths: [10, 10, 10, 10], protect: true });
  }

  let parts: Record<string, Uint8Array>;
  beforeAll(async () => {
    parts = unzipSync(await writeWorkbookPlan({ sheets: [smallSheet()], names: [] }));
  });
  const part = (name: string) => strFromU8(parts[name]!);

  it("writes each look once as a differential style, its solid fill as the pattern's background", () => {
    const dxfs = /<dxfs count="2">(.*)<\/dxfs>/.exec(part("xl/styles.xml"))![1]!;
    const { error, ok } = CONDITIONAL_LOOKS;
    expect(dxfs).toBe(
      [error, ok]
        .map(
          (look) =>
            `<dxf><font><b/><color rgb="FF${look.color}"/></font><fill><patternFill><bgColor rgb="FF${look.fill}"/></patternFill></fill></dxf>`,
        )
        .join(""),
    );
    expect(part("xl/styles.xml")).toMatch(/<\/cellStyles><dxfs /);
  });

  it("escapes each formula, numbers the rules in the plan's order and groups those over the same areas", () => {
    expect(rulesIn(part("xl/worksheets/sheet1.xml"))).toEqual([
      { sqref: "A1:B1", formula: `$A$1<>"OK"`, dxfId: "0", priority: 1 },
      { sqref: "A1:B1", formula: `$A$1="OK"`, dxfId: "1", priority: 3 },
      { sqref: "C3:D5", formula: `AND(C3<>"",C3<0)`, dxfId: "0", priority: 2 },
    ]);
    expect(part("xl/worksheets/sheet1.xml")).toContain(
      "<formula>AND(C3&lt;&gt;&quot;&quot;,C3&lt;0)</formula>",
    );
  });

  it("puts them after the merges and before the data validation, as the schema orders a worksheet", () => {
    const xml = part("xl/worksheets/sheet1.xml");
    const at = (tag: string) => xml.indexOf(`<${tag}`);
    expect(at("sheetProtection")).toBeLessThan(at("mergeCells"));
    expect(at("mergeCells")).toBeLessThan(at("conditionalFormatting"));
    expect(at("conditionalFormatting")).toBeLessThan(at("dataValidations"));
    expect(at("dataValidations")).toBeLessThan(at("pageMargins"));
  });

  it("writes neither rule nor differential style for a format over no cells", async () => {
    const plain = new SheetBuilder("Trống", { vi: "", en: "" })
      .put(0, 0, { value: 1 })
      .conditionalFormat({ areas: [], formula: "A1>0", look: "error" });
    const written = unzipSync(
      await writeWorkbookPlan({ sheets: [plain.build({ columnWidths: [], protect: false })], names: [] }),
    );
    expect(strFromU8(written["xl/styles.xml"]!)).not.toContain("dxf");
    expect(strFromU8(written["xl/worksheets/sheet1.xml"]!)).not.toContain("conditionalFormatting");
  });
});

describe("a template with conditional formats on its inputs", () => {
  let plan: WorkbookPlan;
  let bytes: Uint8Array;
  beforeAll(async () => {
    plan = reportWithLarge();
    bytes = await writeWorkbookPlan(plan);
  });
  const b01Xml = () => strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!);

  it("moves a formula to the corner of each group of areas that does not start at the first", () => {
    const written = rulesIn(b01Xml()).filter((r) => r.formula.includes(">1000"));
    expect(written.map(({ sqref, formula }) => ({ sqref, formula }))).toEqual(WRITTEN_LARGE);
  });

  it("is read by our reader with no input hidden or shown otherwise than it holds", () => {
    const outcome = fastOutcome(bytes, "bieu-mau.xlsx");
    expect(outcome.read).toBe(true);
    expect(misleading(outcome)).toEqual([]);
  });

  it("is judged by our reader: an error look whose text takes its fill's colour hides the inputs", () => {
    const parts = unzipSync(bytes);
    const { error } = CONDITIONAL_LOOKS;
    const styles = strFromU8(parts["xl/styles.xml"]!).replace(
      `rgb="FF${error.color}"`,
      `rgb="FF${error.fill}"`,
    );
    const hidden = fastOutcome(zipSync({ ...parts, "xl/styles.xml": strToU8(styles) }), "bieu-mau.xlsx");
    expect(hidden.read && hidden.findings.some((f) => f.rule === "cell.hidden")).toBe(true);
  });

  it("is read by ExcelJS with the same formulas, areas and looks", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer);
    for (const sheet of plan.sheets) {
      type Rule = {
        formulae: string[];
        priority: number;
        style: { font: { color: { argb: string } }; fill: { bgColor: { argb: string } } };
      };
      const formats = (
        wb.getWorksheet(sheet.name) as unknown as {
          conditionalFormattings: { ref: string; rules: Rule[] }[];
        }
      ).conditionalFormattings;
      const read = formats
        .flatMap(({ ref: sqref, rules }) => rules.map((rule) => ({ sqref, rule })))
        .sort((a, b) => a.rule.priority - b.rule.priority)
        .map(({ sqref, rule }) => ({
          sqref,
          formula: rule.formulae[0],
          font: rule.style.font.color.argb,
          fill: rule.style.fill.bgColor.argb,
        }));
      const expected = (sheet.conditionalFormats ?? []).flatMap((format) => {
        const look = CONDITIONAL_LOOKS[format.look];
        const colours = { font: `FF${look.color}`, fill: `FF${look.fill}` };
        return format === LARGE
          ? WRITTEN_LARGE.map((rule) => ({ ...rule, ...colours }))
          : [{ sqref: format.areas.map(ref).join(" "), formula: storedFormula(format.formula), ...colours }];
      });
      expect([sheet.name, read]).toEqual([sheet.name, expected]);
    }
  });
});

describe("a template with conditional formats in other spreadsheets", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeWorkbookPlan(reportWithLarge());
  });

  it("keeps its rules and formulas through LibreOffice's .xlsx, and our reader still takes it", () => {
    const resaved = resaveWith(bytes, "xlsx", "xlsx");
    const rules = rulesIn(strFromU8(unzipSync(resaved)["xl/worksheets/sheet1.xml"]!));
    for (const { sqref, formula } of WRITTEN_LARGE)
      expect(rules.filter((r) => r.formula === formula).map((r) => r.sqref.split(" ").sort())).toEqual([
        sqref.split(" ").sort(),
      ]);
    expect(misleading(fastOutcome(resaved, "libreoffice.xlsx"))).toEqual([]);
  });

  it("keeps them through LibreOffice's .ods, each written for the cell LibreOffice takes it from", () => {
    const resaved = resaveWith(bytes, "xlsx", "ods");
    const content = strFromU8(unzipSync(resaved)["content.xml"]!);
    const conditions = [...content.matchAll(/<calcext:condition [^>]*>/g)].map(([tag]) => tag);
    const large = conditions.filter((c) => c.includes("&gt;1000"));
    expect(
      large.map((c) => [
        /\[\.([A-Z]+\d+)\]&gt;1000/.exec(c)![1],
        /base-cell-address="[^"]*\.([A-Z]+\d+)"/.exec(c)![1],
      ]),
    ).toEqual([
      ["D9", "D9"],
      ["C10", "C10"],
    ]);
    expect(misleading(sheetJsOutcome(resaved, "libreoffice.ods"))).toEqual([]);
  });

  it("opens in Gnumeric without a complaint, the rules kept", () => {
    const dir = mkdtempSync(join(tmpdir(), "thidua-gnumeric-"));
    try {
      writeFileSync(join(dir, "in.xlsx"), bytes);
      const run = spawnSync("ssconvert", [join(dir, "in.xlsx"), join(dir, "out.gnumeric")], {
        timeout: 60_000,
        encoding: "utf8",
      });
      expect([run.status, run.stderr]).toEqual([0, ""]);
      const saved = gunzipSync(readFileSync(join(dir, "out.gnumeric"))).toString("utf8");
      const { warning } = CONDITIONAL_LOOKS;
      expect(saved).toMatch(
        /<gnm:Expression0>and\(isnumber\([A-Z]+\d+\),[A-Z]+\d+&gt;1000\)<\/gnm:Expression0>/,
      );
      expect(saved).toContain(`Back="${gnumericColour(warning.fill)}"`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Gnumeric's colour notation: each channel of "RRGGBB" doubled to 16 bits, "0" for none. */
const gnumericColour = (rgb: string) =>
  [0, 2, 4]
    .map((i) => rgb.slice(i, i + 2))
    .map((c) => (c === "00" ? "0" : `${c}${c}`.replace(/^0+/, "")))
    .join(":");
