import { Badge, Caption1, Subtitle2, Text } from "@fluentui/react-components";
import { levelScope, targetsOf, totalNotes, type SummaryView, type TargetResult } from "../../core";
import { format, useI18n } from "../i18n/context";
import type { Headline } from "./headline";
import { useResultStyles } from "./styles";
import { WORDS } from "../../core/vocabulary";

function Verdict({ result }: { result: TargetResult }) {
  const { m } = useI18n();
  return (
    <Badge appearance="tint" color={result.met ? "success" : "danger"}>
      {result.met ? m.rollup.met : m.rollup.notMet}
    </Badge>
  );
}

type Tone = "danger" | "warning" | "success" | "informative";

/**
 * Counts first, each coloured by whether it asks for action; then the province's totals against targets,
 * and which units their opening and closing stocks leave out.
 */
export function RollupHeadline({ summary, headline }: { summary: SummaryView; headline: Headline }) {
  const { m, t, number, percent } = useI18n();
  const styles = useResultStyles();
  const targets = targetsOf(summary.templates, summary.indicators);
  const label = (key: string) => t(targets.find((x) => x.key === key)!.label);
  const show = (r: TargetResult, value: number | null) =>
    value === null ? "—" : r.kind === "ratio" ? percent(value) : number(value);
  const stat = (text: string, count: number, tone: Tone) => (
    <Badge
      key={text}
      className={styles.stat}
      appearance={count > 0 ? "filled" : "outline"}
      color={count > 0 ? tone : "informative"}
    >
      {`${text}: ${number(count)}`}
    </Badge>
  );
  const received =
    headline.expected === null
      ? format(m.results.received, { count: number(headline.received) })
      : format(m.results.receivedOf, {
          count: number(headline.received),
          expected: number(headline.expected),
        });
  return (
    <section aria-label={m.results.headline}>
      <Text as="p" weight="semibold" style={{ margin: 0 }}>
        {received}
      </Text>
      <div className={styles.stats} role="list" aria-label={m.results.headline}>
        <span role="listitem">
          {summary.missing === null ? (
            // Rounded, not round: the words of two lines would run into a round end's curve.
            <Badge className={styles.stat} shape="rounded" appearance="outline" color="warning">
              {`${m.rollup.missing}: ${t(WORDS.summary.missingUnknown)}`}
            </Badge>
          ) : (
            stat(m.rollup.missing, summary.missing.length, "danger")
          )}
        </span>
        <span role="listitem">{stat(m.rollup.rejected, summary.rejected.length, "danger")}</span>
        <span role="listitem">{stat(m.results.late, headline.late.length, "warning")}</span>
        <span role="listitem">{stat(m.rollup.duplicates, summary.duplicates.length, "warning")}</span>
        <span role="listitem">{stat(m.results.warnings, headline.warnings.length, "warning")}</span>
      </div>
      <Subtitle2 as="h3">
        {format(m.results.totals, {
          scope: t(levelScope(summary.parent.kind)),
          met: headline.totalsMet,
          of: headline.totals.length,
        })}
      </Subtitle2>
      <ul className={styles.totals} aria-label={m.rollup.total}>
        {headline.totals.map((r) => (
          <li key={r.key} className={styles.total}>
            <Text>{label(r.key)}</Text>
            <Verdict result={r} />
            <Caption1 className={styles.figures}>
              {format(m.results.againstTarget, { value: show(r, r.result), target: show(r, r.target) })}
            </Caption1>
          </li>
        ))}
      </ul>
      {totalNotes(summary).map((note) => (
        <Caption1 as="p" key={note.en}>
          {t(note)}
        </Caption1>
      ))}
    </section>
  );
}
