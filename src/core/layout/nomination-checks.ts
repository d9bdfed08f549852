import { NOMINATION_COLUMNS, NOMINATION_SHEET } from "../catalog";
import { MAX_FIGURE } from "../form/form";
import { columnLetters, quoteSheet, toA1 } from "../grid/a1";
import type { Text } from "../text/text";
import { WORDS } from "../vocabulary";
import { OK_MARK, literal } from "./check-formulas";
import { NOMINATION_FIRST_COL, NOMINATION_FIRST_ROW } from "./nomination-layout";

/** A line of the check sheet over the whole "Đề nghị khen thưởng" list. */
export interface NominationCheck {
  readonly at: { readonly sheet: string; readonly address: string };
  readonly text: Text;
  /** The line's result, over its column of per-line flags. */
  readonly formula: string;
}

/** A per-line flag on the check sheet: 1 where the list's line has the check's problem. */
export interface NominationFlag {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
}

/** "✓", or how many lines are wrong in both languages: ✗ 2 dòng / ✗ 2 line(s). */
function countResult(count: string): string {
  const words = (text: string) => text.split("{count}").map(literal) as [string, string];
  const [viBefore, viAfter] = words(WORDS.selfCheck.nominationLines.vi);
  const [enBefore, enAfter] = words(WORDS.selfCheck.nominationLines.en.replace(/^✗ /, ""));
  return `IF(${count}=0,${literal(OK_MARK)},${viBefore}&${count}&${viAfter}&" / "&${enBefore}&${count}&${enAfter})`;
}

/**
 * What the roll-up refuses a line of the list for and a formula can see, as `readNominations` reads it
 * (texts trimmed; a line without a name judged for that alone): content without a name; a name without
 * an award, or without an answer for direct worker; a value created that is text, below zero, not whole
 * or too large. One flag a line and check, in the columns from `left` on rows from `top`: plain formulas
 * that Excel, LibreOffice and Gnumeric all compute, where an array over the list (TRIM or ISTEXT of a
 * range in SUMPRODUCT) is an error in Gnumeric. An award not offered the drop-down refuses.
 */
export function nominationChecks(
  lines: number,
  top: number,
  left: number,
): { checks: NominationCheck[]; flags: NominationFlag[] } {
  const cell = (key: string, line: number) => {
    const col = NOMINATION_FIRST_COL + NOMINATION_COLUMNS.findIndex((c) => c.key === key);
    return `${quoteSheet(NOMINATION_SHEET)}!$${columnLetters(col)}$${NOMINATION_FIRST_ROW + line}`;
  };
  const blank = (key: string, line: number) => `TRIM(${cell(key, line)})=""`;
  const named = (line: number) => `TRIM(${cell("name", line)})<>""`;
  const others = NOMINATION_COLUMNS.filter((c) => c.key !== "name").map((c) => c.key);
  const flagged: [Text, (line: number) => string][] = [
    [
      WORDS.selfCheck.nominationNoName,
      (n) => `IF(AND(${blank("name", n)},${others.map((k) => `TRIM(${cell(k, n)})`).join("&")}<>""),1,0)`,
    ],
    [WORDS.selfCheck.nominationNoAward, (n) => `IF(AND(${named(n)},${blank("award", n)}),1,0)`],
    [WORDS.selfCheck.nominationNoDirect, (n) => `IF(AND(${named(n)},${blank("direct_worker", n)}),1,0)`],
    [
      WORDS.selfCheck.nominationBadValue,
      (n) => {
        const v = cell("value", n);
        const wrongNumber = `IF(OR(${v}<0,${v}<>INT(${v}),${v}>${MAX_FIGURE}),1,0)`;
        return `IF(OR(${blank("name", n)},ISBLANK(${v})),0,IF(ISNUMBER(${v}),${wrongNumber},IF(TRIM(${v})="",0,1)))`;
      },
    ],
  ];
  const nameCell = toA1(
    NOMINATION_FIRST_ROW,
    NOMINATION_FIRST_COL + NOMINATION_COLUMNS.findIndex((c) => c.key === "name"),
  );
  const flags: NominationFlag[] = [];
  const checks = flagged.map(([text, flag], i) => {
    for (let line = 1; line <= lines; line++)
      flags.push({ row: top + line - 1, col: left + i, formula: flag(line) });
    const column = columnLetters(left + i);
    return {
      at: { sheet: NOMINATION_SHEET, address: nameCell },
      text,
      formula: countResult(`SUM($${column}$${top + 1}:$${column}$${top + lines})`),
    };
  });
  return { checks, flags };
}
