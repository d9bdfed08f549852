import { BLOC_NAMES, blocsSummary, namesNotOnOneLine } from "../../support/summaries";

const HEADER = "Cụm / Bloc";
const { short, demo, long } = BLOC_NAMES;
const LONG_UNIT = "Công đoàn các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh";

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

  it("Biểu đồ: the bloc chart's figures list a name up to 39 characters on one line, a longer one wrapped", () => {
    expect(namesNotOnOneLine(plan, "Biểu đồ", HEADER, [short, demo, long])).toEqual({
      cells: 3,
      names: 3,
      cut: [long],
      lost: [],
    });
  });

  it("Biểu đồ: the unit chart's figures list a unit's long name whole, wrapped, as the bloc's", () => {
    const named = blocsSummary([short], [LONG_UNIT, "Công đoàn phường Bến Thành"]);
    expect(namesNotOnOneLine(named, "Biểu đồ", "Tên đơn vị / Unit name", [LONG_UNIT])).toEqual({
      cells: 1,
      names: 1,
      cut: [LONG_UNIT],
      lost: [],
    });
  });

  it("gives short names the columns' old widths, so a campaign with such blocs prints as before", () => {
    const plain = blocsSummary(["Cụm A", "Cụm B"]);
    const width = (name: string) => {
      const sheet = plain.sheets.find((s) => s.name === name)!;
      return sheet.columnWidths[sheet.cells.find((c) => c.value === HEADER)!.col];
    };
    expect(["Tổng hợp", "Chấm điểm", "Tình trạng nộp", "Biểu đồ"].map(width)).toEqual([16, 16, 16, 30]);
  });
});
