import type { Area } from "../../core/grid/a1";
import { cellCornersArea, MAX_ANCHORS } from "../sheet-geometry/drawing-places";
import { dword, word } from "./xls-records";

/** OfficeArt record types (MS-ODRAW 2.2, MS-XLS 2.5.193). */
const SHAPE_CONTAINER = 0xf004;
const CLIENT_ANCHOR = 0xf010;
const CLIENT_DATA = 0xf011;
/** A container's version nibble: its body is records. */
const CONTAINER = 0xf;
const HEADER = 8;
const ANCHOR_LENGTH = 18;
/** Deeper than any drawing a program writes (a group in a group in a group...): refused. */
const MAX_DEPTH = 32;

/** A shape of a sheet's drawing that is placed on the sheet's cells. */
export interface XlsShape {
  /** The cells it covers, wholly or in part. */
  readonly area: Area;
  /**
   * Which of the sheet's MSODRAWING records (from 0) its client data lies in: the OBJ record after that
   * one says what the shape is. Absent where it has none.
   */
  readonly record?: number;
}

/**
 * The shapes of a sheet's drawing anchored to its cells, from its MSODRAWING records' data joined
 * (`starts`: where each record's data starts in it). A group's children are placed by the group's anchor,
 * which covers them. A record past the data or its container is refused: programs read it apart.
 */
export function officeArtShapes(data: Uint8Array, starts: readonly number[]): XlsShape[] {
  const shapes: { area?: Area; record?: number }[] = [];
  const ends: number[] = [];
  let record = 0;
  for (let at = 0; at < data.length; ) {
    while (ends.length > 0 && at >= ends[ends.length - 1]!) ends.pop();
    if (at + HEADER > data.length) throw new Error(`OfficeArt record cut short at ${at}`);
    const [kind, type, end] = [word(data, at) & 0xf, word(data, at + 2), at + HEADER + dword(data, at + 4)];
    if (end > (ends[ends.length - 1] ?? data.length))
      throw new Error(`OfficeArt record 0x${type.toString(16)} past its container at ${at}`);
    while (record + 1 < starts.length && starts[record + 1]! <= at) record++;
    const shape = shapes[shapes.length - 1];
    if (kind === CONTAINER) {
      if (ends.length >= MAX_DEPTH) throw new Error(`OfficeArt nested deeper than ${MAX_DEPTH}`);
      ends.push(end);
      if (type === SHAPE_CONTAINER && shapes.push({}) > MAX_ANCHORS)
        throw new Error(`more than ${MAX_ANCHORS} drawings on a sheet`);
      at += HEADER;
      continue;
    }
    if (type === CLIENT_ANCHOR && shape) {
      if (end - at < HEADER + ANCHOR_LENGTH)
        throw new Error(`OfficeArt anchor of ${end - at - HEADER} bytes`);
      // flags, then colL, dxL, rwT, dyT, colR, dxR, rwB, dyB; dx in 1024ths of a column, dy 256ths of a row.
      const [colL, dxL, rwT, dyT, colR, dxR, rwB, dyB] = [2, 4, 6, 8, 10, 12, 14, 16].map((i) =>
        word(data, at + HEADER + i),
      ) as [number, number, number, number, number, number, number, number];
      shape.area = cellCornersArea(
        { col: colL, colOff: dxL, row: rwT, rowOff: dyT },
        { col: colR, colOff: dxR, row: rwB, rowOff: dyB },
        0,
      );
    }
    if (type === CLIENT_DATA && shape) shape.record = record;
    at = end;
  }
  return shapes.flatMap(({ area, record }) =>
    area ? [{ area, ...(record !== undefined ? { record } : {}) }] : [],
  );
}
