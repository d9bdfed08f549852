import {
  groupFindings,
  groupPlace,
  groupText,
  pick,
  type FindingGroup,
  type Finding,
  type Lang,
} from "../core";
import { displayWidth, wrapTo } from "./display-width";
import { oneLine } from "./io";
import { WORDS } from "../core/vocabulary";

/** The least room a message keeps under its own start; narrower, it goes on under a short indent. */
const MESSAGE_AT_LEAST = 40;

/**
 * One group of findings as terminal lines of at most `width` columns: severity, where (its first cell),
 * the message in the chosen language with how many other cells share it, the rule; a long message goes
 * on, broken at spaces, under its own start.
 */
export function groupLine(group: FindingGroup, lang: Lang, width: number): string {
  const severity = pick(group.severity === "error" ? WORDS.cli.error : WORDS.cli.warning, lang);
  const where = oneLine(groupPlace(group) ?? "");
  const head = `  ${severity.padEnd(9)} ${where.padEnd(12)} `;
  const under = width - displayWidth(head) >= MESSAGE_AT_LEAST ? " ".repeat(displayWidth(head)) : "    ";
  const text = oneLine(`${pick(groupText(group), lang)}  [${group.rule}]`);
  return wrapTo(text, width, head, under).join("\n");
}

/** Findings as terminal lines, one group per rule of a sheet (--json keeps each finding). */
export const findingLines = (findings: readonly Finding[], lang: Lang, width: number): string[] =>
  groupFindings(findings).map((g) => groupLine(g, lang, width));
