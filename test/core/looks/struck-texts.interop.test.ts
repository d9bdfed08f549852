import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { clerkMade, type MadeCase } from "../../support/honest-corpus/clerk-made";
import type { Format } from "../../support/honest-corpus/cases";
import { judge, type Judged } from "../../support/honest-corpus/judge";

// A row label struck through as a whole cell (Format › Cells › Font Effects › Strikethrough; openpyxl's
// Font(strike=True)): a person reads Biểu 02's "Other" row as cancelled, while the roll-up counts its
// figures. A struck run inside a label was caught; a strike on the whole cell was read only of a figure.

jest.setTimeout(400_000);

const FORMATS: readonly Format[] = ["xlsx", "xls", "ods"];
const office = (change: string): MadeCase[] =>
  FORMATS.map((format) => ({ program: "LibreOffice", change, format }));
const script = (change: string): MadeCase => ({ program: "openpyxl", change, format: "xlsx" });

const LIES: readonly MadeCase[] = [
  ...office("strike_other_label"),
  script("strike_other_label"),
  script("strike_title"),
  script("strike_unit_line"),
];
const TWINS: readonly MadeCase[] = [
  ...office("strike_remark"),
  script("strike_remark"),
  ...office("underline_headings"),
  script("underline_headings"),
];

let dir: string;
let made: (c: MadeCase) => Uint8Array | string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-struck-"));
  made = await clerkMade(dir, [...LIES, ...TWINS]);
}, 400_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function judged(c: MadeCase): Judged {
  const bytes = made(c);
  if (typeof bytes === "string") throw new Error(`${c.program} failed: ${bytes}`);
  return judge(bytes, `r.${c.format}`);
}

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
    const { verdict, errors } = judged(script("strike_title"));
    expect(verdict).toBe("refused");
    expect(errors.some((e) => e.startsWith("form.title_missing at Biểu 02!"))).toBe(true);
  });

  it("refuses the unit and period line struck through (openpyxl)", () => {
    const { verdict, errors } = judged(script("strike_unit_line"));
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
