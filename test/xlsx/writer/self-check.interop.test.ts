import * as fc from "fast-check";
import {
  defaultTargets,
  extract,
  getTemplate,
  inputCells,
  layoutReport,
  parsePeriod,
  references,
  TEMPLATE_IDS,
  validate,
  type Finding,
} from "../../../src/core";
import { CHECK_SHEET, layoutCheckSheet } from "../../../src/core/layout/check-sheet";
import { REASONS, ruleChecks } from "../../../src/core/layout/check-formulas";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import {
  checkErrors,
  expectedMarks,
  INPUT_REVIEWS,
  INPUT_RULES,
  shownMarks,
} from "../../support/check-marks";
import { fillByName, type TypedValue } from "../../support/fill-by-name";
import { gnumericSheets } from "../../support/gnumeric";
import { manySheetsAsCsv } from "../../support/libreoffice";
import { printedPages, type PrintedPage } from "../../support/printed-pages";
import { reportParts, sheetPart } from "../../support/report-parts";
import { consistentFills, unit } from "../../support/reports";

const SEED = Number(process.env.SELF_CHECK_SEED ?? 20261123);
const RANDOM_FILLINGS = Number(process.env.SELF_CHECK_FILLINGS ?? 100);

const plan = layoutReport({
  unit: { ...unit("P01"), kind: "commune" },
  period: parsePeriod("2025-D1")!,
  templates: TEMPLATE_IDS,
  targets: defaultTargets(TEMPLATE_IDS),
});
const defs = TEMPLATE_IDS.map(getTemplate);
const { lines } = layoutCheckSheet(defs);
const inputs = defs.flatMap((def) => inputCells(def));

type Filling = Record<string, TypedValue>;

/** What a clerk may leave in a cell, typed, pasted or forgotten. */
const odd = fc.constantFrom<(n: number) => TypedValue>(
  () => null,
  () => "   ",
  // Red team, round 41: a no-break space looks blank too; TRUE reads as 1 in LibreOffice's ISNUMBER.
  () => "\u00a0",
  () => true,
  (n) => String(n),
  (n) => `${n} người`,
  (n) => -n - 1,
  (n) => n + 0.5,
  () => 1e16,
  (n) => n * 1000 + 7,
  () => 0,
);

const randomFilling = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000 }),
    changes: fc.array(fc.tuple(fc.integer({ min: 0, max: inputs.length - 1 }), odd), { maxLength: 12 }),
  })
  .map(({ seed, changes }) => {
    const fills: Filling = { ...(consistentFills(TEMPLATE_IDS, seed) as Filling) };
    for (const [i, change] of changes) {
      const name = inputs[i]!.name;
      fills[name] = change(typeof fills[name] === "number" ? (fills[name] as number) : 3);
    }
    return fills;
  });

/** Each rule broken alone at each place it is checked: its left side's first input raised. */
function brokenRules(): Filling[] {
  return defs.flatMap((def) =>
    ruleChecks(def).map((check) => {
      const fills: Filling = { ...(consistentFills(TEMPLATE_IDS, 7) as Filling) };
      const [first] = references(check.left, { row: "", col: "" });
      const name = check.inputs.find((c) => c.row.key === first!.row && c.col.key === first!.col)!.name;
      fills[name] = ((fills[name] as number) ?? 0) + (check.rule.test === "eq" ? 1 : 10_000_000);
      return fills;
    }),
  );
}

const blankOptional = (): Filling => {
  const fills: Filling = { ...(consistentFills(TEMPLATE_IDS, 11) as Filling) };
  for (const cell of inputs) if (!cell.required) fills[cell.name] = null;
  return fills;
};

/** Every sum of money typed in the clerk's own millions (850 for 850,000,000 đồng), one left at 0. */
const inMillions = (): Filling => {
  const fills: Filling = { ...(consistentFills(TEMPLATE_IDS, 5) as Filling) };
  const money = inputs.filter((cell) => cell.kind === "money");
  for (const cell of money) fills[cell.name] = Math.max(1, Math.round((fills[cell.name] as number) / 1e6));
  fills[money[0]!.name] = 0;
  return fills;
};

const fillings: Filling[] = [
  consistentFills(TEMPLATE_IDS, 3) as Filling,
  blankOptional(),
  inMillions(),
  Object.fromEntries(inputs.map((cell) => [cell.name, null])),
  ...brokenRules(),
  ...fc.sample(randomFilling, { seed: SEED, numRuns: RANDOM_FILLINGS }),
];

describe("a template checks itself as validate does", () => {
  let files: Uint8Array[] = [];
  let findings: Finding[][] = [];

  beforeAll(async () => {
    const template = await writeWorkbookPlan(plan);
    files = fillings.map((fills) => fillByName(template, fills));
    findings = await Promise.all(
      files.map(async (bytes) => validate(extract(await readWorkbookGrid(bytes, "bao-cao.xlsx")))),
    );
  });

  it("covers valid fillings, blanks, text typed as numbers, each rule broken, and errors together", () => {
    const errorCounts = findings.map((f) => f.filter((x) => x.severity === "error").length);
    expect(errorCounts.filter((n) => n === 0).length).toBeGreaterThanOrEqual(2);
    expect(errorCounts.filter((n) => n > 1).length).toBeGreaterThan(5);
    const rules = new Set(findings.flat().map((f) => f.rule));
    for (const rule of [...INPUT_RULES, ...INPUT_REVIEWS, ...defs.flatMap((d) => d.rules.map((r) => r.id))])
      expect(rules).toContain(rule);
  });

  it("LibreOffice, recalculating, gives TD_CHECK_ERRORS and every line's ✓/✗ as validate finds", () => {
    const computed = manySheetsAsCsv(files, "xlsx");
    computed.forEach((sheets, i) => {
      const check = sheets.get(CHECK_SHEET)!;
      const shown = shownMarks(check, lines);
      expect({ filling: i, shown }).toEqual({ filling: i, shown: expectedMarks(lines, findings[i]!) });
      const errors = findings[i]!.filter((f) => f.severity === "error");
      // Every error of these fillings is one the template can see for itself.
      expect(errors.filter((f) => !INPUT_RULES.has(f.rule) && !f.rule.includes("."))).toEqual([]);
      expect(checkErrors(check)).toBe(errors.length);
    });
  });

  it("Gnumeric, recalculating, agrees on a sample of the fillings", () => {
    for (const i of [0, 1, 2, 3, fillings.length - 1, fillings.length - 2]) {
      const check = gnumericSheets(files[i]!).get(CHECK_SHEET)!;
      const shown = shownMarks(check, lines);
      expect({ filling: i, shown }).toEqual({ filling: i, shown: expectedMarks(lines, findings[i]!) });
      expect(checkErrors(check)).toBe(findings[i]!.filter((f) => f.severity === "error").length);
    }
  });
});

/** Pixels of the blue the legend gives a cell to look at, on every printed page. */
const bluePixels = (pages: readonly PrintedPage[]) =>
  pages.reduce((sum, { image: { rgb } }) => {
    let count = 0;
    for (let at = 0; at + 2 < rgb.length; at += 3)
      if (rgb[at] === 0xdd && rgb[at + 1] === 0xeb && rgb[at + 2] === 0xf7) count++;
    return sum + count;
  }, 0);

// A formula typed into an input: validate warns of one whose figure it can check (=120+35) and refuses one
// it cannot; the template, which cannot tell them apart, says either is worth a look. Before, it said ✓.
describe("a template's check of a formula typed into an input", () => {
  const fills = consistentFills(TEMPLATE_IDS, 3) as Filling;
  const [first, second] = inputs.filter((cell) => typeof fills[cell.name] === "number");
  const lineOf = (cell: (typeof inputs)[number]) =>
    lines.find(
      (l) =>
        l.kind === "input" &&
        l.template === cell.template &&
        l.at.row === cell.row.key &&
        l.at.col === cell.col.key,
    )!.row;
  // A figure its formula makes negative: wrong first, whatever gives it.
  const negative = { [second!.name]: { formula: `0-${(fills[second!.name] as number) + 1}` } };
  let typed: Uint8Array[] = [];

  beforeAll(async () => {
    const template = await writeWorkbookPlan(plan);
    typed = [
      fillByName(template, {
        ...fills,
        ...negative,
        [first!.name]: { formula: `${(fills[first!.name] as number) - 1}+1` },
      }),
      fillByName(template, { ...fills, ...negative }),
    ];
  });

  it.each([
    ["LibreOffice", () => manySheetsAsCsv(typed, "xlsx").map((sheets) => sheets.get(CHECK_SHEET)!)],
    ["Gnumeric", () => typed.map((bytes) => gnumericSheets(bytes).get(CHECK_SHEET)!)],
  ])("says so in %s, recalculating, and counts it as no error", (_, recalculated) => {
    const [withFormula, withFigure] = recalculated();
    expect(withFormula![lineOf(first!)]![4]).toBe(REASONS.formula);
    expect(withFigure![lineOf(first!)]![4]).toBe("✓");
    expect(withFormula![lineOf(second!)]![4]).toBe(REASONS.negative);
    expect(checkErrors(withFormula!)).toBe(checkErrors(withFigure!));
    expect(checkErrors(withFormula!)).toBeGreaterThan(0);
  });

  // The form's cell itself turns the blue the legend gives a cell to look at: LibreOffice reads the
  // conditional format's ISFORMULA only as `_xlfn.ISFORMULA` (without, it keeps an unknown "isformula").
  it("turns the input blue on the form LibreOffice prints", async () => {
    const report = await reportParts();
    const { part, cell } = report.input;
    const typedAsFormula = report.fileWith({
      [part]: (xml) =>
        xml.replace(new RegExp(`(<c r="${cell}"[^>]*>)<v>([^<]*)</v>`), "$1<f>$2+0</f><v>$2</v>"),
    });
    const [withFormula, withFigure] = printedPages([typedAsFormula, report.bytes]).map(bluePixels);
    expect(withFormula).toBeGreaterThan(withFigure! + 20);
  }, 120_000);

  // 850 typed for 850,000,000 đồng: blue as a cell to look at, where 850,000,000 is not.
  it("turns a sum of money too small to be đồng blue on the form LibreOffice prints", async () => {
    const report = await reportParts();
    const part = sheetPart(report.text, "Biểu 03");
    const [, cell] = /name="TD_B03_union_funding_collected">'Biểu 03'!\$([A-Z]+\$\d+)</.exec(
      report.text("xl/workbook.xml"),
    )!;
    const [inMillions, inDong] = [850, 850_000_000].map((collected) =>
      report.fileWith({
        [part]: (xml) =>
          xml.replace(
            new RegExp(`(<c r="${cell!.replace("$", "")}"[^>]*>)<v>[^<]*</v>`),
            `$1<v>${collected}</v>`,
          ),
      }),
    );
    // On the form's own page: the check sheet's ⚠ line is blue as well.
    const form = (pages: readonly PrintedPage[]) =>
      pages.filter((page) => page.text.includes("Thu kinh phí và đoàn phí"));
    const printed = printedPages([inMillions!, inDong!]).map(form);
    expect(printed.map((pages) => pages.length)).toEqual([1, 1]);
    const [small, whole] = printed.map(bluePixels);
    expect(small).toBeGreaterThan(whole! + 20);
  }, 120_000);
});
