import { getTemplate } from "../../../src/core";
import { fastOutcome, sheetJsOutcome, type Outcome, ruled } from "../../support/compare-readers";
import { resaveEach } from "../../support/libreoffice";
import { reportParts, type ReportParts } from "../../support/report-parts";

// Red team, round 52: Biểu 01's title replaced by Biểu 02's ("Biểu 02: Phát triển đoàn viên" over the table
// of collective agreements), or written in 1-pt runs: the screen and the signed copy show the figures under
// another form's title, or none, and the file was ready.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

const missing = (outcome: Outcome) => ruled(outcome, "form.title_missing", ["severity", "sheet", "cell"]);

/** The report with Biểu 01's A1 as `cell` makes it (its XML). */
const titled = (cell: (own: string) => string) =>
  report.fileWith({ [report.input.part]: (xml) => xml.replace(/<c r="A1"[^>]*>.*?<\/c>/, cell) });

describe("a form's title", () => {
  it("is refused where another form's title or none stands in its place, in .xlsx and LibreOffice's .ods and .xls", () => {
    expect(missing(fastOutcome(report.bytes))).toEqual([]);
    const other = getTemplate("B02").title.vi;
    const replaced = titled((own) =>
      own.replace(/ t="s"><v>\d+<\/v>/, ` t="inlineStr"><is><t>${other}</t></is>`),
    );
    expect(missing(fastOutcome(replaced))).toEqual([["error", "Biểu 01", "A1"]]);
    const outcome = fastOutcome(replaced);
    expect(
      outcome.read && outcome.findings.find((f) => f.rule === "form.title_missing")?.message_vi,
    ).toContain(getTemplate("B01").title.vi);
    expect(missing(fastOutcome(titled(() => "")))).toEqual([["error", "Biểu 01", "A1"]]);
    const saved = resaveEach(replaced, "xlsx", ["ods", "xls"]);
    for (const format of ["ods", "xls"] as const)
      expect({
        format,
        found: missing(sheetJsOutcome(saved[format], `r.${format}`)),
      }).toEqual({
        format,
        found: [["error", "Biểu 01", "A1"]],
      });
  }, 60_000);
});
