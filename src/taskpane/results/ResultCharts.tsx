import { Caption1, Subtitle2 } from "@fluentui/react-components";
import { HorizontalBarChartWithAxis, VerticalBarChart } from "@fluentui/react-charts";
import type { Summary } from "../../core";
import { format, useI18n } from "../i18n/context";
import { blocBars, gradeBars, scoreBars } from "./chart-data";
import { useResultStyles } from "./styles";

/** Pixels per bar: enough for a unit code beside it in a 320-pixel pane. */
const BAR_PITCH = 22;

/** The roll-up in pictures: units by score (best and last when many), blocs by targets met, grades. */
export default function ResultCharts({ summary, width }: { summary: Summary; width: number }) {
  const { m, lang, number, percent } = useI18n();
  const styles = useResultStyles();
  const culture = lang === "en" ? "en-US" : "vi-VN";
  const units = scoreBars(summary);
  const blocs = blocBars(summary);
  const grades = gradeBars(summary);
  return (
    <section aria-label={m.results.charts} className={styles.chart}>
      <Subtitle2 as="h3">{m.results.charts}</Subtitle2>
      {units.bars.length > 0 && (
        <figure aria-label={m.results.scoreChart} style={{ margin: 0 }}>
          <Caption1 as="p">
            {units.bars.length < units.of
              ? format(m.results.scoreChartTopBottom, { half: units.bars.length / 2, of: units.of })
              : m.results.scoreChart}
          </Caption1>
          <HorizontalBarChartWithAxis
            culture={culture}
            width={width}
            height={units.bars.length * BAR_PITCH + 60}
            xMaxValue={100}
            hideLegend
            useSingleColor
            yAxisCategoryOrder="data"
            data={units.bars.map((b) => ({
              x: b.value,
              y: b.label,
              xAxisCalloutData: b.label,
              yAxisCalloutData: number(b.value),
            }))}
          />
        </figure>
      )}
      {blocs.length > 0 && (
        <figure aria-label={m.results.blocChart} style={{ margin: 0 }}>
          <Caption1 as="p">{m.results.blocChart}</Caption1>
          <HorizontalBarChartWithAxis
            culture={culture}
            width={width}
            height={blocs.length * BAR_PITCH + 60}
            xMaxValue={1}
            hideLegend
            useSingleColor
            yAxisCategoryOrder="data"
            data={blocs.map((b) => ({ x: b.value, y: b.label, yAxisCalloutData: percent(b.value) }))}
          />
        </figure>
      )}
      {grades.some((g) => g.value > 0) && (
        <figure aria-label={m.results.gradeChart} style={{ margin: 0 }}>
          <Caption1 as="p">{m.results.gradeChart}</Caption1>
          <VerticalBarChart
            culture={culture}
            width={width}
            height={200}
            hideLegend
            useSingleColor
            data={grades.map((g) => ({ x: g.label, y: g.value, legend: g.label }))}
          />
        </figure>
      )}
    </section>
  );
}
