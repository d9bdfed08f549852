import { Inflate } from "pako";

/** What inflating one zip entry gave: its size and checksum, and its bytes when asked for. */
export interface Inflated {
  readonly size: number;
  readonly crc: number;
  /** Only when asked for: a part nobody reads is counted and checked, not held. */
  readonly data: Uint8Array | null;
}

/**
 * How zip entries are inflated and checksummed. Every reader takes the same limits through it; what
 * differs is the machinery: pako and a checksum of our own run anywhere (browsers, Excel's webview),
 * while Node's zlib, where it is there, does the same work in about a third of the time.
 */
export interface ZipCodec {
  /**
   * Inflates raw deflate data, never holding more than `room` bytes however much its sizes lie: past
   * that it calls `tooLarge`. `declared` is the size the zip states, a hint that may be wrong.
   */
  inflate(data: Uint8Array, declared: number, room: number, keep: boolean, tooLarge: () => never): Inflated;
  /** Zip's CRC-32 of the data. */
  crc32(data: Uint8Array): number;
}

/** The smallest output chunk, as zlib's, and the largest a part's declared size sets. */
const MIN_CHUNK = 64;
const MAX_CHUNK = 4 << 20;

/**
 * CRC-32 tables for eight bytes at a step ("slicing by 8"): every byte of every part is checksummed, and
 * a byte at a time took as long as inflating (four at a step: 0.31–0.44 ms for a report's 224 KB, eight:
 * 0.18 ms). Table k maps a byte to its CRC shifted by k more bytes.
 */
const CRC_TABLES = (() => {
  const tables = Array.from({ length: 8 }, () => new Uint32Array(256));
  const first = tables[0]!;
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    first[n] = c;
  }
  for (let k = 1; k < 8; k++)
    for (let n = 0; n < 256; n++)
      tables[k]![n] = first[tables[k - 1]![n]! & 0xff]! ^ (tables[k - 1]![n]! >>> 8);
  return tables as [
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
  ];
})();

/** Continues a CRC-32 over `data`; start from 0. */
function crc32(crc: number, data: Uint8Array): number {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = CRC_TABLES;
  let c = ~crc;
  const length = data.length;
  const whole = length - (length % 8);
  let i = 0;
  for (; i < whole; i += 8) {
    const a = c ^ (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24));
    c =
      t7[a & 0xff]! ^
      t6[(a >>> 8) & 0xff]! ^
      t5[(a >>> 16) & 0xff]! ^
      t4[a >>> 24]! ^
      t3[data[i + 4]!]! ^
      t2[data[i + 5]!]! ^
      t1[data[i + 6]!]! ^
      t0[data[i + 7]!]!;
  }
  for (; i < length; i++) c = t0[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** Chunks of `size` bytes in all, one after another in one array. */
export function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * pako, zlib's own code in JavaScript, with a checksum of our own: it refuses every stream zlib refuses,
 * as Node's zlib and LibreOffice do. fflate (a fifth faster) took deflate blocks zlib refuses, a stored
 * block whose length check is wrong among them: the page and Excel read figures from a form LibreOffice
 * showed blank and the CLI refused (red team, round 43). The output comes in one chunk of the size the
 * part declares (a size declared falsely costs at most MAX_CHUNK), counted and checksummed as it comes,
 * never more than `room` bytes, and held only when asked for.
 */
export const SCRIPT_ZIP_CODEC: ZipCodec = {
  inflate(data, declared, room, keep, tooLarge) {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let crc = 0;
    const chunkSize = Math.max(MIN_CHUNK, Math.min(declared + 1, room, MAX_CHUNK));
    const inflater = new Inflate({ raw: true, chunkSize });
    inflater.onData = (chunk: Uint8Array) => {
      size += chunk.length;
      if (size > room) tooLarge();
      crc = crc32(crc, chunk);
      if (keep) chunks.push(chunk);
    };
    // zlib's status at the stream's end (0: whole); none where the data stops before its last block.
    let status: number | undefined;
    inflater.onEnd = (end: number) => (status = end);
    // Not in zlib's finish mode: there pako stops once its first chunk is full (a part past MAX_CHUNK, or
    // one declared smaller than it is, was refused as corrupt). The stream's own end is what counts.
    inflater.push(data);
    if (status !== 0) throw new Error(`deflate data refused (zlib status ${status ?? "unfinished"})`);
    return { size, crc, data: keep ? (chunks.length === 1 ? chunks[0]! : concat(chunks, size)) : null };
  },
  crc32: (data) => crc32(0, data),
};
