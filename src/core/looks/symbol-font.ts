import { WORDS } from "../vocabulary";
import { drawsDigitsAsSymbols } from "../report/symbol-fonts";
import type { CellLie } from "./cell-lie";
import { unshown } from "./say";

export const symbolFont: CellLie = {
  id: "symbol-font",
  rules: ["cell.hidden"],
  title: "A figure in a font that draws digits as symbols",
  lie: "An input's figure set in Wingdings, Webdings, ZapfDingbats or another dingbat font: the cell shows pictures, not its figure.",
  twin: "The table set in another text font (Times New Roman, Arial, a Vietnamese VNI or TCVN3 font, which draws digits as digits).",
  facts: ["textLayout", "value"],
  stage: "figure",
  unless: ["concealed"],
  detect: (view) => {
    const font = view.read.textLayout?.symbolFont;
    return view.mustShow && drawsDigitsAsSymbols(font)
      ? unshown(WORDS.report.hiddenBySymbols, { font: font! })
      : undefined;
  },
};
