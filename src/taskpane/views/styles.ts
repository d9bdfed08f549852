import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useViewStyles = makeStyles({
  view: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    // A wide window is used (the grids and charts grow); the Excel pane stays at its 320 pixels.
    maxWidth: "1280px",
    // A drop-down is as wide as its longest choice unless told otherwise: in a 320-pixel pane it would
    // push the page sideways.
    "& .fui-Field": { minWidth: 0 },
    "& .fui-Select": { maxWidth: "100%", minWidth: 0 },
    "& .fui-Select select": { minWidth: 0, textOverflow: "ellipsis" },
  },
  fieldset: {
    display: "flex",
    flexDirection: "column",
    ...shorthands.border("0"),
    ...shorthands.padding("0"),
    ...shorthands.margin("0"),
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: "75ch" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  tableWrap: { overflowX: "auto" },
  // A bar moved ten times a second with Fluent's 0.3 s slide is always sliding: the page repainted at
  // every frame, a third of a core that the readers need on a two-core machine. It steps instead.
  steppedBar: { transitionProperty: "none" },
});
