import type { PlanChart } from "../../../core/layout/plan";
import { CHART_NS, DRAWING_NS } from "./chart-xml";
import { REL_NS } from "../../xml/namespaces";
import { XML_HEAD } from "./xml-text";

const SHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

const marker = (tag: "from" | "to", row: number, col: number) =>
  `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/**
 * A sheet's drawing part (xl/drawings/drawingN.xml): each chart in a frame anchored to the cells it
 * covers, so it moves and grows with them. `chartRels` are the drawing's relationship ids of the charts.
 */
export function drawingXml(charts: readonly PlanChart[], chartRels: readonly string[]): string {
  const anchors = charts.map((chart, i) => {
    const { row, col } = chart.anchor;
    return [
      "<xdr:twoCellAnchor>",
      marker("from", row, col),
      marker("to", row + chart.size.rows, col + chart.size.cols),
      '<xdr:graphicFrame macro="">',
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>',
      `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" r:id="${chartRels[i]}"/></a:graphicData></a:graphic>`,
      "</xdr:graphicFrame>",
      "<xdr:clientData/>",
      "</xdr:twoCellAnchor>",
    ].join("");
  });
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${SHEET_DRAWING_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${REL_NS}">${anchors.join("")}</xdr:wsDr>`;
}
