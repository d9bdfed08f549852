import { fastOutcome, ruled } from "../../support/compare-readers";
import { reportParts, type ReportParts } from "../../support/report-parts";

// A clerk prints a Vietnamese copy: they hide the form's English rows, the unit and period's English line
// (row 4) among them. It was refused as a line a person cannot see, though the Vietnamese line above it
// names the unit and period in view.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

/** The report with its first form's rows `rows` hidden, as a spreadsheet program's Hide command saves them. */
const withHidden = (rows: readonly number[]) =>
  report.fileWith({
    [report.input.part]: (xml) =>
      rows.reduce(
        (hidden, row) =>
          hidden.replace(new RegExp(`<row r="${row}"( [^>]*)?>`), (tag) => tag.replace(">", ' hidden="1">')),
        xml,
      ),
  });

const unseen = (rows: readonly number[]) =>
  ruled(fastOutcome(withHidden(rows)), "identity.line_unseen", ["severity", "cell"]);

describe("a form's unit and period line hidden", () => {
  it("says nothing of the English line hidden under the Vietnamese one in view", () => {
    expect(unseen([4])).toEqual([]);
    // The English title and headings hidden with it.
    expect(unseen([2, 4])).toEqual([]);
  });

  it("refuses the Vietnamese line hidden, the English one in view, and both hidden", () => {
    expect(unseen([3])).toEqual([["error", "A3"]]);
    expect(unseen([3, 4])).toEqual([
      ["error", "A3"],
      ["error", "A4"],
    ]);
  });
});
