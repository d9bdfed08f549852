import { points } from "../../../../src/xlsx/sheetjs/ods/odf-units";

// Red team, round 50: LibreOffice reads an ODF length's unit in any case ("0.01IN" drew a row 0.72 pt
// high), and no plus sign before a row's or a column's size.
describe("an ODF length in points", () => {
  it.each([
    ["11pt", 11],
    ["1PT", 1],
    ["0.01IN", 0.72],
    ["0.5Cm", (0.5 * 72) / 2.54],
    [" 2mm ", (2 * 72) / 25.4],
  ])("reads %j as %d", (length, expected) => {
    expect(points(length)).toBeCloseTo(expected, 6);
  });

  it.each(["+0.01in", "-1pt", "1 em", "1%", "pt", ""])("reads %j as no length", (length) => {
    expect(points(length)).toBeUndefined();
  });
});
