import type { Severity, TemplateId } from "../catalog";
import type { Finding } from "../findings/finding";
import { fill, type Text } from "../text/text";
import { WORDS } from "../vocabulary";

/** How many of a group's other cells its text names: enough to see the pattern, short enough for a line. */
export const NAMED_CELLS = 5;

/**
 * The findings of one rule at cells of one sheet, shown as one: a report with 22 blank cells is one thing
 * to fix, not 22 lines in which the one that matters is lost. A group of one is a finding as it was.
 */
export interface FindingGroup {
  readonly severity: Severity;
  readonly rule: string;
  readonly template?: TemplateId;
  readonly sheet?: string;
  /** One or more findings in the order given (sheet order, from sortFindings); the first speaks for all. */
  readonly findings: readonly Finding[];
}

/** The finding a group is shown by: its cell is the one to go to, its message is the group's. */
export const firstFinding = (group: FindingGroup): Finding => group.findings[0]!;

/** What findings share to be one group: JSON keeps an absent template or sheet apart from an empty one, and no sheet name can forge a key. */
const ruleOfSheet = (f: Finding) => JSON.stringify([f.severity, f.rule, f.template, f.sheet]);

/** Findings with the same key (none: alone) as groups, each placed where its first finding was. */
function groupBy(findings: readonly Finding[], keyOf: (f: Finding) => string | null): FindingGroup[] {
  const groups: FindingGroup[] = [];
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = keyOf(f);
    const known = key === null ? undefined : byKey.get(key);
    if (known) {
      known.push(f);
      continue;
    }
    const members = [f];
    groups.push({
      severity: f.severity,
      rule: f.rule,
      template: f.template,
      sheet: f.sheet,
      findings: members,
    });
    if (key !== null) byKey.set(key, members);
  }
  return groups;
}

/**
 * Rules each finding of which says what its own cell should hold (the formula, the label or the English
 * to write back, the row its name belongs on): under the first one's message, "(và 1 ô khác: B17)" would
 * tell the person to write the first cell's text in B17 too.
 */
const TOLD_PER_CELL: ReadonlySet<string> = new Set([
  "cell.formula_tampered",
  "cell.heading_en_other",
  "cell.name_misplaced",
  "target.label_en_other",
  "target.label_missing",
]);

/**
 * Findings of the same severity, rule, template and sheet that point at cells become one group, placed
 * where its first finding was, so errors stay first as sortFindings put them. A finding without a cell
 * (about the whole file or the roll-up) always stands alone: its message is not about one cell among many;
 * so does one that says what its own cell should hold.
 */
export const groupFindings = (findings: readonly Finding[]): FindingGroup[] =>
  groupBy(findings, (f) => (f.cell === undefined || TOLD_PER_CELL.has(f.rule) ? null : ruleOfSheet(f)));

/**
 * Each unit's warnings (its files' own and the roll-up's), one group per rule of a sheet with its count and
 * first cells: how the summary workbook, the page's headline and the CLI list them.
 */
export const unitWarnings = <Unit>(
  units: readonly { readonly unit: Unit; readonly warnings: readonly Finding[] }[],
): { readonly unit: Unit; readonly group: FindingGroup }[] =>
  units.flatMap((u) => groupFindings(u.warnings).map((group) => ({ unit: u.unit, group })));

/**
 * The findings of many reports (a roll-up's units) by what they are about: one group per rule of a sheet,
 * with a cell or without (the same comparison with the previous period in 30 units is one thing to
 * check), so a summary over hundreds of reports takes a line per kind of finding.
 */
export const groupByRule = (findings: readonly Finding[]): FindingGroup[] => groupBy(findings, ruleOfSheet);

/**
 * The first finding's message, then for a group how many other cells share it and the first of them:
 * "… (và 11 ô khác: D9, E9, F9, G9, H9…)".
 */
export function groupText(group: FindingGroup): Text {
  const first = firstFinding(group);
  const message = { vi: first.message_vi, en: first.message_en };
  const others = group.findings.slice(1);
  if (others.length === 0) return message;
  const named = others.slice(0, NAMED_CELLS).map((f) => f.cell ?? "");
  const cells = named.join(", ") + (others.length > named.length ? "…" : "");
  const more = fill(others.length === 1 ? WORDS.findingGroups.oneMoreCell : WORDS.findingGroups.moreCells, {
    count: others.length,
    cells,
  });
  return { vi: `${message.vi} ${more.vi}`, en: `${message.en} ${more.en}` };
}

/**
 * Whether a unit's warning, placed nowhere, already begins with the unit's code ("X01: không có danh sách…"):
 * a line that names the unit before it would name it twice ("X01: X01: …").
 */
export const namesItsUnit = (said: string, code: string, place: string | null) =>
  !place && said.startsWith(`${code}:`);

/** Where a group is: its sheet and first cell ("Biểu 02!D9"), its sheet alone, or nothing. */
export function groupPlace(group: FindingGroup): string | null {
  const cell = firstFinding(group).cell;
  return group.sheet && cell ? `${group.sheet}!${cell}` : (group.sheet ?? null);
}
