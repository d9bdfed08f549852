import { fastOutcome, sheetJsOutcome, type Outcome, ruled } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";
import { reportParts, type ReportParts } from "../../support/report-parts";

// Red team, round 53: a copy of Biểu 01, other figures in it, pasted below the form on the form's own sheet
// (and the print area listing it first): the printout's first page is a whole Biểu 01 — title, unit line,
// headings — with the copy's figures, while the roll-up reads the form's.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

const copies = (outcome: Outcome) =>
  ruled(outcome, "sheet.form_copy_on_sheet", ["severity", "sheet", "cell"]);

/** The rows `first`..`last` of a sheet's XML, copied `by` rows down after its last row, `changed` as given. */
function withRowsCopied(
  xml: string,
  first: number,
  last: number,
  by: number,
  changed: (row: string) => string,
) {
  const rows = [...xml.matchAll(/<row r="(\d+)"[^>]*>[\s\S]*?<\/row>/g)].filter(
    ([, r]) => Number(r) >= first && Number(r) <= last,
  );
  const copied = rows.map(([row]) =>
    changed(
      row
        .replace(/<row r="(\d+)"/, (_, r: string) => `<row r="${Number(r) + by}"`)
        .replace(/ r="([A-Z]+)(\d+)"/g, (_, c: string, r: string) => ` r="${c}${Number(r) + by}"`),
    ),
  );
  return xml.replace("</sheetData>", `${copied.join("")}</sheetData>`);
}

describe("a copy of a form on the form's own sheet", () => {
  const copied = (rows: [number, number]) =>
    report.fileWith({
      [report.input.part]: (xml) =>
        withRowsCopied(xml, rows[0], rows[1], 100, (row) =>
          row.replace(
            new RegExp(
              `(<c r="${report.input.cell.replace(/\d+/, "")}${Number(report.input.row) + 100}"[^>]*>)<v>[^<]*</v>`,
            ),
            "$1<v>99</v>",
          ),
        ),
    });

  it("is refused, naming the copy's title, in .xlsx and in LibreOffice's .ods and .xls", () => {
    expect(copies(fastOutcome(report.bytes))).toEqual([]);
    const copy = copied([1, 30]);
    expect(copies(fastOutcome(copy))).toEqual([["error", "Biểu 01", "A101"]]);
    const outcome = fastOutcome(copy);
    expect(
      outcome.read && outcome.findings.find((f) => f.rule === "sheet.form_copy_on_sheet")?.message_vi,
    ).toContain("bản sao của biểu");
    for (const format of ["ods", "xls"] as const)
      expect({
        format,
        found: copies(sheetJsOutcome(resaveWith(copy, "xlsx", format), `r.${format}`)),
      }).toEqual({ format, found: [["error", "Biểu 01", "A101"]] });
  }, 60_000);

  it("is refused where the copy's title is reworded or gone, by its row labels shown again (round 56)", () => {
    // The form's headings, labels and figures copied under no title: the copy starts at its first label.
    expect(copies(fastOutcome(copied([6, 30])))).toEqual([["error", "Biểu 01", "A109"]]);
  });

  it("says nothing of one of the form's row labels written again", () => {
    expect(copies(fastOutcome(copied([9, 9])))).toEqual([]);
  });
});
