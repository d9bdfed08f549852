import { webLightTheme } from "@fluentui/react-components";

/** How the charts draw an axis label: Fluent's axis text, semibold at the smallest size. */
const AXIS_FONT = `${webLightTheme.fontWeightSemibold} ${webLightTheme.fontSizeBase100} ${webLightTheme.fontFamilyBase}`;
/** What the chart puts after a label it cuts. */
const ELLIPSIS = "...";
/** The fewest characters a label is cut to, whatever the room. */
const FEWEST = 6;
/** An axis label's width a character where the page cannot measure text (a semibold digit is about 6 px). */
const CHAR_WIDTH = 6.5;

type Measure = (text: string) => number;

interface Kept {
  /** The canvas class the measure was made with: a test may put another in its place. */
  readonly maker: typeof OffscreenCanvas | undefined;
  readonly measure: Measure | null;
}

function made(maker: typeof OffscreenCanvas | undefined): Kept {
  const context = maker ? new maker(1, 1).getContext("2d") : null;
  if (context) context.font = AXIS_FONT;
  return { maker, measure: context ? (text) => context.measureText(text).width : null };
}

/** One canvas for every chart drawn, rather than one each time a chart is drawn again. */
let kept: Kept | undefined;

/** A text's width in pixels in the axis font, where the page can measure one (OffscreenCanvas). */
function axisMeasure(): Measure | null {
  const maker = typeof OffscreenCanvas === "undefined" ? undefined : OffscreenCanvas;
  // `kept?.maker` is undefined before the first chart too: where the page has no canvas, that matched.
  if (kept === undefined || kept.maker !== maker) kept = made(maker);
  return kept.measure;
}

const cut = (label: string, chars: number) =>
  label.length > chars ? `${label.slice(0, chars)}${ELLIPSIS}` : label;

/**
 * How many characters of each label the chart keeps (it cuts the rest and writes "..."), so that the longest
 * label, as drawn, fits in `room` pixels: measured in the axis font where the page can, else estimated. A
 * label wider than its room ran out of the chart's left edge, its first characters lost (a score's first
 * digit: "3,72 · P088 Cô..." for 73,72).
 */
export function charsThatFit(labels: readonly string[], room: number): number {
  const measure = axisMeasure();
  if (!measure) return Math.max(FEWEST, Math.floor(room / CHAR_WIDTH) - ELLIPSIS.length);
  const longest = Math.max(0, ...labels.map((label) => label.length));
  for (let chars = longest; chars > FEWEST; chars--)
    if (labels.every((label) => measure(cut(label, chars)) <= room)) return chars;
  return FEWEST;
}
