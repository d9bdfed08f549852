import { Badge, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core";
import { format, useI18n } from "../i18n/context";

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

/** Findings grouped by sheet, errors before warnings, each one a click (or Enter) away from its cell. */
export function FindingsList({ findings, onSelect }: Props) {
  const { m, lang } = useI18n();
  const styles = useStyles();
  const sheets = [...new Set(findings.map((f) => f.sheet ?? ""))];
  return (
    <div className={styles.group}>
      {sheets.map((sheet) => {
        const inSheet = findings.filter((f) => (f.sheet ?? "") === sheet);
        const ordered = [
          ...inSheet.filter((f) => f.severity === "error"),
          ...inSheet.filter((f) => f.severity === "warning"),
        ];
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
    </div>
  );
}
