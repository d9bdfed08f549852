import { Badge, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../core";
import { format, useI18n } from "../i18n/context";
import { LIST_STEP } from "../results/CountedList";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  cell: { minWidth: "7em", justifyContent: "flex-start" },
  message: { flex: 1 },
  sheet: { margin: `${tokens.spacingVerticalS} 0 0` },
});

interface Props {
  readonly findings: readonly Finding[];
  /** Excel only: go to the finding's cell. */
  readonly onSelect?: (finding: Finding) => void;
}

/**
 * Findings by sheet in the order sheets first appear, errors before warnings in each: one pass over the
 * findings, so a workbook with tens of thousands of sheets (a hostile one) costs no more than its findings.
 */
function bySheet(findings: readonly Finding[]): [string, Finding[]][] {
  const sheets = new Map<string, { errors: Finding[]; warnings: Finding[] }>();
  for (const f of findings) {
    const key = f.sheet ?? "";
    let sheet = sheets.get(key);
    if (!sheet) sheets.set(key, (sheet = { errors: [], warnings: [] }));
    (f.severity === "error" ? sheet.errors : sheet.warnings).push(f);
  }
  return [...sheets].map(([sheet, { errors, warnings }]) => [sheet, [...errors, ...warnings]]);
}

/** The first `count` findings, still grouped by sheet. */
function firstOf(groups: readonly [string, Finding[]][], count: number): [string, Finding[]][] {
  const out: [string, Finding[]][] = [];
  let left = count;
  for (const [sheet, findings] of groups) {
    if (left <= 0) break;
    out.push([sheet, findings.slice(0, left)]);
    left -= findings.length;
  }
  return out;
}

/**
 * Findings grouped by sheet, errors before warnings, each one a click (or Enter) away from its cell;
 * drawn a hundred at a time, as the roll-up's lists are, so a file with thousands does not stall the page.
 */
export function FindingsList({ findings, onSelect }: Props) {
  const { m, lang } = useI18n();
  const styles = useStyles();
  const [drawn, setDrawn] = useState(LIST_STEP);
  const rest = findings.length - drawn;
  return (
    <div className={styles.group}>
      {firstOf(bySheet(findings), drawn).map(([sheet, ordered]) => {
        return (
          <section key={sheet} aria-label={sheet || m.validate.workbookLevel}>
            <h4 className={styles.sheet}>{sheet || m.validate.workbookLevel}</h4>
            <ul className={styles.group} style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {ordered.map((f, i) => (
                <li key={`${f.rule}-${f.cell ?? ""}-${i}`} className={styles.item}>
                  <Badge appearance="filled" color={f.severity === "error" ? "danger" : "warning"}>
                    {f.severity === "error" ? m.validate.error : m.validate.warning}
                  </Badge>
                  {f.cell && onSelect ? (
                    <Button
                      className={styles.cell}
                      size="small"
                      appearance="subtle"
                      aria-label={format(m.validate.goTo, { cell: `${f.sheet}!${f.cell}` })}
                      onClick={() => onSelect(f)}
                    >
                      {f.cell}
                    </Button>
                  ) : (
                    <Caption1 className={styles.cell}>{f.cell ?? ""}</Caption1>
                  )}
                  <span className={styles.message}>{lang === "en" ? f.message_en : f.message_vi}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {rest > 0 && (
        <Button size="small" appearance="subtle" onClick={() => setDrawn((n) => n + LIST_STEP)}>
          {format(m.results.showMore, { count: Math.min(rest, LIST_STEP), rest })}
        </Button>
      )}
    </div>
  );
}
