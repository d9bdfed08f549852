import { Caption1, Text } from "@fluentui/react-components";
import { blocBars, scoreText, type SummaryView } from "../../core";
import { format, useI18n } from "../i18n/context";
import { useResultStyles } from "./styles";

/**
 * Each bloc's average score in words, under the charts, best first: a bloc has no code to tell its bar
 * from another's where the chart cuts its name to fit ("71,60 · Cụm 1 – Ph..."), the charts are hidden from
 * screen readers, and no table on the page holds these averages. The units in no bloc (the bar that is none
 * of the campaign's blocs) are named as the units grid names them.
 */
export function BlocAverages({ summary }: { summary: SummaryView }) {
  const { m, t, number } = useI18n();
  const styles = useResultStyles();
  const set = blocBars(summary);
  if (!set || set.bars.length === 0) return null;
  const title = t(set.title);
  return (
    <div className={styles.result}>
      <Caption1 as="p" block>
        {title}
      </Caption1>
      <ol className={styles.totals} aria-label={title}>
        {set.bars.map(({ label, scored, value }) => (
          <li key={label} className={styles.total}>
            <Text>{summary.blocs.includes(label) ? label : m.rollup.noBloc}</Text>
            <Text weight="semibold">{t(scoreText(value))}</Text>
            <Caption1 className={styles.figures}>
              {format(m.results.blocUnits, { count: number(scored) })}
            </Caption1>
          </li>
        ))}
      </ol>
    </div>
  );
}
