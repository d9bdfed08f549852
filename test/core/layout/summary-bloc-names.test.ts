import { BLOC_NAMES, blocsSummary, namesNotOnOneLine } from "../../support/summaries";

const HEADER = "Cụm / Bloc";
const { short, demo, long } = BLOC_NAMES;

// In a column of 16 that did not wrap, the demo's "Cụm 1 – Phường, ngành" printed "Cụm 1 – Phường," on
// every row of its bloc (libreoffice-print.interop.test.ts prints them).
describe("each unit's emulation bloc on the summary's sheets", () => {
  const plan = blocsSummary([short, demo, long]);

  it.each(["Tổng hợp", "Chấm điểm"])(
    "%s: a name up to 39 characters on one line, a longer one wrapped whole, none cut by the next column",
    (sheet) => {
      expect(namesNotOnOneLine(plan, sheet, HEADER, [short, demo, long])).toEqual({
        cells: 9,
        names: 3,
        cut: [long, long, long],
        lost: [],
      });
    },
  );

  it("Tình trạng nộp, printed one page wide: the demo's name on one line, a longer one wrapped, the unsent unit's too", () => {
    expect(namesNotOnOneLine(plan, "Tình trạng nộp", HEADER, [short, demo, long])).toEqual({
      cells: 10,
      names: 3,
      cut: [long, long, long],
      lost: [],
    });
  });

  it("gives short names the columns' old widths, so a campaign with such blocs prints as before", () => {
    const plain = blocsSummary(["Cụm A", "Cụm B"]);
    const width = (name: string) => {
      const sheet = plain.sheets.find((s) => s.name === name)!;
      return sheet.columnWidths[sheet.cells.find((c) => c.value === HEADER)!.col];
    };
    expect(["Tổng hợp", "Chấm điểm", "Tình trạng nộp"].map(width)).toEqual([16, 16, 16]);
  });
});
