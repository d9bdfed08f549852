import { byLibreOffice, madeOnce, type MadeCase } from "../../support/honest-corpus/clerk-made";

// A clerk unprotects Biểu 02, inserts a row above its total and types a sector of their own there
// ("Hộ kinh doanh cá thể", 40 workers): the form's total leaves the row out, and so did the roll-up, which
// reads the form's figures by name; the report passed as ready without a word, the unit's 40 workers
// counted nowhere (an honest clerk's round, 02/12/2026). The same row typed without its label was not
// found in .xlsx (its reader kept a form sheet's texts alone). A row inserted below the table is a note.

jest.setTimeout(400_000);

const INSIDE = [...byLibreOffice("insert_row_in_table"), ...byLibreOffice("insert_unlabelled_row_in_table")];
const BELOW = byLibreOffice("insert_row_below");

const { judged } = madeOnce("inserted", [...INSIDE, ...BELOW]);

const name = (c: MadeCase) => `${c.change} by ${c.program}, ${c.format}`;

describe("a row inserted between a form's rows", () => {
  it.each(INSIDE.map((c) => [name(c), c] as const))(
    "is a warning that its figures are not rolled up, the form's figures read as before (%s)",
    (_, c) => {
      const { verdict, warnings, differences } = judged(c);
      expect({ verdict, inserted: warnings.filter((w) => w === "form.row_inserted").length }).toEqual({
        verdict: "warned",
        inserted: 1,
      });
      expect(differences).toEqual([]);
    },
  );

  it.each(BELOW.map((c) => [name(c), c] as const))(
    "says nothing of one inserted below the table (%s)",
    (_, c) => {
      expect(judged(c).warnings).not.toContain("form.row_inserted");
    },
  );
});
