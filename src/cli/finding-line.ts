import {
  groupFindings,
  groupPlace,
  groupText,
  pick,
  type FindingGroup,
  type Finding,
  type Lang,
} from "../core";
import { CLI_TEXT } from "./i18n";
import { oneLine } from "./io";

/**
 * One group of findings as a terminal line: severity, where (its first cell), the message in the chosen
 * language with how many other cells share it, the rule.
 */
export function groupLine(group: FindingGroup, lang: Lang): string {
  const severity = pick(group.severity === "error" ? CLI_TEXT.error : CLI_TEXT.warning, lang);
  const where = groupPlace(group) ?? "";
  return oneLine(
    `  ${severity.padEnd(9)} ${where.padEnd(12)} ${pick(groupText(group), lang)}  [${group.rule}]`,
  );
}

/** Findings as terminal lines, one per rule of a sheet (--json keeps each finding). */
export const findingLines = (findings: readonly Finding[], lang: Lang): string[] =>
  groupFindings(findings).map((g) => groupLine(g, lang));
