/** A shared string of an .xls written in runs of fonts: its text, and where each run starts in it. */
export interface RichString {
  readonly text: string;
  /** Each run's first character (from 0) and font (a FONT index, as an XF names one), in order. */
  readonly runs: readonly { readonly from: number; readonly font: number }[];
}

const HIGH_BYTE = 0x01;
const EXT_ST = 0x04;
const RICH_ST = 0x08;

/** Thrown where the records end inside a string: the strings read so far are kept. */
const CUT_SHORT = Symbol("cut short");

/**
 * Reads an SST record's body and its CONTINUE records' as one stream (MS-XLS 2.4.265): a string's
 * characters may run on into the next record, which then begins with a byte saying whether they are of
 * one byte or two; any other field runs on as it is.
 */
class ContinuedBytes {
  private part = 0;
  private at = 0;

  constructor(private readonly parts: readonly Uint8Array[]) {}

  /** Whether the part being read is read to its end. */
  private get atEnd(): boolean {
    return this.at >= this.parts[this.part]!.length;
  }

  private next(): void {
    if (++this.part >= this.parts.length) throw CUT_SHORT;
    this.at = 0;
  }

  byte(): number {
    while (this.atEnd) this.next();
    return this.parts[this.part]![this.at++]!;
  }

  word(): number {
    return this.byte() | (this.byte() << 8);
  }

  dword(): number {
    return (this.word() | (this.word() << 16)) >>> 0;
  }

  skip(count: number): void {
    for (let left = count; left > 0; ) {
      while (this.atEnd) this.next();
      const taken = Math.min(left, this.parts[this.part]!.length - this.at);
      this.at += taken;
      left -= taken;
    }
  }

  /** `count` characters, of two bytes each where `wide`; kept only where `keep` (else skipped). */
  characters(count: number, wide: boolean, keep: boolean): string {
    let out = "";
    let two = wide;
    for (let left = count; left > 0; ) {
      if (this.atEnd) {
        this.next();
        const width = this.byte();
        // LibreOffice reads the lowest bit of a continued string's width byte, SheetJS any bit set as two
        // bytes a character: of another byte each reads other letters (red team, round 22: a row label
        // LibreOffice showed garbled was read as written).
        if (width > HIGH_BYTE) throw new Error(`a shared string continued with width byte ${width}`);
        two = width === HIGH_BYTE;
      }
      const bytes = this.parts[this.part]!;
      const taken = Math.min(left, Math.floor((bytes.length - this.at) / (two ? 2 : 1)));
      // A record ending inside a character (an odd byte of a two-byte one): LibreOffice passes over the
      // byte and goes on in the next record, after its own width byte.
      if (taken === 0) {
        this.at = bytes.length;
        continue;
      }
      if (keep)
        for (let i = 0; i < taken; i++)
          out += String.fromCharCode(
            two ? bytes[this.at + 2 * i]! | (bytes[this.at + 2 * i + 1]! << 8) : bytes[this.at + i]!,
          );
      this.at += taken * (two ? 2 : 1);
      left -= taken;
    }
    return out;
  }
}

/**
 * The shared strings of an .xls (its SST record and the CONTINUE records after it, `parts`) written in
 * runs of fonts, by their index: SheetJS reads their text and drops the runs, in which a word may be
 * written in white or too small to see. A table cut short keeps what was read before the cut; one whose
 * strings LibreOffice and SheetJS read apart throws.
 */
export function richStrings(parts: readonly Uint8Array[]): ReadonlyMap<number, RichString> {
  const found = new Map<number, RichString>();
  if (parts.length === 0 || parts[0]!.length < 8) return found;
  const bytes = new ContinuedBytes(parts);
  bytes.skip(4);
  const count = bytes.dword();
  try {
    for (let index = 0; index < count; index++) {
      const length = bytes.word();
      const flags = bytes.byte();
      const runCount = flags & RICH_ST ? bytes.word() : 0;
      const extended = flags & EXT_ST ? bytes.dword() : 0;
      // An empty text shows nothing, in whatever font.
      const rich = runCount > 0 && length > 0;
      const text = bytes.characters(length, (flags & HIGH_BYTE) !== 0, rich);
      const runs: { from: number; font: number }[] = [];
      for (let run = 0; run < runCount; run++) {
        const [from, font] = [bytes.word(), bytes.word()];
        // As LibreOffice draws them: a run past the text is none, and one not after the last replaces its
        // font (runs must rise; a file of a thousand repeated ones shows as few as its text has letters).
        const last = runs[runs.length - 1];
        if (!rich || from >= length) continue;
        if (last && from <= last.from) last.font = font;
        else runs.push({ from, font });
      }
      bytes.skip(extended);
      if (rich) found.set(index, { text, runs });
    }
  } catch (error) {
    if (error !== CUT_SHORT) throw error;
  }
  return found;
}
