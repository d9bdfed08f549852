import type { Extent, SheetPrint } from "../grid/grid";
import { A4 } from "../grid/paper";

/** Excel's "Normal" margins, in points: 0.7 inch at the sides, 0.75 at the top and the bottom. */
const NORMAL_MARGINS = { left: 50.4, right: 50.4, top: 54, bottom: 54 };

/** The scales a program prints at, in percent: LibreOffice and Excel raise a smaller one to 10 and cap at 400. */
const LEAST_SCALE = 10;
const MOST_SCALE = 400;

/** How many pages a length takes at a scale, on pages holding `room` of it: none where nothing fits. */
const pagesFor = (length: number, room: number, scale: number) =>
  room <= 0 ? Infinity : Math.max(1, Math.ceil((length * scale) / 100 / room - 1e-9));

/**
 * The scale, in percent, at which LibreOffice prints a sheet of this page setup and printed size: its
 * own (raised to 10 %, capped at 400 %) unless it is fitted to pages (so many wide and tall, or in all); fitted, the scale LibreOffice's
 * search finds (ScPrintFunc::CalcZoom): from 100 % it halves towards the last scale that fitted until the
 * area fits so many pages wide and tall, and stops at the first scale of 10 % or less it comes to — an
 * area that fits at no scale over 12 % prints at 6 % (red team, round 13: 0.9-pt letters). Fitted to no
 * count of pages either way, it prints at 100 %. Pages are counted as the area's length over a page's
 * room, without the breaks between whole rows and columns, so the scale found errs large, never small.
 */
export function printedScale(print: Omit<SheetPrint, "areas">, area: Extent): number {
  if (!print.fit) return Math.min(MOST_SCALE, Math.max(LEAST_SCALE, print.scale ?? 100));
  const { wide, tall, pages } = print.fit;
  if (pages !== undefined ? pages <= 0 : wide <= 0 && tall <= 0) return 100;
  const paper = print.paper ?? A4;
  const margins = print.margins ?? NORMAL_MARGINS;
  const room = {
    width: paper.width - margins.left - margins.right,
    height: paper.height - margins.top - margins.bottom,
  };
  const fits = (scale: number) => {
    const [across, down] = [
      pagesFor(area.width, room.width, scale),
      pagesFor(area.height, room.height, scale),
    ];
    if (pages !== undefined) return across * down <= pages;
    return (wide <= 0 || across <= wide) && (tall <= 0 || down <= tall);
  };
  let scale = 100;
  let [lastFit, lastNotFit] = [0, 0];
  while (scale > LEAST_SCALE) {
    if (fits(scale)) {
      if (scale === 100) break;
      lastFit = scale;
      scale = Math.trunc((lastNotFit + scale) / 2);
      if (lastFit === scale) break;
    } else {
      if (scale - lastFit <= 1) return lastFit;
      lastNotFit = scale;
      scale = Math.trunc((lastFit + scale) / 2);
    }
  }
  return scale;
}
