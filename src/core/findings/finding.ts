import { fromA1 } from "../grid/a1";
import type { Severity, TemplateId } from "../catalog/index";
import type { Text } from "../text/text";

/** One problem found in a report, pointing at its cell where there is one. */
export interface Finding {
  readonly severity: Severity;
  readonly rule: string;
  readonly template?: TemplateId;
  readonly sheet?: string;
  readonly cell?: string;
  readonly message_vi: string;
  readonly message_en: string;
}

export function finding(
  severity: Severity,
  rule: string,
  message: Text,
  where: { template?: TemplateId; sheet?: string; cell?: string } = {},
): Finding {
  return { severity, rule, ...where, message_vi: message.vi, message_en: message.en };
}

export const hasErrors = (findings: readonly Finding[]) => findings.some((f) => f.severity === "error");

/** How many of the findings are errors, and how many only warn. */
export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === "error").length;
  return { errors, warnings: findings.length - errors };
}

const SEVERITY_ORDER = { error: 0, warning: 1 } as const;

/** A stable order: errors first, then by sheet, then by cell position, then by rule. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const position = (cell?: string) => {
    const at = cell ? fromA1(cell) : null;
    return at ? at.row * 100_000 + at.col : -1;
  };
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.sheet ?? "").localeCompare(b.sheet ?? "") ||
      position(a.cell) - position(b.cell) ||
      a.rule.localeCompare(b.rule),
  );
}
