import { DEFAULT_LIMITS } from "../../xlsx/limits";
import { isZip } from "../../xlsx/zip/guard";
import { sameBytes } from "../../xlsx/zip/same-bytes";
import { concat } from "../../xlsx/zip/zip-codec";
import { zipEntries } from "../../xlsx/zip/zip-entries";

/** A zip entry inflated before its file is read: where its deflated data lies in the file, and what it gave. */
export interface InflatedPart {
  /** The entry's data: its first byte in the file, and its length there. */
  readonly at: number;
  readonly length: number;
  readonly crc: number;
  readonly data: Uint8Array;
}

/**
 * The most a file's parts may declare to be inflated ahead: a report's come to about 250 KB. Past it (a
 * summary, a bomb) the reader inflates them itself, under its limits, and the job's own thread never
 * holds more than this for a file in flight.
 */
export const MAX_AHEAD_BYTES = 4 * 1024 * 1024;

/**
 * Each part's deflated bytes as last met, by name. The parts every report of a template repeats byte for
 * byte (the styles, the theme, the workbook: 8 of a report's 14) the reader's guard takes from its memory
 * of the file before (inflatedBefore): inflating them here was a third of this thread's work, for nothing.
 * Bounded as the guard's memory is; a reader that forgot one (a new one, after a crash) inflates it itself.
 */
const met = new Map<string, Uint8Array>();
const MAX_NAMES = 32;
const MAX_DEFLATED_BYTES = 64 * 1024;

function metBefore(name: string, deflated: Uint8Array): boolean {
  const before = met.get(name);
  if (before && sameBytes(before, deflated)) return true;
  if (deflated.length > MAX_DEFLATED_BYTES) return false;
  if (!met.has(name) && met.size >= MAX_NAMES) met.clear();
  // Copied: the file's bytes are handed to the reader.
  met.set(name, deflated.slice());
  return false;
}

/** A gzip member's header: deflate, no name, no time, no flags. */
const GZIP_HEADER = Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff);

/**
 * A part's raw deflate data as a gzip member whose trailer holds the checksum and size the zip declares
 * for it: the browser's zlib checks both as it inflates, which spares this thread a checksum in script
 * (a tenth of its work in a roll-up).
 */
function gzipMember(deflated: Uint8Array, crc: number, size: number): Uint8Array<ArrayBuffer> {
  const member = new Uint8Array(GZIP_HEADER.length + deflated.length + 8);
  member.set(GZIP_HEADER);
  member.set(deflated, GZIP_HEADER.length);
  const trailer = new DataView(member.buffer, GZIP_HEADER.length + deflated.length);
  trailer.setUint32(0, crc, true);
  trailer.setUint32(4, size, true);
  return member;
}

/**
 * A part inflated by the browser's own zlib, or undefined where it gives more than `declared` bytes or
 * refuses the data, its checksum or its size: the reader then inflates it as it always has, and refuses
 * it if need be.
 */
async function inflateNatively(
  deflated: Uint8Array,
  crc: number,
  declared: number,
): Promise<Uint8Array | undefined> {
  const inflater = new DecompressionStream("gzip");
  const writer = inflater.writable.getWriter();
  // Refused data fails these as well as the reading below, which is where it counts.
  writer.write(gzipMember(deflated, crc, declared)).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = inflater.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > declared) {
        void reader.cancel().catch(() => undefined);
        return undefined;
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  return chunks.length === 1 ? chunks[0]! : concat(chunks, size);
}

/**
 * The deflated parts of a received zip, inflated and checksummed on the job's thread while a reader reads
 * the file before it, so that the reader only reads (inflating was a fifth of its time, in script; the
 * browser's zlib takes less). Nothing here decides anything: a part that is not inflated here, for any
 * reason, is inflated by the reader as before, which checks every part's size and checksum as before.
 */
export async function inflateAhead(bytes: Uint8Array, name: string): Promise<InflatedPart[]> {
  if (typeof DecompressionStream !== "function" || !isZip(bytes)) return [];
  let entries;
  try {
    entries = zipEntries(bytes, name, DEFAULT_LIMITS).filter((entry) => entry.method === 8);
  } catch {
    return [];
  }
  if (entries.reduce((sum, entry) => sum + entry.size, 0) > MAX_AHEAD_BYTES) return [];
  const parts: InflatedPart[] = [];
  // One after another: at once, the streams' hand-overs cost more than they gave.
  for (const { name: part, dataStart: at, compressedSize: length, size, crc } of entries) {
    const deflated = bytes.subarray(at, at + length);
    if (metBefore(part, deflated)) continue;
    // Inflated at all, it holds the declared checksum and size: zlib checked both.
    const data = await inflateNatively(deflated, crc, size);
    if (data) parts.push({ at, length, crc, data });
  }
  return parts;
}
