import {
  pick,
  targetsMet,
  STATUS_TEXT,
  targetsOf,
  type Lang,
  type Summary,
  type TargetResult,
} from "../core";
import { CLI_TEXT } from "./i18n";

const percent = new Map<Lang, Intl.NumberFormat>([
  ["vi", new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 })],
  ["en", new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 })],
]);
const plain = new Map<Lang, Intl.NumberFormat>([
  ["vi", new Intl.NumberFormat("vi-VN")],
  ["en", new Intl.NumberFormat("en-US")],
]);

function cell(result: TargetResult | undefined, lang: Lang): string {
  if (!result || result.result === null) return "—";
  const value = (result.kind === "ratio" ? percent : plain).get(lang)!.format(result.result);
  return `${value} ${result.met === null ? " " : result.met ? "✓" : "✗"}`;
}

const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - [...text].length));

/** The summary as a terminal table: a row per unit, a total, and the completeness lists. */
export function formatSummaryTable(summary: Summary, lang: Lang): string {
  const targets = targetsOf(summary.templates);
  const header = [
    "#",
    "Mã/Code",
    pick(CLI_TEXT.unitColumn, lang),
    ...targets.map((_, i) => `T${i + 1}`),
    pick(CLI_TEXT.metColumn, lang),
    pick(CLI_TEXT.rankColumn, lang),
  ];
  const rows = summary.units.map((u, i) => [
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
    String(u.rank ?? "—"),
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
    "",
  ]);
  const widths = header.map((h, c) =>
    Math.min(c === 2 ? 34 : 40, Math.max([...h].length, ...rows.map((r) => [...r[c]!].length))),
  );
  const line = (cells: string[]) =>
    cells.map((c, i) => pad([...c].slice(0, widths[i]).join(""), widths[i]!)).join("  ");
  const out = [
    `${pick(CLI_TEXT.units, lang)} — ${pick(summary.period.label, lang)}`,
    line(header),
    ...rows.map(line),
    "",
  ];
  out.push(`${pick(CLI_TEXT.legend, lang)}:`);
  targets.forEach((t, i) => out.push(`  T${i + 1} ${t.key}: ${pick(t.label, lang)}`));
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
  return out.join("\n");
}
