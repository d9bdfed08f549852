import { byLibreOffice, byOpenpyxl, madeOnce, type MadeCase } from "../../support/honest-corpus/clerk-made";

// A row label struck through as a whole cell (Format › Cells › Font Effects › Strikethrough; openpyxl's
// Font(strike=True)): a person reads Biểu 02's "Other" row as cancelled, while the roll-up counts its
// figures. A struck run inside a label was caught; a strike on the whole cell was read only of a figure.

jest.setTimeout(400_000);

const LIES: readonly MadeCase[] = [
  ...byLibreOffice("strike_other_label"),
  byOpenpyxl("strike_other_label"),
  byOpenpyxl("strike_title"),
  byOpenpyxl("strike_unit_line"),
];
const TWINS: readonly MadeCase[] = [
  ...byLibreOffice("strike_remark"),
  byOpenpyxl("strike_remark"),
  ...byLibreOffice("underline_headings"),
  byOpenpyxl("underline_headings"),
];

const { judged } = madeOnce("struck", [...LIES, ...TWINS]);

const name = (c: MadeCase) => `${c.program} ${c.format}`;

describe("a text of the form struck through as a whole cell", () => {
  it.each(LIES.filter((c) => c.change === "strike_other_label").map((c) => [name(c), c] as const))(
    "refuses Biểu 02's Other row label struck through (%s), naming the sheet and the cell",
    (_, c) => {
      const { verdict, errors } = judged(c);
      expect(verdict).toBe("refused");
      expect(errors.some((e) => e.startsWith("cell.heading_unseen at Biểu 02!A13:"))).toBe(true);
    },
  );

  it("refuses the form's title struck through (openpyxl)", () => {
    const { verdict, errors } = judged(byOpenpyxl("strike_title"));
    expect(verdict).toBe("refused");
    expect(errors.some((e) => e.startsWith("form.title_missing at Biểu 02!"))).toBe(true);
  });

  it("refuses the unit and period line struck through (openpyxl)", () => {
    const { verdict, errors } = judged(byOpenpyxl("strike_unit_line"));
    expect(verdict).toBe("refused");
    expect(errors.some((e) => e.startsWith("identity.line_unseen at Biểu 02!A3:"))).toBe(true);
  });
});

describe("its honest twins are accepted", () => {
  it.each(TWINS.map((c) => [`${c.change}, ${name(c)}`, c] as const))("%s", (_, c) => {
    const { errors, differences } = judged(c);
    expect({ errors, differences }).toEqual({ errors: [], differences: [] });
  });
});
