import { WORDS } from "../vocabulary";
import { quoted } from "../report/cell-compare";
import { misfitUnit } from "../report/shown-unit";
import type { CellLie } from "./cell-lie";
import { sayOf } from "./say";

export const otherUnit: CellLie = {
  id: "other-unit",
  rules: ["cell.misleading_format"],
  title: "A number format that writes another kind's unit beside the figure",
  lie: "The figure is shown, but with a unit of another kind beside it (`%` on a count, `người` on money, `đồng` on members): a person reads 45 enterprises as 45 %.",
  twin: 'A unit of the cell\'s own kind, as clerks write one: `#,##0" đ"` on money, `0" người"` on members, `0.0%` on a ratio.',
  facts: ["value", "shown", "mayShow"],
  stage: "figure",
  unless: ["other-figure"],
  detect: (view) => {
    const kind = view.kind;
    const misfit = view.texts.find((text) => misfitUnit(text, kind));
    return misfit === undefined
      ? undefined
      : sayOf("cell.misleading_format", WORDS.report.misfitUnit, {
          shown: quoted(misfit),
          unit: quoted(misfitUnit(misfit, kind)!),
          expected: WORDS.report.unitOfKind[kind],
        });
  },
};
