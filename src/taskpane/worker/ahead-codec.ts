import { SCRIPT_ZIP_CODEC, type Inflated, type ZipCodec } from "../../xlsx/zip/zip-codec";
import type { InflatedPart } from "./inflate-ahead";

/**
 * A reader's zip codec that takes a part inflated ahead (see inflateAhead) in place of inflating it, and
 * inflates in script whatever was not: within the room the reader gives it, as the script codec would,
 * so every limit and refusal is the script codec's. One for the reader's life: the guard knows the parts
 * a codec inflated before by the codec, and a new one each file would inflate them all again.
 */
export class AheadCodec implements ZipCodec {
  private file: Uint8Array | null = null;
  private parts = new Map<number, InflatedPart>();

  /** `read`, run on `file` with the parts inflated ahead for it, which it forgets after. */
  reading<T>(file: Uint8Array, parts: readonly InflatedPart[], read: () => T): T {
    this.file = file;
    this.parts = new Map(parts.map((part) => [part.at, part]));
    try {
      return read();
    } finally {
      this.file = null;
      this.parts = new Map();
    }
  }

  inflate(data: Uint8Array, declared: number, room: number, keep: boolean, tooLarge: () => never): Inflated {
    const part =
      this.file && data.buffer === this.file.buffer
        ? this.parts.get(data.byteOffset - this.file.byteOffset)
        : undefined;
    if (part && part.length === data.length && part.data.length < room)
      return { size: part.data.length, crc: part.crc, data: keep ? part.data : null };
    return SCRIPT_ZIP_CODEC.inflate(data, declared, room, keep, tooLarge);
  }

  crc32(data: Uint8Array): number {
    return SCRIPT_ZIP_CODEC.crc32(data);
  }
}
