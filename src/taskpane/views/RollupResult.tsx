import {
  Badge,
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { spanText, targetsOf, unitKey, type Summary, type TargetResult, type UnitRow } from "../../core";
import { format, useI18n } from "../i18n/context";
import { useViewStyles } from "./styles";

function Assessment({ result }: { result: TargetResult }) {
  const { m } = useI18n();
  if (result.met === null) return <>—</>;
  return (
    <Badge appearance="tint" color={result.met ? "success" : "danger"}>
      {result.met ? m.rollup.met : m.rollup.notMet}
    </Badge>
  );
}

/** Warnings the roll-up itself raises (a unit's own validation warnings were shown when it was checked). */
const ROLL_UP_WARNINGS = new Set(["rollup.continuity", "rollup.target_differs", "rollup.jump"]);

const gapsOf = (row: UnitRow) => row.gaps.map((g) => spanText(g.start, g.end)).join("; ");

/** What a roll-up found: units, attainment of the total, missing, duplicate and rejected submissions. */
export function RollupResult({ summary }: { summary: Summary }) {
  const { m, t, number, percent } = useI18n();
  const warned = summary.units.flatMap((u) =>
    u.warnings.filter((w) => ROLL_UP_WARNINGS.has(w.rule)).map((warning) => ({ code: u.unit.code, warning })),
  );
  const styles = useViewStyles();
  const targets = targetsOf(summary.templates);
  const show = (result: TargetResult, value: number | null) =>
    value === null ? "—" : result.kind === "ratio" ? percent(value) : number(value);
  const label = (key: string) => t(targets.find((x) => x.key === key)!.label);
  const rejectedCodes = new Set(
    summary.expected?.filter((e) => e.status === "rejected").map((e) => unitKey(e.unit.code)),
  );
  return (
    <section
      aria-label={format(m.rollup.result, { period: t(summary.period.label) })}
      className={styles.view}
    >
      <Subtitle2 as="h2">{format(m.rollup.result, { period: t(summary.period.label) })}</Subtitle2>

      {summary.previous && (
        <Caption1>{format(m.rollup.comparedWith, { period: t(summary.previous.periodLabel) })}</Caption1>
      )}
      <Subtitle2 as="h3">{`${m.rollup.included} (${summary.units.length})`}</Subtitle2>
      <div className={styles.tableWrap}>
        <Table size="small" aria-label={m.rollup.included}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{m.rollup.unit}</TableHeaderCell>
              <TableHeaderCell>{`${m.rollup.score} (${m.rollup.grade})`}</TableHeaderCell>
              <TableHeaderCell>{`${m.rollup.blocRank} / ${m.rollup.rank}`}</TableHeaderCell>
              <TableHeaderCell>{m.rollup.targetsMet}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {summary.units.map((u) => (
              <TableRow key={u.unit.code}>
                <TableCell>
                  <div>{`${u.unit.code} — ${u.unit.name}`}</div>
                  <Caption1>
                    {[
                      u.bloc ?? m.rollup.noBloc,
                      u.daysLate === null ? null : format(m.rollup.late, { days: u.daysLate }),
                      u.gaps.length > 0 ? format(m.rollup.partial, { gaps: gapsOf(u) }) : null,
                      u.sources.map((s) => s.name).join(", "),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </Caption1>
                </TableCell>
                <TableCell>{u.score === null ? "—" : `${number(u.score)} (${u.grade ?? "—"})`}</TableCell>
                <TableCell>{`${u.blocRank ?? "—"} / ${u.rank ?? "—"}`}</TableCell>
                <TableCell>{`${u.met}/${u.attainment.filter((a) => a.met !== null).length}`}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      {warned.length > 0 && (
        <>
          <Subtitle2 as="h3">{format(m.rollup.warnings, { count: warned.length })}</Subtitle2>
          <ul className={styles.list} aria-label={format(m.rollup.warnings, { count: warned.length })}>
            {warned.map(({ code, warning }, i) => (
              <li key={i}>{`${code}: ${t({ vi: warning.message_vi, en: warning.message_en })}`}</li>
            ))}
          </ul>
        </>
      )}

      <Subtitle2 as="h3">{m.rollup.total}</Subtitle2>
      <div className={styles.tableWrap}>
        <Table size="small" aria-label={m.rollup.total}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{m.rollup.target}</TableHeaderCell>
              <TableHeaderCell>{m.rollup.value}</TableHeaderCell>
              <TableHeaderCell>{m.rollup.target}</TableHeaderCell>
              <TableHeaderCell>{m.rollup.attainment}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {summary.totalAttainment.map((r) => (
              <TableRow key={r.key}>
                <TableCell>{label(r.key)}</TableCell>
                <TableCell>{show(r, r.result)}</TableCell>
                <TableCell>{show(r, r.target)}</TableCell>
                <TableCell>
                  <Assessment result={r} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <Subtitle2 as="h3">{`${m.rollup.missing} (${summary.missing.length})`}</Subtitle2>
      <ul className={styles.list} aria-label={m.rollup.missing}>
        {summary.missing.length === 0 && <li>{m.rollup.none}</li>}
        {summary.missing.map((u) => (
          <li
            key={u.code}
          >{`${u.code} — ${u.name}${rejectedCodes.has(unitKey(u.code)) ? ` (${m.rollup.rejectedStatus})` : ""}`}</li>
        ))}
      </ul>

      <Subtitle2 as="h3">{`${m.rollup.duplicates} (${summary.duplicates.length})`}</Subtitle2>
      <ul className={styles.list} aria-label={m.rollup.duplicates}>
        {summary.duplicates.length === 0 && <li>{m.rollup.none}</li>}
        {summary.duplicates.map((d) => (
          <li key={`${d.unitCode}-${d.periodId}`}>
            {`${d.unitCode}: ${m.rollup.kept} ${d.kept.name} (${d.dropped.map((f) => f.name).join(", ")})`}
          </li>
        ))}
      </ul>

      <Subtitle2 as="h3">{`${m.rollup.rejected} (${summary.rejected.length})`}</Subtitle2>
      <ul className={styles.list} aria-label={m.rollup.rejected}>
        {summary.rejected.length === 0 && <li>{m.rollup.none}</li>}
        {summary.rejected.map((r) => (
          <li key={`${r.source.name}-${r.source.sha256}`}>{`${r.source.name}: ${t(r.reason)}`}</li>
        ))}
      </ul>
    </section>
  );
}
