import { createExcelHost } from "../../src/excel";
import { conditionallyStyled, reportParts, type ReportParts } from "../support/report-parts";
import type { FakeExcel } from "./fakes/fake-excel";
import { excelFindings, fileSays, reportInExcel, said } from "./support/report-in-excel";

// A conditional format's own number format may make a figure show another (red team: "1,442" written
// over a count): a report checked inside Excel before it is sent is judged as the same file is once
// received, with the same severity, cell and words; a conditional format that only colours a cell, or a
// format that shows the same figure grouped or with its unit, passes both.

const MISLEADING = "cell.misleading_format";

let report: ReportParts;
let excel: FakeExcel;

beforeAll(async () => {
  report = await reportParts();
});

beforeEach(async () => {
  excel = await reportInExcel();
});

/** A conditional format's style that sets only a number format, as a file's differential style keeps it. */
const numberFormat = (code: string) =>
  `<numFmt numFmtId="301" formatCode="${code.replace(/"/g, "&quot;")}"/>`;

/** The same report as a received file, the rule over A1 and the first input holding always. */
const fileWith = (code: string) =>
  fileSays(conditionallyStyled(report, numberFormat(code), "dxfs"), MISLEADING);

/**
 * Adds, through Office.js as a clerk's Excel holds it, a conditional format over A1 and the first input
 * of Biểu 01: a custom rule that always holds, or a cell-value rule, showing figures in `code` (none: a
 * fill alone).
 */
async function addRule(
  code: string | undefined,
  rule: Excel.ConditionalCellValueRule | undefined = undefined,
  formula = "=TRUE",
): Promise<void> {
  // The clerk unprotects the form's sheet first (it has no password).
  excel.book.sheet("Biểu 01").protection.protected = false;
  await Excel.run(async (context) => {
    const cells = context.workbook.worksheets.getItem("Biểu 01").getRanges(`A1,${report.input.cell}`);
    const added = cells.conditionalFormats.add(rule ? "CellValue" : "Custom");
    const format = rule ? added.cellValue.format : added.custom.format;
    if (rule) added.cellValue.rule = rule;
    else added.custom.rule.formula = formula;
    if (code !== undefined) format.numberFormat = code;
    else format.fill.color = "#FFFF00";
    await context.sync();
  });
}

describe("a conditional format's own number format, inside Excel", () => {
  it("is refused where it may show another figure, as the same file is once received, with the same words", async () => {
    const file = fileWith('"1,442"');
    expect(file).toEqual([
      expect.objectContaining({ severity: "error", sheet: "Biểu 01", cell: report.input.cell }),
    ]);

    expect(said(await excelFindings(), MISLEADING)).toEqual([]);
    await addRule('"1,442"');
    expect(said(await excelFindings(), MISLEADING)).toEqual(file);
  });

  it("is refused where it writes digits after General, which the renderer drops, as in the file", async () => {
    const file = fileWith('General"000"');
    expect(file).not.toEqual([]);
    await addRule('General"000"');
    expect(said(await excelFindings(), MISLEADING)).toEqual(file);
  });

  it.each(["#,##0", '#,##0 "người"'])(
    "passes %s, which shows the same figure, as the file's reader passes it",
    async (code) => {
      expect(fileWith(code)).toEqual([]);
      await addRule(code);
      const findings = await excelFindings();
      expect(said(findings, MISLEADING)).toEqual([]);
      expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    },
  );

  it("passes a conditional format that only colours the cell", async () => {
    await addRule(undefined);
    const findings = await excelFindings();
    expect(said(findings, MISLEADING)).toEqual([]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("reads a cell-value rule's comparison: one that cannot hold over the figure passes, one that does is refused", async () => {
    await addRule('"1,442"', { formula1: "=0", operator: "LessThan" });
    expect(said(await excelFindings(), MISLEADING)).toEqual([]);
    await addRule('"1,442"', { formula1: "=0", operator: "GreaterThanOrEqual" });
    expect(said(await excelFindings(), MISLEADING)).toEqual(fileWith('"1,442"'));
  });

  it("passes a custom rule of FALSE alone, which never holds, as the file's reader reads one", async () => {
    await addRule('"1,442"', undefined, "=FALSE");
    expect(said(await excelFindings(), MISLEADING)).toEqual([]);
    await addRule('"1,442"', undefined, "=C9>0");
    expect(said(await excelFindings(), MISLEADING)).toEqual(fileWith('"1,442"'));
  });

  it("costs no sync more: the conditional formats come in the read's second sync", async () => {
    await addRule('"1,442"');
    const { syncs } = await excel.count(() => createExcelHost().live!.readGrid());
    expect(syncs).toBe(2);
  });
});
