import { Caption1, Field, SearchBox, Subtitle2 } from "@fluentui/react-components";
import { useCallback, useMemo, useRef, useState } from "react";
import { scoreText, type SummaryView } from "../../core";
import { format, useI18n } from "../i18n/context";
import { ChoiceFilter } from "./ChoiceFilter";
import { useResultStyles } from "./styles";
import {
  filterUnits,
  NO_FILTER,
  NONE,
  STANDINGS,
  unitGridRows,
  type UnitFilter,
  type UnitGridRow,
} from "./unit-rows";
import { TwoLines, UnitLines, UpToTwoLines } from "./TwoLines";
import { UnitTargets } from "./UnitTargets";
import { VirtualGrid, type GridColumn } from "./VirtualGrid";

/** Nulls (unscored, unranked) sort after every figure in ascending order. */

const byNumber = (pick: (r: UnitGridRow) => number | null) => (a: UnitGridRow, b: UnitGridRow) =>
  (pick(a) ?? Number.POSITIVE_INFINITY) - (pick(b) ?? Number.POSITIVE_INFINITY);

const same = (value: string) => ({ value, label: value });

function useColumns(): readonly GridColumn<UnitGridRow>[] {
  const { m, t } = useI18n();
  const dash = (value: number | string | null) => (value === null ? "—" : String(value));
  return useMemo(
    () => [
      {
        id: "unit",
        title: m.rollup.unit,
        grow: 3,
        compare: (a, b) => a.code.localeCompare(b.code),
        render: (r) => <UnitLines code={r.code} name={r.name} bloc={r.bloc ?? m.rollup.noBloc} />,
      },
      {
        id: "score",
        title: m.rollup.score,
        grow: 1.4,
        // Ascending is lowest first, as aria-sort announces it; a second click puts the best first.
        compare: byNumber((r) => r.score),
        render: (r) => (
          <TwoLines first={r.score === null ? "—" : t(scoreText(r.score))} second={r.grade ?? ""} />
        ),
      },
      {
        id: "rank",
        title: m.results.ranks,
        grow: 1,
        compare: byNumber((r) => r.rank),
        render: (r) => `${dash(r.blocRank)} / ${dash(r.rank)}`,
      },
      {
        id: "met",
        title: m.results.met,
        grow: 0.9,
        compare: byNumber((r) => r.met),
        render: (r) => `${r.met}/${r.judged}`,
      },
      {
        id: "standing",
        title: m.results.standing,
        grow: 1.3,
        compare: byNumber((r) => r.daysLate ?? (r.standing === "partial" ? 0.5 : 0)),
        render: (r) => (
          <UpToTwoLines
            text={
              r.standing === "late"
                ? format(m.rollup.late, { days: r.daysLate! })
                : r.standing === "partial"
                  ? r.short.map((s) => m.results[`${s}Short`]).join(", ")
                  : m.results.standings[r.standing]
            }
          />
        ),
      },
    ],
    [m, t],
  );
}

/** Every unit rolled up: found by name or code, narrowed by bloc, grade and standing, sorted by any column. */
export function UnitsGrid({ summary }: { summary: SummaryView }) {
  const { m } = useI18n();
  const styles = useResultStyles();
  const columns = useColumns();
  const rows = useMemo(() => unitGridRows(summary), [summary]);
  const [filter, setFilter] = useState<UnitFilter>(NO_FILTER);
  const shown = useMemo(() => filterUnits(rows, filter), [rows, filter]);
  const set = (part: Partial<UnitFilter>) => setFilter((now) => ({ ...now, ...part }));
  const [picked, setPicked] = useState<string | null>(null);
  const pickedUnit = picked === null ? undefined : summary.units.find((u) => u.unit.code === picked);
  // One function for the grid's life: a new one would draw every row again and lose the keyboard focus.
  const pick = useCallback((row: UnitGridRow) => setPicked(row.code), []);
  const grid = useRef<HTMLDivElement>(null);
  const close = () => {
    setPicked(null);
    // The row picked holds the grid's Tab stop: the keyboard goes back where it was.
    grid.current?.querySelector<HTMLElement>('[role="row"][tabindex="0"]')?.focus();
  };
  return (
    <section aria-label={m.rollup.included}>
      <Subtitle2 as="h3">{`${m.rollup.included} (${rows.length})`}</Subtitle2>
      <div className={styles.filters}>
        <Field label={m.results.find} className={styles.search}>
          {/* Fluent names its clear button "clear" in every language. */}
          <SearchBox
            value={filter.text}
            onChange={(_, data) => set({ text: data.value })}
            dismiss={{ "aria-label": m.results.clearFind }}
          />
        </Field>
        {summary.blocs.length > 0 && (
          <ChoiceFilter
            label={m.results.bloc}
            value={filter.bloc}
            choices={[...summary.blocs.map(same), { value: NONE, label: m.rollup.noBloc }]}
            onChange={(bloc) => set({ bloc })}
          />
        )}
        <ChoiceFilter
          label={m.rollup.grade}
          value={filter.grade}
          choices={[...summary.grades.map((g) => same(g.grade)), { value: NONE, label: m.results.noGrade }]}
          onChange={(grade) => set({ grade })}
        />
        <ChoiceFilter
          label={m.results.standing}
          value={filter.standing}
          choices={STANDINGS.map((s) => ({ value: s, label: m.results.standings[s] }))}
          onChange={(standing) => set({ standing: standing as UnitFilter["standing"] })}
        />
      </div>
      <Caption1 block role="status">
        {format(m.results.shown, { shown: shown.length, total: rows.length })}
      </Caption1>
      <Caption1 block>{m.results.pickUnit}</Caption1>
      <div ref={grid}>
        <VirtualGrid
          items={shown}
          columns={columns}
          rowId={(r) => r.code}
          label={m.rollup.included}
          rowHeight={64}
          sortedBy={{ column: "rank", direction: "ascending" }}
          onPick={pick}
        />
      </div>
      {pickedUnit && <UnitTargets summary={summary} unit={pickedUnit} onClose={close} />}
    </section>
  );
}
