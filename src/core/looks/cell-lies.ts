import type { TemplateDef, ValueKind } from "../catalog";
import type { GridCell } from "../grid/grid";
import type { Finding } from "../findings/finding";
import { cellLabel } from "../form/form";
import type { CellRead } from "../report/form-read";
import type { About, CellLie, FigureView, LieStage } from "./cell-lie";
import { concealed } from "./concealed";
import { crossed } from "./crossed";
import { drawnOver } from "./drawn-over";
import { fadedInk } from "./faded-ink";
import { figureView, shownText } from "./figure-view";
import { formatUnreadable } from "./format-unreadable";
import { generalRounded } from "./general-rounded";
import { hashes } from "./hashes";
import { otherFigure } from "./other-figure";
import { otherUnit } from "./other-unit";
import { shrunk } from "./shrunk";
import { struck } from "./struck";
import { symbolFont } from "./symbol-font";
import { tooSmall } from "./too-small";
import { turnedCut } from "./turned-cut";
import { unitUncached } from "./unit-uncached";
import { upsideDown } from "./upside-down";

/**
 * Every class of lie one form cell can tell, in the order their findings are listed; a class comes after
 * those its `unless` names.
 */
export const CELL_LIES: readonly CellLie[] = [
  formatUnreadable,
  unitUncached,
  otherFigure,
  otherUnit,
  generalRounded,
  concealed,
  tooSmall,
  hashes,
  symbolFont,
  turnedCut,
  upsideDown,
  shrunk,
  struck,
  crossed,
  fadedInk,
  drawnOver,
];

/**
 * The classes judged on the target block under a form, whose goal, result and assessment repeat what
 * the campaign assigns and the form shows: what they must not do is say another figure or unit, or lie
 * under a drawing. The assessment's formula gives a text, beside which no format writes a unit.
 */
const TARGET_CELL_LIES: readonly CellLie[] = [
  formatUnreadable,
  unitUncached,
  otherFigure,
  otherUnit,
  drawnOver,
];
const ASSESSMENT_LIES: readonly CellLie[] = TARGET_CELL_LIES.filter((lie) => lie !== unitUncached);

/** The stage a cell is judged at: over its figure, over a formula saved without one, or neither. */
function stageOf(read: GridCell): LieStage | undefined {
  if (read.value === undefined) return "uncached";
  return read.value.type === "number" && Number.isFinite(read.value.value) ? "figure" : undefined;
}

/** The classes found on the cell, each with the finding to make of it. */
function found(
  view: FigureView,
  lies: readonly CellLie[],
): Map<string, (about: About) => Finding> | undefined {
  const stage = stageOf(view.read);
  // Made for the few cells that tell a lie: most tell none, and a class's `unless` is then nothing to ask.
  let out: Map<string, (about: About) => Finding> | undefined;
  for (const lie of lies) {
    if (lie.stage !== "always" && lie.stage !== stage) continue;
    if (out !== undefined && lie.unless?.some((id) => out!.has(id))) continue;
    const say = lie.detect(view);
    if (say) (out ??= new Map()).set(lie.id, say);
  }
  return out;
}

/**
 * What a form cell shows a person against the figure the roll-up counts: one finding for each class of
 * lie the cell tells (`CELL_LIES`). `given`: a roll-up's closing stock given as a figure.
 */
export function judgeFigure(
  read: CellRead,
  def: TemplateDef,
  where: About["where"],
  given: boolean,
): Finding[] {
  const view = figureView(read, read.cell.kind, read.cell.formula !== undefined && !given);
  const says = found(view, CELL_LIES);
  if (says === undefined) return [];
  // Most cells show their figure: the label and the figure's text are made only for those that do not.
  const about: About = {
    label: cellLabel(def, read.cell),
    figure: shownText(read.cell.kind, view.value),
    where,
  };
  return [...says.values()].map((say) => say(about));
}

/**
 * What a cell of the target block under a form shows a person against what it holds (`TARGET_CELL_LIES`);
 * `about` names the target and the cell's figure as the form writes it.
 */
export function judgeTargetCell(
  cell: GridCell,
  kind: ValueKind,
  role: "goal" | "result" | "assessment",
  about: About,
): Finding[] {
  const view = figureView(cell, kind, role !== "goal");
  const says = found(view, role === "assessment" ? ASSESSMENT_LIES : TARGET_CELL_LIES);
  return says === undefined ? [] : [...says.values()].map((say) => say(about));
}
