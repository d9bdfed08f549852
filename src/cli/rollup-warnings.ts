import {
  fill,
  firstFinding,
  groupByRule,
  groupPlace,
  groupText,
  namesItsUnit,
  pick,
  type Finding,
  type FindingGroup,
  type Lang,
  type UnitRow,
} from "../core";
import { wrapTo } from "./display-width";
import { oneLine } from "./io";
import { WORDS } from "../core/vocabulary";

/** Unit codes a line names before it counts the others: enough to go to, short enough for a line. */
const NAMED_UNITS = 5;

/**
 * The example a line shows: the first unit's findings of the kind as its own report shows them (its
 * cells, "và 19 ô khác…"), or its first finding when they have no cell (each says something else).
 */
function example(group: FindingGroup, unitOf: Map<Finding, UnitRow>): FindingGroup {
  const first = firstFinding(group);
  const unit = unitOf.get(first);
  const findings =
    first.cell === undefined ? [first] : group.findings.filter((f) => unitOf.get(f) === unit && f.cell);
  return { ...group, findings };
}

/**
 * The roll-up's warnings, one line per kind (rule of a sheet) however many units share it: 45 units with
 * blank cells in Biểu 02 are one line naming the first of them, not 45 (--json keeps every finding).
 */
export function rollupWarningLines(units: readonly UnitRow[], lang: Lang, width: number): string[] {
  // Each unit's findings copied, so that a finding object two units share is still told apart.
  const unitOf = new Map<Finding, UnitRow>();
  // By code, so that the units a line names are easy to find and its example is the first named.
  const byCode = [...units].sort((a, b) => a.unit.code.localeCompare(b.unit.code, "vi", { numeric: true }));
  const findings = byCode.flatMap((u) =>
    u.warnings.map((w) => {
      const copy = { ...w };
      unitOf.set(copy, u);
      return copy;
    }),
  );
  if (findings.length === 0) return [];
  const groups = groupByRule(findings).map((group) => ({
    group,
    codes: [...new Set(group.findings.map((f) => unitOf.get(f)!.unit.code))],
  }));
  // The kinds most units share first: the ones to explain to the most people.
  groups.sort((a, b) => b.codes.length - a.codes.length);
  const out = ["", ...wrapTo(`${pick(WORDS.cli.unitWarnings, lang)}:`, width)];
  for (const { group, codes } of groups) {
    const shown = example(group, unitOf);
    const place = groupPlace(shown);
    const rest = codes.length - NAMED_UNITS;
    const spread = fill(WORDS.cli.warningSpread, {
      count: group.findings.length,
      units: codes.length,
      codes: codes.slice(0, NAMED_UNITS).join(", ") + (rest > 0 ? ` … +${rest}` : ""),
    });
    const said = pick(groupText(shown), lang);
    const lead = namesItsUnit(said, codes[0]!, place) ? "" : `${codes[0]} `;
    const text = `${lead}${place ? `${place} ` : ""}${said} — ${pick(spread, lang)}`;
    out.push(...wrapTo(oneLine(text), width, "  ⚠ ", "    "));
  }
  return out;
}
