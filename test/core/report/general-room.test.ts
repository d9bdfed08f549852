import type { GridCell } from "../../../src/core/grid/grid";
import { generalRoomOf } from "../../../src/core/report/general-room";

// The judge of a General number's room on the neutral sizes a reader gives: 123,456,789 in a column of 7
// digits is written "1E+08" (the lie), in one of 14 whole (its honest twin).
const figure = (value: number, ...generalSizes: { columnWidth: number; fontSize?: number }[]): GridCell => ({
  value: { type: "number", value },
  generalSizes,
});

describe("generalRoomOf", () => {
  it("gives the room of a figure its column writes rounded, and none where its digits fit", () => {
    expect(generalRoomOf(figure(123_456_789, { columnWidth: 7, fontSize: 11 }))).toEqual({
      columnWidth: 7,
      fontSize: 11,
    });
    expect(generalRoomOf(figure(123_456_789, { columnWidth: 14, fontSize: 11 }))).toBeUndefined();
    expect(generalRoomOf(figure(45, { columnWidth: 7, fontSize: 11 }))).toBeUndefined();
  });

  it("judges each style a program may draw the figure in: a larger font in LibreOffice's rounds it", () => {
    expect(
      generalRoomOf(
        figure(123_456_789, { columnWidth: 10, fontSize: 11 }, { columnWidth: 10, fontSize: 20 }),
      ),
    ).toEqual({ columnWidth: 10, fontSize: 20 });
  });

  it("says nothing of a cell in no General format, or of a text", () => {
    expect(generalRoomOf({ value: { type: "number", value: 123_456_789 } })).toBeUndefined();
    expect(
      generalRoomOf({ value: { type: "string", value: "123456789" }, generalSizes: [{ columnWidth: 7 }] }),
    ).toBeUndefined();
  });
});
