import {
  blocKey,
  duplicateRound,
  fill,
  pick,
  scoreText,
  targetsMet,
  targetsOf,
  totalNotes,
  type Lang,
  type Summary,
  type TargetResult,
  type UnitRow,
} from "../core";
import { awardLines, nominationLines } from "./award-lines";
import { wrapTo } from "./display-width";
import { fits, keptColumns, naturalWidth, tableLines, type Column } from "./fit-table";
import { oneLine } from "./io";
import { rollupWarningLines } from "./rollup-warnings";
import { WORDS } from "../core/vocabulary";

const percent = new Map<Lang, Intl.NumberFormat>([
  ["vi", new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 })],
  ["en", new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 })],
]);
const plain = new Map<Lang, Intl.NumberFormat>([
  ["vi", new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 })],
  ["en", new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 })],
]);

/** The narrowest a unit's name is cut to before other columns are dropped instead. */
const NAME_AT_LEAST = 12;

function cell(result: TargetResult | undefined, lang: Lang): string {
  if (!result || result.result === null) return "—";
  const value = (result.kind === "ratio" ? percent : plain).get(lang)!.format(result.result);
  return `${value} ${result.met === null ? " " : result.met ? "✓" : "✗"}`;
}

const orDash = (value: string | number | null, lang: Lang) =>
  value === null ? "—" : typeof value === "number" ? plain.get(lang)!.format(value) : value;

/** Whether the unit sent every round and form, and when: "Đúng hạn", "Trễ 5 ngày", "Thiếu đợt, …". */
function status(u: UnitRow, lang: Lang): string {
  const parts = [
    u.gaps.length > 0 ? pick(WORDS.cli.partial, lang) : null,
    u.shortInside ? pick(WORDS.cli.summaryShort, lang) : null,
    u.daysLate !== null
      ? pick(fill(WORDS.cli.daysLate, { days: u.daysLate }), lang)
      : u.due !== null && u.received !== null
        ? pick(WORDS.cli.onTime, lang)
        : null,
  ];
  return parts.filter(Boolean).join(", ") || "—";
}

/** Bloc by bloc (in the summary's order, units without one last), best first inside each. */
function byBloc(summary: Summary): UnitRow[] {
  const keys = summary.blocs.map(blocKey);
  const bloc = (u: UnitRow) => (u.bloc === null ? keys.length : keys.indexOf(blocKey(u.bloc)));
  const rank = (u: UnitRow) => (u.bloc === null ? u.rank : u.blocRank) ?? Infinity;
  return [...summary.units].sort(
    (a, b) => bloc(a) - bloc(b) || rank(a) - rank(b) || a.unit.code.localeCompare(b.unit.code),
  );
}

/** Each target's column ("T1"…), then how many targets were met, for the units and the total. */
function targetColumns(summary: Summary, units: readonly UnitRow[], lang: Lang): Column[] {
  const targets = targetsOf(summary.templates, summary.indicators);
  const applying = (results: readonly TargetResult[]) => results.filter((a) => a.met !== null).length;
  return [
    ...targets.map((t, i) => ({
      header: `T${i + 1}`,
      cells: [...units.map((u) => u.attainment), summary.totalAttainment].map((results) =>
        cell(
          results.find((a) => a.key === t.key),
          lang,
        ),
      ),
    })),
    {
      header: pick(WORDS.cli.metColumn, lang),
      cells: [
        ...units.map((u) => `${u.met}/${applying(u.attainment)}`),
        `${targetsMet(summary.totalAttainment)}/${applying(summary.totalAttainment)}`,
      ],
    },
  ];
}

/**
 * The unit table's columns, the total row last; without the targets the total row has nothing to show
 * and is left out. As the width shrinks the row number goes first, then status, bloc rank, grade, rank:
 * a unit's code, name (cut with "…") and score always stay.
 */
function unitColumns(summary: Summary, units: readonly UnitRow[], lang: Lang, targets: Column[]): Column[] {
  const total = targets.length > 0;
  const withTotal = (cells: string[], inTotal = "") => (total ? [...cells, inTotal] : cells);
  const column = (header: string, cells: string[], extra: Partial<Column> = {}): Column => ({
    header,
    cells: withTotal(cells),
    ...extra,
  });
  const blocs = summary.blocs.length > 0;
  return [
    column(
      "#",
      units.map((_, i) => String(i + 1)),
      { drop: 5 },
    ),
    {
      header: pick(WORDS.cli.codeColumn, lang),
      cells: withTotal(
        units.map((u) => u.unit.code),
        summary.parent.code,
      ),
    },
    {
      header: pick(WORDS.cli.unitColumn, lang),
      cells: withTotal(
        units.map((u) => u.unit.name),
        pick(WORDS.cli.totalRow, lang),
      ),
      shrinkTo: NAME_AT_LEAST,
    },
    ...targets,
    column(
      pick(WORDS.cli.statusColumn, lang),
      units.map((u) => status(u, lang)),
      { drop: 4 },
    ),
    column(
      pick(WORDS.cli.scoreColumn, lang),
      units.map((u) => (u.score === null ? "—" : pick(scoreText(u.score), lang))),
    ),
    column(
      pick(WORDS.cli.gradeColumn, lang),
      units.map((u) => orDash(u.grade, lang)),
      { drop: 2 },
    ),
    ...(blocs
      ? [
          column(
            pick(WORDS.cli.blocRankColumn, lang),
            units.map((u) => orDash(u.blocRank, lang)),
            { drop: 3 },
          ),
        ]
      : []),
    column(
      pick(WORDS.cli.rankColumn, lang),
      units.map((u) => orDash(u.rank, lang)),
      { drop: 1 },
    ),
  ];
}

/** The unit table's lines with a heading line above each bloc's first unit. */
function withBlocHeadings(
  summary: Summary,
  units: readonly UnitRow[],
  lines: string[],
  lang: Lang,
  width: number,
) {
  if (summary.blocs.length === 0) return lines;
  const [header, ...rows] = lines;
  const out = [header!];
  rows.forEach((row, i) => {
    const unit = units[i];
    if (unit && (i === 0 || unit.bloc !== units[i - 1]!.bloc)) {
      const heading =
        unit.bloc === null ? WORDS.cli.noBloc : fill(WORDS.cli.blocHeading, { bloc: unit.bloc });
      out.push(...wrapTo(oneLine(pick(heading, lang)), width, "— "));
    }
    out.push(row);
  });
  return out;
}

/**
 * The targets' results as tables of the unit codes and as many target columns as the width takes, the
 * next targets in the next table: every result is shown at any width.
 */
function targetTables(targets: Column[], codes: Column, width: number): string[][] {
  const tables: Column[][] = [];
  let current: Column[] = [];
  for (const column of targets) {
    if (current.length > 0 && !fits([codes, ...current, column], width)) {
      tables.push(current);
      current = [];
    }
    current.push(column);
  }
  tables.push(current);
  return tables.map((columns) => tableLines([codes, ...columns], width));
}

/**
 * The summary for a terminal of `width` columns, no line wider: a row per unit (bloc by bloc) with its
 * score and ranks; when the targets' columns fit beside them they are in the same rows, else in tables
 * of their own below. Then the legend, the award proposals, the warnings one line per kind, and the lists.
 */
export function formatSummaryTable(summary: Summary, lang: Lang, width: number): string {
  const units = byBloc(summary);
  const targets = targetColumns(summary, units, lang);
  const whole = unitColumns(summary, units, lang, targets);
  const together = naturalWidth(whole) <= width;
  const main = together ? whole : keptColumns(unitColumns(summary, units, lang, []), width);
  const say = (text: string, first = "", indent?: string) => wrapTo(oneLine(text), width, first, indent);
  const out = [
    ...say(`${pick(WORDS.cli.units, lang)} — ${pick(summary.period.label, lang)}`),
    ...withBlocHeadings(summary, units, tableLines(main, width), lang, width),
  ];
  if (!together) {
    const codes: Column = {
      header: pick(WORDS.cli.codeColumn, lang),
      cells: [...units.map((u) => u.unit.code), pick(WORDS.cli.totalRow, lang)],
    };
    out.push("", ...say(`${pick(WORDS.cli.targetResults, lang)}:`));
    out.push(
      ...targetTables(targets, codes, width).flatMap((table, i) => [...(i > 0 ? [""] : []), ...table]),
    );
  }
  // The notes are about the total row: under the table that holds it.
  out.push(...totalNotes(summary).flatMap((note) => say(pick(note, lang), "  * ")));
  out.push("", `${pick(WORDS.cli.legend, lang)}:`);
  targetsOf(summary.templates, summary.indicators).forEach((t, i) =>
    out.push(...say(`${t.key}: ${pick(t.label, lang)}`, `  T${i + 1} `)),
  );
  if (summary.previous)
    out.push(
      "",
      ...say(pick(fill(WORDS.summary.comparedWith, { period: summary.previous.periodLabel }), lang)),
    );
  out.push(...awardLines(summary, lang, width));
  out.push(...nominationLines(summary, lang, width));
  out.push(...rollupWarningLines(units, lang, width));
  const rejectedMark = ` (${pick(WORDS.submissionStatus.rejected, lang).toLowerCase()})`;
  const missing = (summary.expected ?? [])
    .filter((e) => e.status !== "received")
    .map((e) => `${e.unit.code} ${e.unit.name}${e.status === "rejected" ? rejectedMark : ""}`);
  const missingText = summary.expected
    ? missing.join("; ") || "—"
    : `${pick(WORDS.summary.missingUnknown, lang)}. ${pick(WORDS.summary.noList, lang)}`;
  out.push("", ...say(`${pick(WORDS.cli.missing, lang)}: ${missingText}`, "", "  "));
  const duplicates = summary.duplicates.map((d) => {
    const round = duplicateRound(d, summary.period);
    return `${d.unitCode}${round ? ` (${pick(round, lang)})` : ""}: ${d.kept.name} ← ${d.dropped.map((f) => f.name).join(", ")}`;
  });
  out.push(...say(`${pick(WORDS.cli.duplicates, lang)}: ${duplicates.join("; ") || "—"}`, "", "  "));
  out.push(`${pick(WORDS.cli.rejected, lang)}:`);
  for (const r of summary.rejected) out.push(...say(`${r.source.name}: ${pick(r.reason, lang)}`, "  ✗ "));
  if (summary.rejected.length === 0) out.push("  —");
  return out.join("\n");
}
