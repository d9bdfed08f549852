import type { TextLayout } from "../grid/grid";
import { fromA1, toA1 } from "../grid/a1";
import { assessmentText, goalOf } from "../form/target-block";
import { valueAt } from "../form/form";
import type { FormRead } from "../report/form-read";
import { FIGURE_LOOK, LEFT, type JudgedText, type TemplateLook } from "../report/judged-texts";
import { characterCount, fill, type Text } from "../text/text";
import { finding, type Finding } from "../findings/finding";
import { quoted, quotedText } from "../report/cell-compare";
import { WORDS } from "../vocabulary";
import { DEFAULT_FONT_SIZE } from "../layout/row-heights";
import { turnedCut, turnText } from "../report/turned-text";

const startKept = (found: string, expected: TemplateLook["horizontal"]) =>
  LEFT.has(found) || found === expected;

const ALIGNMENTS: Readonly<Record<string, Text>> = WORDS.report.alignments;

const alignmentName = (horizontal: string): Text => ALIGNMENTS[horizontal] ?? quotedText(horizontal);

/**
 * Whether a text laid out with an indent, or aligned otherwise, no longer fits its column, so that its
 * start is pushed out of view against a filled neighbour (a right-aligned "Chưa đạt" indented 8 characters
 * in a column of 15 shows "đạt"): a line that does not fit beside its indent, a wrapped text with no room
 * left beside it. The column is the cell's own where the reader gives its width, else the template's, and
 * a font larger than the form's widens each character as much. A text that fits, centred, right-aligned
 * or indented a little as clerks set out sub-rows, shows whole; a line that runs on over the cells beside
 * it is never cut. A text aligned to the left is not judged: a narrower column or a larger font cuts its
 * end only, which keeps what it begins with.
 */
function pushedOut(text: string, layout: TextLayout, look: TemplateLook): boolean {
  const scale = Math.max(1, (layout.fontSize ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE);
  if (look.width === undefined)
    return (
      layout.width !== undefined &&
      layout.horizontal.some((found) => !RUNS_ON.has(found)) &&
      characterCount(text) * scale > layout.width
    );
  const width = layout.width ?? look.width;
  const indent = layout.indent * INDENT_CHARACTERS;
  if (look.wraps) return indent >= width - 1;
  return characterCount(text) * scale + indent > width;
}

/**
 * The alignments in which LibreOffice draws a line longer than its cell whole, over the cells beside it.
 * Right-aligned, the unit and period line in column A lost its start at the sheet's edge ("01) — Kỳ báo
 * cáo…", a made-up unit beside it; red team, round 51); filled, its end; justified, it wraps over itself.
 */
const RUNS_ON: ReadonlySet<string> = new Set([...LEFT, "center", "centerContinuous"]);

/**
 * The characters an indent level takes: LibreOffice draws one as 10.5 pt, a character and a half (an
 * indent of 8 in a column of 15 left "đạt" of "Chưa đạt").
 */
const INDENT_CHARACTERS = 1.5;

/**
 * What pushes a text's start out of its cell, where it is pushed out (see `pushedOut`): its indent, an
 * alignment not the template's nor to the left, or a right-to-left reading order, which draws a General
 * text to the right as Excel and LibreOffice do.
 */
function startCut(text: string, layout: TextLayout, look: TemplateLook): Text | undefined {
  if (layout.symbolFont !== undefined) return fill(WORDS.report.cutSymbols, { font: layout.symbolFont });
  // The template's headings and labels wrap: turned, they run on in lines side by side.
  // Only a turned text asks its width (a label's is the template's, laid out when first asked).
  const turned = layout.rotation !== undefined && layout.rowHeight !== undefined;
  if (turned && turnedCut(text, layout, look.wraps ? (layout.width ?? look.width) : undefined))
    return turnCause(layout);
  const other = layout.horizontal.find((found) => !startKept(found, look.horizontal));
  const rightToLeft = layout.rightToLeft && layout.horizontal.includes("general");
  // A text kept at its start is never cut there, however long: most are, and are not measured.
  if (!(layout.indent > 0) && other === undefined && !rightToLeft) return undefined;
  if (!pushedOut(text, layout, look)) return undefined;
  if (layout.indent > 0) return fill(WORDS.report.cutIndent, { indent: Math.round(layout.indent * 10) / 10 });
  if (other !== undefined)
    return fill(WORDS.report.cutAlignment, {
      found: alignmentName(other),
      expected: alignmentName(look.horizontal),
    });
  return WORDS.report.cutRightToLeft;
}

/** A text turned in a row lower than it stands: the turn and the row's height. */
export const turnCause = (layout: TextLayout): Text =>
  fill(WORDS.report.cutTurned, {
    turn: turnText(layout.rotation!),
    height: Math.round(layout.rowHeight! * 10) / 10,
  });

/**
 * A line that runs on over the cells beside it, as the unit and period line does, stopped before its end
 * by a cell holding something (found beside red team round 55: a space typed beside a narrowed column A left
 * "Đơn vị báo cáo" of the line, its unit and period out of view): the message saying so.
 */
function endCut({ address, text, layout, look }: JudgedText, label: Text): Text | undefined {
  if (layout.cutBy === undefined || look.width !== undefined) return undefined;
  const at = fromA1(address);
  if (!at) return undefined;
  return fill(WORDS.report.lineCut, { label, text: quoted(text), cell: toA1(at.row, layout.cutBy) });
}

interface Laid extends JudgedText {
  readonly label: Text;
}

/**
 * The texts of the target block a person reads: each target's goal and result held as text, and its
 * assessment, held or (a formula saved without its result) as its formula gives it.
 */
function blockTexts(form: FormRead): Laid[] {
  return (form.targets ?? []).flatMap((row) => {
    const given = assessmentText(
      goalOf(row.goal.value) ?? null,
      valueAt(form.values, row.target.row, row.target.col),
    );
    return [row.goal, row.result, row.assessment].flatMap((cell) => {
      const held = cell.value?.type === "string" ? cell.value.value : undefined;
      const text = held ?? (cell === row.assessment && cell.value === undefined ? given : undefined);
      if (text === undefined || !cell.textLayout) return [];
      const { sheet, address, textLayout: layout } = cell;
      return [{ sheet, address, text, layout, look: FIGURE_LOOK, label: row.target.label }];
    });
  });
}

/**
 * The texts a person reads to judge a form (its headings, its row and target labels, its unit and
 * period line, its targets' assessments) that its cells show with their start cut: "Chưa đạt" read as
 * "đạt" where the roll-up counts the target not met.
 */
export function cutTextFindings(form: FormRead): Finding[] {
  const out: Finding[] = [];
  const judge = (laid: JudgedText, label: Text) => {
    const { sheet, address, text, layout, look } = laid;
    const where = { template: form.def.id, sheet, cell: address };
    const cut = endCut(laid, label);
    if (cut) return out.push(finding("error", "cell.text_cut", cut, where));
    const cause = startCut(text, layout, look);
    if (cause)
      out.push(
        finding(
          "error",
          "cell.text_cut",
          fill(WORDS.report.textCut, { label, text: quoted(text), cause }),
          where,
        ),
      );
  };
  for (const laid of blockTexts(form)) judge(laid, laid.label);
  for (const laid of form.judgedTexts ?? []) judge(laid, WORDS.report.textCutLabel);
  return out;
}
