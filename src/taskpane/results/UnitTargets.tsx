import { Badge, Button, Caption1, Text } from "@fluentui/react-components";
import { useEffect, useMemo, useRef } from "react";
import {
  scoreText,
  unitTargetLines,
  type ScoreMade,
  type SummaryView,
  type TargetLine,
  type TargetState,
  type UnitView,
} from "../../core";
import { format, useI18n } from "../i18n/context";
import { useResultStyles } from "./styles";

const TONES: Readonly<Record<TargetState, "success" | "danger" | "warning" | "informative">> = {
  met: "success",
  notMet: "danger",
  notReported: "danger",
  noTarget: "warning",
  nothingToMeasure: "informative",
  notApplicable: "informative",
};

/**
 * How the score was made, as the summary's Chấm điểm sheet has it: the points the targets below add up to
 * are not the score where some targets do not count for the unit (46,54 of 65 points scored 71,60).
 */
function ScoreMaking({ made }: { made: ScoreMade }) {
  const { m, t, number } = useI18n();
  const points = (value: number) => t(scoreText(value));
  const parts = [
    format(m.results.scoreMade, { earned: points(made.earned), possible: number(made.possible) }),
    ...(made.bonus > 0 ? [format(m.results.scoreBonus, { points: points(made.bonus) })] : []),
    ...(made.off > 0 ? [format(m.results.scoreOff, { points: points(made.off) })] : []),
  ];
  return <Caption1 block>{`${parts.join("; ")}.`}</Caption1>;
}

/**
 * One unit's result on each target, its target, its standing and the points it earned: what a grid row
 * can only count ("12/18"). Opened from the units grid; closing it gives the focus back to the grid.
 */
export function UnitTargets({
  summary,
  unit,
  onClose,
}: {
  summary: SummaryView;
  unit: UnitView;
  onClose: () => void;
}) {
  const { m, t, number, percent } = useI18n();
  const styles = useResultStyles();
  const lines = useMemo(() => unitTargetLines(summary, unit), [summary, unit]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [unit]);
  const show = (line: TargetLine, value: number | null) =>
    value === null ? "—" : line.kind === "ratio" ? percent(value) : number(value);
  // A target not assigned reads as the badge says, not "chỉ tiêu —".
  const against = (line: TargetLine) =>
    line.target === null
      ? format(m.results.resultAlone, { value: show(line, line.result) })
      : format(m.results.againstTarget, { value: show(line, line.result), target: show(line, line.target) });
  const title = format(m.results.unitTargets, { unit: `${unit.unit.code} — ${unit.unit.name}` });
  return (
    <section aria-label={title} className={styles.unitTargets}>
      <h4 ref={heading} tabIndex={-1} className={styles.heading}>
        {title}
      </h4>
      {unit.score !== null && (
        <Text as="p" block style={{ margin: 0 }}>
          {format(m.results.unitScore, {
            score: t(scoreText(unit.score)),
            grade: unit.grade ?? m.results.noGrade,
          })}
        </Text>
      )}
      {unit.points && <ScoreMaking made={unit.points} />}
      <ul className={styles.totals} aria-label={title}>
        {lines.map((line) => (
          <li key={line.key} className={styles.total}>
            <Text>{t(line.label)}</Text>
            <Badge appearance="tint" color={TONES[line.state]}>
              {m.results.targetStates[line.state]}
            </Badge>
            <Caption1 className={styles.figures}>
              {`${against(line)} · ${
                line.points === null
                  ? m.results.notScored
                  : format(m.results.points, {
                      earned: line.earned === null ? "—" : t(scoreText(line.earned)),
                      points: number(line.points),
                    })
              }`}
            </Caption1>
          </li>
        ))}
      </ul>
      <Button onClick={onClose}>{m.results.closeUnit}</Button>
    </section>
  );
}
