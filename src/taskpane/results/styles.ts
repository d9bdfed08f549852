import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useResultStyles = makeStyles({
  stats: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  /**
   * A count's badge grows with its words: "Thiếu báo cáo: chưa biết (chưa có danh sách đơn vị)" takes two
   * lines in a 320-pixel pane, and a badge one line high drew its border through them.
   */
  stat: { height: "auto", minHeight: "20px", paddingTop: "1px", paddingBottom: "1px" },
  /** Long lists stay a screen's part, scrolled inside, so what follows them stays in reach. */
  scrollList: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: "14em",
    overflowY: "auto",
  },
  totals: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
  total: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
    listStyle: "none",
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  figures: { color: tokens.colorNeutralForeground2, gridColumn: "1 / 3" },
  /**
   * The search on a line of its own, its label being the longest; the drop-downs share the lines below,
   * two to a 320-pixel pane, one where even that is too narrow.
   */
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 9em), 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  search: { gridColumn: "1 / -1", "& .fui-SearchBox": { maxWidth: "100%", minWidth: 0 } },
  heading: { ...typographyStyles.subtitle2, margin: 0, outline: "none" },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  unitTargets: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    "& > button": { alignSelf: "flex-start" },
  },
  chart: { width: "100%", overflowX: "hidden" },
});
