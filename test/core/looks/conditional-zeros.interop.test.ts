import { byLibreOffice, byOpenpyxl, madeOnce, type MadeCase } from "../../support/honest-corpus/clerk-made";
import { checkFile } from "../../../src/core";
import { readSubmission } from "../../../src/xlsx";

// A conditional format writing a 0 in white over the inputs (openpyxl's CellIsRule equal 0 with a white
// font; LibreOffice's Format › Conditional › Condition, a style of white type): a required 0 looks never
// entered, while the roll-up counts it — as a number format that writes nothing for 0 does, which warned.

jest.setTimeout(400_000);

const LIES: readonly MadeCase[] = [...byLibreOffice("zeros_white"), byOpenpyxl("zeros_white")];
const TWINS: readonly MadeCase[] = [
  ...byLibreOffice("zeros_grey"),
  byOpenpyxl("zeros_grey"),
  ...byLibreOffice("negatives_red"),
  byOpenpyxl("negatives_red"),
];

const { bytes: made, judged } = madeOnce("zeros", [...LIES, ...TWINS]);

/** The file's warnings of zeros shown blank: severity, sheet, cell, and whether it names the conditional format. */
function zerosHidden(c: MadeCase): (string | boolean)[][] {
  const bytes = made(c);
  const submission = readSubmission(bytes, { name: `r.${c.format}`, sha256: "" });
  if ("unreadable" in submission) throw new Error(submission.unreadable.en);
  return checkFile(submission)
    .findings.filter((f) => f.rule === "sheet.zeros_hidden")
    .map((f) => [f.severity, f.sheet ?? "", f.cell ?? "", f.message_vi.includes("định dạng có điều kiện")]);
}

const name = (c: MadeCase) => `${c.change}, ${c.program} ${c.format}`;

describe("a conditional format writing the required zeros in white", () => {
  it.each(LIES.map((c) => [name(c), c] as const))(
    "warns as zeros shown blank (%s), naming the sheet and the first required 0",
    (_, c) => {
      const { errors, differences } = judged(c);
      expect({ errors, differences }).toEqual({ errors: [], differences: [] });
      expect(zerosHidden(c)).toEqual([["warning", "Biểu 02", "L9", true]]);
    },
  );
});

describe("its honest twins are accepted", () => {
  it.each(TWINS.map((c) => [name(c), c] as const))("%s", (_, c) => {
    const { errors, warnings, differences } = judged(c);
    expect({ errors, warnings, differences }).toEqual({ errors: [], warnings: [], differences: [] });
  });
});
