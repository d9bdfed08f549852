import { Caption1, makeStyles, Text } from "@fluentui/react-components";

const useStyles = makeStyles({
  /**
   * As wide as its cell, not as its longest line: at its lines' uncut width, a long bloc made the name wrap
   * past the cell's edge, cut in a letter, and neither line was cut short with its "…".
   */
  lines: { minWidth: 0 },
  /** At most two lines, the rest cut with "…": a grid's rows have one height. */
  upToTwo: { display: "-webkit-box", WebkitLineClamp: 2, WebkitBoxOrient: "vertical", overflow: "hidden" },
});

/**
 * A grid cell's figure or name over a smaller line that qualifies it; both cut short rather than wrap
 * (a wrapped line would spill into the next row of a grid whose rows have one height), whole on hover.
 */
export function TwoLines({ first, second }: { first: string; second: string }) {
  const styles = useStyles();
  return (
    <div title={second ? `${first}\n${second}` : first} className={styles.lines}>
      <Text block truncate wrap={false}>
        {first}
      </Text>
      <Caption1 block truncate wrap={false}>
        {second}
      </Caption1>
    </div>
  );
}

/**
 * A grid cell's short text on up to two lines, for a cell too narrow for it in a narrow pane ("Trễ 506 ngày"
 * was "Trễ 506…" at 320 pixels) in a row that has room for two; whole on hover.
 */
export function UpToTwoLines({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <Text block title={text} className={styles.upToTwo}>
      {text}
    </Text>
  );
}

/**
 * A unit in a grid: its code and bloc on one line, then its whole name on up to two lines (a grid's rows
 * have one height; the name is whole on hover and in the unit's details).
 */
export function UnitLines({ code, name, bloc }: { code: string; name: string; bloc: string }) {
  const styles = useStyles();
  return (
    <div title={`${code} — ${name}\n${bloc}`} className={styles.lines}>
      <Text block truncate wrap={false} weight="semibold">
        {`${code} · ${bloc}`}
      </Text>
      <Caption1 block className={styles.upToTwo}>
        {name}
      </Caption1>
    </div>
  );
}
