import { Badge, Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { firstFinding, groupFindings, groupText, type Finding, type FindingGroup } from "../../core";
import { format, useI18n } from "../i18n/context";
import { LIST_STEP } from "../results/CountedList";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { listStyle: "none", padding: 0, margin: 0 },
  // Beside its badge and cell a message needs room to be read: in a 320-pixel pane it had 113 pixels, two words
  // a line, and goes on its own line below them instead.
  item: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  cell: { minWidth: "7em", justifyContent: "flex-start" },
  message: {
    flex: "1 1 16em",
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
  },
  cells: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  // A button's own minimum width would fit two addresses a line in a 320-pixel pane.
  other: { minWidth: "3.5em" },
  sheet: { margin: `${tokens.spacingVerticalS} 0 0` },
});

type Select = (finding: Finding) => void;

/**
 * Groups by sheet in the order sheets first appear, errors before warnings in each: one pass over the
 * groups, so a workbook with tens of thousands of sheets (a hostile one) costs no more than its findings.
 */
function bySheet(groups: readonly FindingGroup[]): [string, FindingGroup[]][] {
  const sheets = new Map<string, { errors: FindingGroup[]; warnings: FindingGroup[] }>();
  for (const g of groups) {
    const key = g.sheet ?? "";
    let sheet = sheets.get(key);
    if (!sheet) sheets.set(key, (sheet = { errors: [], warnings: [] }));
    (g.severity === "error" ? sheet.errors : sheet.warnings).push(g);
  }
  return [...sheets].map(([sheet, { errors, warnings }]) => [sheet, [...errors, ...warnings]]);
}

/** The first `count` groups, still by sheet. */
function drawnOf(sheets: readonly [string, FindingGroup[]][], count: number): [string, FindingGroup[]][] {
  const out: [string, FindingGroup[]][] = [];
  let left = count;
  for (const [sheet, groups] of sheets) {
    if (left <= 0) break;
    out.push([sheet, groups.slice(0, left)]);
    left -= groups.length;
  }
  return out;
}

/** A finding's cell: in Excel a button that goes there, elsewhere its address. */
function CellOf({
  finding,
  onSelect,
  className,
}: {
  finding: Finding;
  onSelect?: Select;
  className?: string;
}) {
  const { m } = useI18n();
  if (!finding.cell || !onSelect) return <Caption1 className={className}>{finding.cell ?? ""}</Caption1>;
  return (
    <Button
      className={className}
      size="small"
      appearance="subtle"
      aria-label={format(m.validate.goTo, { cell: `${finding.sheet}!${finding.cell}` })}
      onClick={() => onSelect(finding)}
    >
      {finding.cell}
    </Button>
  );
}

/**
 * One rule at one or more cells of a sheet: its first cell, the message with how many others share it, and
 * for a group a button that opens its other cells, each one as reachable as the first.
 */
function GroupItem({ group, onSelect }: { group: FindingGroup; onSelect?: Select }) {
  const { m, t } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const cellsId = useId();
  const others = group.findings.slice(1);
  const select = onSelect ? { onSelect } : {};
  return (
    <li className={styles.item}>
      <Badge appearance="filled" color={group.severity === "error" ? "danger" : "warning"}>
        {group.severity === "error" ? m.validate.error : m.validate.warning}
      </Badge>
      <CellOf finding={firstFinding(group)} className={styles.cell} {...select} />
      <div className={styles.message}>
        <span>{t(groupText(group))}</span>
        {others.length > 0 && (
          <Button
            size="small"
            appearance="transparent"
            aria-expanded={open}
            aria-controls={cellsId}
            onClick={() => setOpen((o) => !o)}
          >
            {format(m.validate.otherCells, { count: others.length })}
          </Button>
        )}
        {open && (
          <ul id={cellsId} className={mergeClasses(styles.list, styles.cells)}>
            {others.map((f, i) => (
              <li key={`${f.cell ?? ""}-${i}`}>
                <CellOf finding={f} className={styles.other} {...select} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}

/**
 * Findings by sheet, errors before warnings, one row per rule of a sheet however many cells it names, each
 * a click (or Enter) away from its first cell and its others a click further; drawn a hundred rows at a
 * time, as the roll-up's lists are, so a file with thousands does not stall the page.
 */
export function FindingsList({ findings, onSelect }: { findings: readonly Finding[]; onSelect?: Select }) {
  const { m } = useI18n();
  const styles = useStyles();
  const [drawn, setDrawn] = useState(LIST_STEP);
  const groups = useMemo(() => groupFindings(findings), [findings]);
  const rest = groups.length - drawn;
  return (
    <div className={styles.group}>
      {drawnOf(bySheet(groups), drawn).map(([sheet, ordered]) => (
        <section key={sheet} aria-label={sheet || m.validate.workbookLevel}>
          <h4 className={styles.sheet}>{sheet || m.validate.workbookLevel}</h4>
          <ul className={mergeClasses(styles.group, styles.list)}>
            {ordered.map((g, i) => (
              <GroupItem
                key={`${g.rule}-${firstFinding(g).cell ?? ""}-${i}`}
                group={g}
                {...(onSelect ? { onSelect } : {})}
              />
            ))}
          </ul>
        </section>
      ))}
      {rest > 0 && (
        <Button size="small" appearance="subtle" onClick={() => setDrawn((n) => n + LIST_STEP)}>
          {format(m.results.showMore, { count: Math.min(rest, LIST_STEP), rest })}
        </Button>
      )}
    </div>
  );
}
