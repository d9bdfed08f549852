import { WORDS } from "../vocabulary";
import { turnText } from "../report/turned-text";
import type { CellLie } from "./cell-lie";
import { unshown } from "./say";

export const upsideDown: CellLie = {
  id: "upside-down",
  rules: ["cell.hidden"],
  title: "A figure turned upside down",
  lie: "An .ods cell's text turned by more than 90° and less than 270°: read as it stands, its figure runs backwards and upside down, a 6 read as a 9.",
  twin: "A text turned up to 90° either way, which reads sideways, in a row tall enough.",
  facts: ["textLayout", "value"],
  stage: "figure",
  unless: ["concealed"],
  detect: (view) => {
    const by = view.mustShow ? view.read.textLayout?.upsideDownBy : undefined;
    return by === undefined ? undefined : unshown(WORDS.report.hiddenUpsideDown, { turn: turnText(by) });
  },
};
