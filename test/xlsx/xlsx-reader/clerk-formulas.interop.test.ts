import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { extract, validate, type Finding } from "../../../src/core";
import { toA1 } from "../../../src/core/grid/a1";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { readReportGrid } from "../../../src/xlsx/xlsx-reader/read-report-grid";
import type { TypedValue } from "../../support/fill-by-name";
import { savedByGnumeric } from "../../support/gnumeric";
import { resaveWith } from "../../support/libreoffice";
import { fillWithOpenpyxl, setWithOpenpyxl } from "../../support/openpyxl";
import { consistentFills, reportPlan } from "../../support/reports";
import { xlsWithRecords } from "../../support/xls-records";

// Issue 64: formulas clerks type into inputs, over the file's own cells, were refused as ones that could not
// be checked. A template the product writes, filled by openpyxl, three inputs given such formulas (a sum
// of numbers, another form's cell, a sum over a sheet of the clerk's own), then computed and saved by
// LibreOffice or Gnumeric: accepted with the warning the check sheet promises. The same file with one
// result changed where it is cached is refused.

const TEMPLATES = ["B01", "B02", "B03", "B04"] as const;
const plan = reportPlan(TEMPLATES);
const at = (name: string) => {
  const named = plan.names.find((n) => n.name === name)!;
  return { sheet: named.sheet, address: toA1(named.row, named.col) };
};
const fills = consistentFills(TEMPLATES, 5) as Record<string, TypedValue>;

const NUMBERS = at("TD_B01_state_grade_b");
const OTHER_FORM = at("TD_B01_state_grade_a");
const OWN_SHEET = at("TD_B04_grassroots_unions_value");
/** Another form's input holding the figure of `OTHER_FORM` (2 state unions founded, 2 CLAs graded A). */
const SOURCE = at("TD_B02_state_unions_founded");
const MONTHS = [70, 80, 75, 76, 77, 76];

const formulas: [string, string, string][] = [
  [NUMBERS.sheet, NUMBERS.address, `=SUM(${fills.TD_B01_state_grade_b as number},35)-35`],
  [OTHER_FORM.sheet, OTHER_FORM.address, `='${SOURCE.sheet}'!${SOURCE.address}`],
  [OWN_SHEET.sheet, OWN_SHEET.address, "=SUM('Thu KP'!B2:B7)"],
];

type Ext = "xlsx" | "xls" | "ods";
let saved: Record<Ext, Uint8Array>;
let byGnumeric: Record<Ext, Uint8Array>;

beforeAll(async () => {
  expect([fills.TD_B02_state_unions_founded, MONTHS.reduce((a, b) => a + b)]).toEqual([
    fills.TD_B01_state_grade_a,
    fills.TD_B04_grassroots_unions_value,
  ]);
  const filled = fillWithOpenpyxl(await writeWorkbookPlan(plan), fills);
  const clerk = setWithOpenpyxl(filled, [
    ...formulas,
    ["Thu KP", "B1", "Thu kinh phí"],
    ...MONTHS.map((figure, i): [string, string, number] => ["Thu KP", `B${i + 2}`, figure]),
  ]);
  saved = {
    xlsx: resaveWith(clerk, "xlsx", "xlsx"),
    xls: resaveWith(clerk, "xlsx", "xls"),
    ods: resaveWith(clerk, "xlsx", "ods"),
  };
  byGnumeric = {
    xlsx: savedByGnumeric(clerk, "xlsx"),
    xls: savedByGnumeric(clerk, "xls"),
    ods: savedByGnumeric(clerk, "ods"),
  };
}, 180_000);

const READERS = {
  "the report reader": (bytes: Uint8Array, ext: string) => readReportGrid(bytes, `r.${ext}`),
  SheetJS: (bytes: Uint8Array, ext: string) => readWorkbookGrid(bytes, `r.${ext}`),
};

const CASES = [
  ["xlsx", "the report reader"],
  ["xlsx", "SheetJS"],
  ["xls", "SheetJS"],
  ["ods", "SheetJS"],
] as const;

const findingsOf = (bytes: Uint8Array, ext: string, reader: keyof typeof READERS) =>
  validate(extract(READERS[reader](bytes, ext)));
const cellsOf = (findings: readonly Finding[], rule: string) =>
  findings
    .filter((f) => f.rule === rule)
    .map((f) => `${f.sheet}!${f.cell}`)
    .sort();
const FORMULA_CELLS = [NUMBERS, OTHER_FORM, OWN_SHEET].map((c) => `${c.sheet}!${c.address}`).sort();

/** The file with the result cached for the sum over the clerk's sheet made one more than it is. */
function withResultChanged(bytes: Uint8Array, ext: "xlsx" | "xls" | "ods"): Uint8Array {
  const total = MONTHS.reduce((a, b) => a + b);
  if (ext === "xls")
    return xlsWithRecords(bytes, (records) =>
      records.map((record) => {
        const view = new DataView(record.body.buffer, record.body.byteOffset);
        const formula =
          record.type === 0x0006 && view.getUint16(0, true) === 8 && view.getUint16(2, true) === 2;
        if (formula && view.getFloat64(6, true) === total) view.setFloat64(6, total + 1, true);
        return record;
      }),
    );
  const entries = unzipSync(bytes);
  const pattern =
    ext === "xlsx"
      ? /(<f[^>]*>SUM\((?:'|&apos;)Thu KP(?:'|&apos;)!B2:B7\)<\/f><v>)\d+(<\/v>)/
      : /(table:formula="of:=SUM\([^"]*Thu KP[^"]*"[^>]*office:value=")\d+(")/;
  const part = Object.keys(entries).find((name) => pattern.test(strFromU8(entries[name]!)))!;
  const xml = strFromU8(entries[part]!);
  const changed = xml.replace(pattern, `$1${total + 1}$2`);
  expect(changed).not.toBe(xml);
  return zipSync({ ...entries, [part]: strToU8(changed) });
}

describe.each(CASES)(
  "clerks' formulas in inputs of an .%s LibreOffice computed, read by %s",
  (ext, reader) => {
    it("accepts the report, warning of each formula", () => {
      const findings = findingsOf(saved[ext], ext, reader);
      expect(findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual([]);
      expect(cellsOf(findings, "cell.formula_in_input")).toEqual(FORMULA_CELLS);
    });

    it("accepts it as Gnumeric computes and saves it", () => {
      const findings = findingsOf(byGnumeric[ext], ext, reader);
      expect(findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual([]);
      expect(cellsOf(findings, "cell.formula_in_input")).toEqual(FORMULA_CELLS);
    });

    it("refuses it with a result cached that the formula does not give", () => {
      const findings = findingsOf(withResultChanged(saved[ext], ext), ext, reader);
      expect(cellsOf(findings, "cell.formula_result_differs")).toEqual([
        `${OWN_SHEET.sheet}!${OWN_SHEET.address}`,
      ]);
    });
  },
);

it("reads a report without a clerk's formula once: the template's formulas read only named cells", async () => {
  const grid = readReportGrid(fillWithOpenpyxl(await writeWorkbookPlan(plan), fills), "r.xlsx");
  expect(grid.sheets.filter((sheet) => (sheet.partial?.areas.length ?? 0) > 0)).toEqual([]);
});
