import { WORDS } from "../vocabulary";
import { quoted } from "../report/cell-compare";
import { generalRounded as roundedText, libreOfficeRounds } from "../report/column-room";
import { figureText } from "../text/figure-text";
import type { CellLie } from "./cell-lie";
import { sayOf, tenths } from "./say";
import { generalRoomOf } from "../report/general-room";

export const generalRounded: CellLie = {
  id: "general-rounded",
  rules: ["cell.misleading_format"],
  title: "A large figure in General, in a column too narrow for its digits",
  lie: "Excel and LibreOffice write a General number that does not fit its column rounded, in scientific form: 123,456,789 shows as 1E+08, and the printed form says a hundred million.",
  twin: "The same figure in a column wide enough, or in a grouped format that shows ### when it does not fit (judged as hidden, not as rounded).",
  facts: ["value", "generalSizes"],
  stage: "figure",
  detect: (view) => {
    const room = generalRoomOf(view.read);
    const rounded = room && roundedText(view.value!, room);
    if (!rounded) return undefined;
    const text = libreOfficeRounds(view.value!, room)
      ? WORDS.report.generalRounded
      : WORDS.report.generalRoundedInExcel;
    return sayOf("cell.misleading_format", text, {
      width: figureText(tenths(room.columnWidth!)),
      shown: quoted(rounded),
    });
  },
};
