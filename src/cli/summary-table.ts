import {
  blocKey,
  fill,
  groupFindings,
  groupPlace,
  groupText,
  pick,
  stockNotes,
  targetsMet,
  STATUS_TEXT,
  SUMMARY_TEXT,
  targetsOf,
  type Lang,
  type Summary,
  type TargetResult,
  type UnitRow,
} from "../core";
import { CLI_TEXT } from "./i18n";
import { oneLine } from "./io";

const percent = new Map<Lang, Intl.NumberFormat>([
  ["vi", new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 })],
  ["en", new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 })],
]);
const plain = new Map<Lang, Intl.NumberFormat>([
  ["vi", new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 })],
  ["en", new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 })],
]);

function cell(result: TargetResult | undefined, lang: Lang): string {
  if (!result || result.result === null) return "—";
  const value = (result.kind === "ratio" ? percent : plain).get(lang)!.format(result.result);
  return `${value} ${result.met === null ? " " : result.met ? "✓" : "✗"}`;
}

const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - [...text].length));
const orDash = (value: string | number | null, lang: Lang) =>
  value === null ? "—" : typeof value === "number" ? plain.get(lang)!.format(value) : value;

/** Bloc by bloc (in the summary's order, units without one last), best first inside each. */
function byBloc(summary: Summary): UnitRow[] {
  const keys = summary.blocs.map(blocKey);
  const bloc = (u: UnitRow) => (u.bloc === null ? keys.length : keys.indexOf(blocKey(u.bloc)));
  const rank = (u: UnitRow) => (u.bloc === null ? u.rank : u.blocRank) ?? Infinity;
  return [...summary.units].sort(
    (a, b) => bloc(a) - bloc(b) || rank(a) - rank(b) || a.unit.code.localeCompare(b.unit.code),
  );
}

/** Each unit's warnings, one line per rule of a sheet with its first cell and how many others share it. */
function warningLines(summary: Summary, lang: Lang): string[] {
  const warned = summary.units.filter((u) => u.warnings.length > 0);
  if (warned.length === 0) return [];
  const out = ["", `${pick(CLI_TEXT.unitWarnings, lang)}:`];
  for (const u of warned) {
    out.push(`  ${u.unit.code}: ${pick(fill(CLI_TEXT.warningCount, { count: u.warnings.length }), lang)}`);
    for (const group of groupFindings(u.warnings)) {
      const place = groupPlace(group);
      out.push(`    ⚠ ${place ? `${place} ` : ""}${pick(groupText(group), lang)}`);
    }
  }
  return out;
}

/** The summary as a terminal table: a row per unit with its score and ranks, a total, and the lists. */
export function formatSummaryTable(summary: Summary, lang: Lang): string {
  const targets = targetsOf(summary.templates);
  const header = [
    "#",
    `${CLI_TEXT.codeColumn.vi}/${CLI_TEXT.codeColumn.en}`,
    pick(CLI_TEXT.unitColumn, lang),
    ...targets.map((_, i) => `T${i + 1}`),
    pick(CLI_TEXT.metColumn, lang),
    pick(CLI_TEXT.scoreColumn, lang),
    pick(CLI_TEXT.gradeColumn, lang),
    pick(CLI_TEXT.blocColumn, lang),
    pick(CLI_TEXT.blocRankColumn, lang),
    pick(CLI_TEXT.rankColumn, lang),
    pick(CLI_TEXT.lateColumn, lang),
  ];
  const rows = byBloc(summary).map((u, i) => [
    String(i + 1),
    u.unit.code,
    u.unit.name,
    ...targets.map((t) =>
      cell(
        u.attainment.find((a) => a.key === t.key),
        lang,
      ),
    ),
    `${u.met}/${u.attainment.filter((a) => a.met !== null).length}`,
    orDash(u.score, lang),
    orDash(u.grade, lang),
    orDash(u.bloc, lang),
    orDash(u.blocRank, lang),
    orDash(u.rank, lang),
    orDash(u.daysLate, lang),
  ]);
  rows.push([
    "",
    summary.parent.code,
    pick(CLI_TEXT.totalRow, lang),
    ...targets.map((t) =>
      cell(
        summary.totalAttainment.find((a) => a.key === t.key),
        lang,
      ),
    ),
    `${targetsMet(summary.totalAttainment)}/${summary.totalAttainment.filter((a) => a.met !== null).length}`,
    ...Array<string>(6).fill(""),
  ]);
  const widths = header.map((h, c) =>
    Math.min(c === 2 ? 34 : 40, Math.max([...h].length, ...rows.map((r) => [...r[c]!].length))),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad([...c].slice(0, widths[i]).join(""), widths[i]!))
      .join("  ")
      .trimEnd();
  const out = [
    `${pick(CLI_TEXT.units, lang)} — ${pick(summary.period.label, lang)}`,
    line(header),
    ...rows.map(line),
    ...stockNotes(summary.stocks).map((note) => `  * ${pick(note, lang)}`),
    "",
  ];
  out.push(`${pick(CLI_TEXT.legend, lang)}:`);
  targets.forEach((t, i) => out.push(`  T${i + 1} ${t.key}: ${pick(t.label, lang)}`));
  if (summary.previous)
    out.push("", pick(fill(SUMMARY_TEXT.comparedWith, { period: summary.previous.periodLabel }), lang));
  out.push(...warningLines(summary, lang));
  const rejectedMark = ` (${pick(STATUS_TEXT.rejected, lang).toLowerCase()})`;
  const missing = (summary.expected ?? [])
    .filter((e) => e.status !== "received")
    .map((e) => `${e.unit.code} ${e.unit.name}${e.status === "rejected" ? rejectedMark : ""}`);
  out.push("", `${pick(CLI_TEXT.missing, lang)}: ${missing.join("; ") || "—"}`);
  out.push(
    `${pick(CLI_TEXT.duplicates, lang)}: ${summary.duplicates.map((d) => `${d.unitCode}: ${d.kept.name} ← ${d.dropped.map((f) => f.name).join(", ")}`).join("; ") || "—"}`,
  );
  out.push(`${pick(CLI_TEXT.rejected, lang)}:`);
  for (const r of summary.rejected) out.push(`  ✗ ${r.source.name}: ${pick(r.reason, lang)}`);
  if (summary.rejected.length === 0) out.push("  —");
  return out.map(oneLine).join("\n");
}
