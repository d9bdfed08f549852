import type { CellLie } from "./cell-lie";
import { uncachedUnit, uncachedUnitFinding } from "./format-findings";

export const unitUncached: CellLie = {
  id: "unit-uncached",
  rules: ["cell.misleading_format"],
  title: "A formula saved without its result, in a format that writes another kind's unit",
  lie: 'A format such as `0%` on a count, or `0" người"` on money, writes its unit beside whatever the formula computes once a program opens the file: the form says a share where it counts people.',
  twin: "A formula saved without its result in its own kind's format (`0.0%` on a ratio, `#,##0` on a count).",
  facts: ["formula", "shown", "mayShow"],
  stage: "uncached",
  unless: ["format-unreadable"],
  detect: (view) => {
    const kind = view.kind;
    const unit = view.read.formula === undefined ? undefined : uncachedUnit(view.texts, kind);
    return unit === undefined
      ? undefined
      : (about) => uncachedUnitFinding(unit, kind, about.label, about.where);
  },
};
