import { Caption1, Subtitle2 } from "@fluentui/react-components";
import { HorizontalBarChartWithAxis, VerticalBarChart } from "@fluentui/react-charts";
import type { ReactNode } from "react";
import { blocBars, scoreText, unitBars, type BarSet, type SummaryView } from "../../core";
import { useI18n } from "../i18n/context";
import { gradeBars } from "./chart-data";
import { useResultStyles } from "./styles";
import { useStaged } from "../hooks/use-staged";
import { charsThatFit } from "./label-room";

/** Pixels per bar: enough for a label beside it in a 320-pixel pane. */
const BAR_PITCH = 22;
/** Room for a unit's name beside its bar, at most a third of the chart. */
const LABEL_WIDTH = 150;
/** Between a label and the axis: the chart's tick (6 px) and its padding (12 px), and a pixel to spare. */
const TICK_ROOM = 19;
/** Room right of the longest bar for its figure. */
const VALUE_ROOM = 36;

/**
 * A chart with its title. The chart itself is inert: its bars repeat what the units grid holds, and the
 * focus traps Fluent puts around it (focusable elements hidden from screen readers) would otherwise be
 * one more Tab stop that announces nothing.
 */
function ChartFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <figure aria-label={label} style={{ margin: 0 }}>
      <Caption1 as="p">{label}</Caption1>
      <div inert>{children}</div>
    </figure>
  );
}

function Bars({ set, width, culture }: { set: BarSet; width: number; culture: string }) {
  const { t } = useI18n();
  const title = t(set.title);
  const labelWidth = Math.min(LABEL_WIDTH, width / 3);
  // The chart draws its first point at the bottom; the best unit belongs at the top.
  const data = [...set.bars].reverse().map((b) => {
    const score = t(scoreText(b.value));
    return { x: b.value, y: `${score} · ${b.short}`, yAxisCalloutData: score };
  });
  return (
    <ChartFrame label={title}>
      <HorizontalBarChartWithAxis
        culture={culture}
        width={width}
        height={set.bars.length * BAR_PITCH + 60}
        hideLegend
        useSingleColor
        showYAxisLablesTooltip
        // The chart writes its own bar labels as 72.4 whatever the culture: the figure goes in the
        // axis label instead, in the page's language, ahead of the name, which the chart cuts from its
        // end to fit ("P01 Công đoàn phườ..." had lost the score).
        hideLabels
        noOfCharsToTruncate={charsThatFit(
          data.map((point) => point.y),
          labelWidth - TICK_ROOM,
        )}
        yAxisCategoryOrder="data"
        margins={{ left: labelWidth, right: VALUE_ROOM }}
        data={data}
      />
    </ChartFrame>
  );
}

/**
 * The roll-up in pictures, the same selection the summary workbook draws (the best and the worst units
 * when there are many, each bloc's average score), and how many units reached each grade.
 */
export default function ResultCharts({ summary, width }: { summary: SummaryView; width: number }) {
  const { m, lang, number } = useI18n();
  const styles = useResultStyles();
  const culture = lang === "en" ? "en-US" : "vi-VN";
  const sets = [unitBars(summary), blocBars(summary)].filter(
    (set): set is BarSet => set !== null && set.bars.length > 0,
  );
  const grades = gradeBars(summary);
  const gradesDrawn = grades.some((g) => g.units > 0);
  // One chart per task: each measures its labels in the page as it is drawn (40–80 ms apiece).
  const staged = useStaged(sets.length + (gradesDrawn ? 1 : 0));
  return (
    <section aria-label={m.results.charts} className={styles.chart}>
      <Subtitle2 as="h3">{m.results.charts}</Subtitle2>
      {sets.slice(0, staged).map((set) => (
        <Bars key={set.title.vi} set={set} width={width} culture={culture} />
      ))}
      {gradesDrawn && staged > sets.length && (
        <ChartFrame label={m.results.gradeChart}>
          <VerticalBarChart
            culture={culture}
            width={width}
            height={200}
            hideLegend
            useSingleColor
            // A grade of two words (Trung bình) is wrapped rather than dropped for want of room.
            wrapXAxisLables
            data={grades.map((g) => ({ x: g.grade, y: g.units, legend: g.grade, barLabel: number(g.units) }))}
          />
        </ChartFrame>
      )}
    </section>
  );
}
