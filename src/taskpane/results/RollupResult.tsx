import { Caption1, Subtitle2, Text } from "@fluentui/react-components";
import { memo, useEffect, useMemo, useRef } from "react";
import {
  duplicateRound,
  gapText,
  groupPlace,
  groupText,
  namesItsUnit,
  unitKey,
  type SummaryView,
} from "../../core";
import { format, useI18n } from "../i18n/context";
import { useStaged } from "../hooks/use-staged";
import { useViewShown } from "../hooks/view-shown";
import { AwardLists } from "./AwardLists";
import { ChartsPanel } from "./ChartsPanel";
import { CountedList } from "./CountedList";
import { headlineOf } from "./headline";
import { RejectedList } from "./RejectedList";
import { RollupHeadline } from "./RollupHeadline";
import { useResultStyles } from "./styles";
import { UnitsGrid } from "./UnitsGrid";
import { WORDS } from "../../core/vocabulary";

/**
 * A roll-up's result, what asks for action first: counts and the totals against targets, then the
 * missing, late, refused and duplicate submissions and the warnings, then the award proposals, then
 * every unit, then pictures.
 * Drawn again only for another summary: the summary's file arriving later changes nothing here.
 */
export const RollupResult = memo(function RollupResult({ summary }: { summary: SummaryView }) {
  const { m, t } = useI18n();
  const styles = useResultStyles();
  const headline = useMemo(() => headlineOf(summary), [summary]);
  const heading = useRef<HTMLHeadingElement>(null);
  // The grid, then the charts, each in its own task after the counts and lists are painted.
  const staged = useStaged(2);
  // A result that comes while another view is shown takes no focus from it, then or on the way back.
  const shown = useViewShown();
  const focusNow = useRef(shown);
  focusNow.current = shown;
  useEffect(() => {
    if (focusNow.current) heading.current?.focus();
  }, [summary]);
  const title = format(m.rollup.result, { period: t(summary.period.label) });
  const rejectedCodes = new Set(
    summary.expected?.filter((e) => e.status === "rejected").map((e) => unitKey(e.unit.code)),
  );
  return (
    <section aria-label={title} className={styles.result}>
      <h2 ref={heading} tabIndex={-1} className={styles.heading}>
        {title}
      </h2>
      {summary.previous && (
        <Caption1 block>
          {format(m.rollup.comparedWith, { period: t(summary.previous.periodLabel) })}
        </Caption1>
      )}
      <RollupHeadline summary={summary} headline={headline} />
      {summary.missing === null ? (
        <section aria-label={m.rollup.missing}>
          <Subtitle2 as="h3">{m.rollup.missing}</Subtitle2>
          <Text as="p" block>
            {t(WORDS.summary.noList)}
          </Text>
        </section>
      ) : (
        <CountedList
          title={m.rollup.missing}
          always
          items={summary.missing.map((u) => ({
            key: u.code,
            text: `${u.code} — ${u.name}${rejectedCodes.has(unitKey(u.code)) ? ` (${m.rollup.rejectedStatus})` : ""}`,
          }))}
        />
      )}
      <CountedList
        title={m.results.late}
        items={headline.late.map((u) => ({
          key: u.unit.code,
          text: `${u.unit.code} — ${u.unit.name}: ${format(m.rollup.late, { days: u.daysLate! })}`,
        }))}
      />
      <RejectedList
        items={summary.rejected.map((r) => ({
          file: r.source.name,
          id: r.source.sha256,
          reason: t(r.reason),
        }))}
      />
      <CountedList
        title={m.rollup.duplicates}
        items={summary.duplicates.map((d, i) => {
          const round = duplicateRound(d, summary.period);
          return {
            // Each round a year keeps lists the reports it superseded under the year: one unit and period twice.
            key: `${d.unitCode}-${d.periodId}-${i}`,
            text: `${d.unitCode}${round ? ` — ${t(round)}` : ""}: ${format(m.rollup.kept, { kept: d.kept.name, dropped: d.dropped.map((f) => f.name).join(", ") })}`,
          };
        })}
      />
      <CountedList
        title={m.results.warnings}
        items={headline.warnings.map(({ code, group }, i) => {
          const place = groupPlace(group);
          const said = t(groupText(group));
          return {
            key: `${code}-${i}`,
            text: namesItsUnit(said, code, place) ? said : `${code}${place ? ` — ${place}` : ""}: ${said}`,
          };
        })}
      />
      <CountedList
        title={m.results.partial}
        items={headline.partial.map((u) => ({
          key: u.unit.code,
          // A summary short inside may cover every round itself: then what it lacked is all there is to say.
          text: `${u.unit.code} — ${[
            u.gaps.length > 0 ? format(m.rollup.partial, { gaps: u.gaps.map(gapText).join("; ") }) : null,
            u.shortInside ? t(u.shortInside) : null,
          ]
            .filter(Boolean)
            .join(" ")}`,
        }))}
      />
      <AwardLists awards={summary.awards} kind={summary.parent.kind} />
      {staged >= 1 && <UnitsGrid summary={summary} />}
      {staged >= 2 && <ChartsPanel summary={summary} />}
    </section>
  );
});
