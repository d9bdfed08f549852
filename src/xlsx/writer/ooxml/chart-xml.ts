import { columnLetters, quoteSheet, type Area } from "../../../core/grid/a1";
import type { PlanCell, PlanChart } from "../../../core/layout/plan";
import { REL_NS } from "../../xml/namespaces";
import { xmlText, XML_HEAD } from "./xml-text";

export const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";

/** The two axes of a chart refer to each other by these ids, which need only be unique within the chart. */
const CATEGORY_AXIS = 1;
const VALUE_AXIS = 2;

/**
 * Colours spelled out: the package has no theme part, and without one a reader may draw bars and lines
 * in no colour at all (LibreOffice does).
 */
export const BAR_COLOR = "4472C4";
const GRID_COLOR = "D9D9D9";
const AXIS_COLOR = "808080";
const fill = (rgb: string) => `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;
const line = (rgb: string) => `<a:ln w="9525">${fill(rgb)}</a:ln>`;

const absolute = (sheet: string, a: Area) =>
  `${quoteSheet(sheet)}!$${columnLetters(a.left)}$${a.top + 1}:$${columnLetters(a.right)}$${a.bottom + 1}`;

/** The area's cells in reading order, as the plan holds them (undefined where it has none). */
function valuesIn(area: Area, cells: readonly PlanCell[]): PlanCell["value"][] {
  const byPlace = new Map<string, PlanCell["value"]>();
  for (const c of cells)
    if (c.row >= area.top && c.row <= area.bottom && c.col >= area.left && c.col <= area.right)
      byPlace.set(`${c.row},${c.col}`, c.value);
  const values: PlanCell["value"][] = [];
  for (let row = area.top; row <= area.bottom; row++)
    for (let col = area.left; col <= area.right; col++) values.push(byPlace.get(`${row},${col}`));
  return values;
}

/** Cached points, so a viewer draws the chart before (or without) recalculating; blanks have no point. */
function points(values: readonly PlanCell["value"][], keep: (v: PlanCell["value"]) => string | null): string {
  const pts = values.flatMap((v, i) => {
    const text = keep(v);
    return text === null ? [] : [`<c:pt idx="${i}"><c:v>${xmlText(text)}</c:v></c:pt>`];
  });
  return `<c:ptCount val="${values.length}"/>${pts.join("")}`;
}

const asText = (v: PlanCell["value"]) =>
  typeof v === "string" ? v : typeof v === "number" && Number.isFinite(v) ? String(v) : null;
const asNumber = (v: PlanCell["value"]) => (typeof v === "number" && Number.isFinite(v) ? String(v) : null);

function titleXml(text: string): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="1200" b="1"/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

/**
 * A chart part (xl/charts/chartN.xml): one clustered horizontal bar series drawing its labels and
 * figures from the sheet's cells (formulas, so Excel and LibreOffice follow the cells) with the values
 * cached beside them. The first category is drawn at the top, as the cells read.
 */
export function chartXml(chart: PlanChart, sheet: string, cells: readonly PlanCell[]): string {
  const categories = valuesIn(chart.categories, cells);
  const values = valuesIn(chart.values, cells);
  const series = [
    '<c:ser><c:idx val="0"/><c:order val="0"/>',
    `<c:tx><c:v>${xmlText(chart.seriesName)}</c:v></c:tx>`,
    `<c:spPr>${fill(BAR_COLOR)}</c:spPr>`,
    '<c:invertIfNegative val="0"/>',
    `<c:cat><c:strRef><c:f>${xmlText(absolute(sheet, chart.categories))}</c:f><c:strCache>${points(categories, asText)}</c:strCache></c:strRef></c:cat>`,
    `<c:val><c:numRef><c:f>${xmlText(absolute(sheet, chart.values))}</c:f><c:numCache><c:formatCode>General</c:formatCode>${points(values, asNumber)}</c:numCache></c:numRef></c:val>`,
    "</c:ser>",
  ].join("");
  const axes = [
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr>${line(AXIS_COLOR)}</c:spPr><c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>`,
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="t"/><c:majorGridlines><c:spPr>${line(GRID_COLOR)}</c:spPr></c:majorGridlines><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr>${line(AXIS_COLOR)}</c:spPr><c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`,
  ].join("");
  return [
    XML_HEAD,
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${REL_NS}">`,
    '<c:roundedCorners val="0"/>',
    "<c:chart>",
    titleXml(`${chart.title.vi} / ${chart.title.en}`),
    '<c:autoTitleDeleted val="0"/>',
    "<c:plotArea><c:layout/>",
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>',
    series,
    `<c:gapWidth val="50"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>`,
    axes,
    "</c:plotArea>",
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>',
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>',
    "</c:chart>",
    "</c:chartSpace>",
  ].join("");
}
