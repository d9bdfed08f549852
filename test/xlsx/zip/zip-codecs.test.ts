import { constants, crc32, deflateRawSync } from "node:zlib";
import { strFromU8, strToU8, zipSync } from "fflate";
import { NATIVE_ZIP_CODEC } from "../../../src/cli/native-zip-codec";
import { DEFAULT_LIMITS, FileError } from "../../../src/xlsx";
import { guardFile } from "../../../src/xlsx/zip/guard";
import { cpuTimed } from "../../support/cpu-time";
import { reportBytes } from "../../support/report-file";
import { SCRIPT_ZIP_CODEC, type ZipCodec } from "../../../src/xlsx/zip/zip-codec";
import { lieAboutSizes, MiB, zeros, zipOf } from "../../support/zips";

let template: Uint8Array;

beforeAll(async () => {
  template = await reportBytes("CD_P03", 3);
});

function refusal(bytes: Uint8Array, codec: ZipCodec): FileError {
  try {
    guardFile(bytes, "nhan.xlsx", DEFAULT_LIMITS, () => true, codec);
  } catch (error) {
    expect(error).toBeInstanceOf(FileError);
    return error as FileError;
  }
  throw new Error("the file was accepted");
}

describe.each([
  ["pako (pages, Excel)", SCRIPT_ZIP_CODEC],
  ["Node's zlib (CLI)", NATIVE_ZIP_CODEC],
])("the guard's limits with %s", (_, codec) => {
  it("refuses a bomb by the part it inflates, quickly and within bounded memory, even lying about sizes", () => {
    const bomb = zipOf({ "[Content_Types].xml": [strToU8("<Types/>")], "xl/a.xml": zeros(120) });
    for (const bytes of [bomb, lieAboutSizes(bomb, 1000)]) {
      const rssBefore = process.memoryUsage().rss;
      const { result: refused, ms } = cpuTimed(() => refusal(bytes, codec));
      expect(refused.text.en).toContain('Part "xl/a.xml" of file "nhan.xlsx" expands');
      expect(ms).toBeLessThan(5_000);
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(50 * MiB);
    }
  });

  it("refuses parts within the part cap that together inflate past the total", () => {
    const bytes = zipOf({ "a.xml": zeros(12), "b.xml": zeros(12), "c.xml": zeros(12) });
    expect(refusal(bytes, codec).text.en).toContain("expands to too much data (over 33554432 bytes)");
  });

  it("refuses a part whose declared size is not what it inflates to", () => {
    const zip = zipSync({ "a.xml": strToU8("<a>12345</a>") }, { level: 6 });
    expect(refusal(lieAboutSizes(zip, 5), codec).text.en).toContain("irregular zip structure");
  });

  it("refuses damaged data, stored or deflated, by its checksum or as corrupt", () => {
    const stored = zipSync({ "a.xml": strToU8("<a>12345</a>") }, { level: 0 });
    stored[Buffer.from(stored).indexOf("12345") + 2] = 0x38;
    expect(refusal(stored, codec).text.en).toContain("corrupt or unreadable");
    const damaged = template.slice();
    damaged.fill(0xff, 2_000, 2_400);
    expect(refusal(damaged, codec).text.en).toContain("corrupt or unreadable");
  });

  it("refuses deflate data zlib refuses, whose checksum is right: a stored block's length check, no last block", () => {
    const hello = strToU8("hello");
    const tooLarge = (): never => {
      throw new Error("too large");
    };
    const inflate = (data: Uint8Array) => () => codec.inflate(data, 5, MiB, true, tooLarge);
    // A last block stored: its length, 5, then the length's complement, here wrong (0 for 0xfffa).
    const stored = (check: number[]) => Uint8Array.from([0x01, 5, 0, ...check, ...hello]);
    const text = (data: Uint8Array) => strFromU8(codec.inflate(data, 5, MiB, true, tooLarge).data!);
    expect(text(stored([0xfa, 0xff]))).toBe("hello");
    expect(inflate(stored([0, 0]))).toThrow();
    // The data ends on a flush, with no last block: zlib's "unexpected end of file".
    const flushed = deflateRawSync(hello, { finishFlush: constants.Z_SYNC_FLUSH });
    expect(inflate(flushed)).toThrow();
    expect(text(deflateRawSync(hello))).toBe("hello");
  });

  it("inflates a part longer than one chunk, or than it declares, whole", () => {
    const tooLarge = (): never => {
      throw new Error("too large");
    };
    const zeros = new Uint8Array(4 * MiB + 1);
    for (const declared of [zeros.length, 1000]) {
      const out = codec.inflate(deflateRawSync(zeros), declared, 16 * MiB, true, tooLarge);
      expect({ size: out.size, crc: out.crc, length: out.data!.length }).toEqual({
        size: zeros.length,
        crc: crc32(zeros),
        length: zeros.length,
      });
    }
  });

  it("gives every part of a real workbook byte for byte as the other codec does", () => {
    const mine = guardFile(template, "t.xlsx", DEFAULT_LIMITS, () => true, codec);
    const other = guardFile(
      template,
      "t.xlsx",
      DEFAULT_LIMITS,
      () => true,
      codec === SCRIPT_ZIP_CODEC ? NATIVE_ZIP_CODEC : SCRIPT_ZIP_CODEC,
    );
    expect(mine.size).toBeGreaterThan(5);
    expect([...mine.keys()]).toEqual([...other.keys()]);
    for (const [name, data] of mine)
      expect(Buffer.from(data).equals(Buffer.from(other.get(name)!))).toBe(true);
  });
});

describe("the script codec's checksum", () => {
  it("is zlib's CRC-32 for every length around its eight-byte steps and for a long part", () => {
    const bytes = Uint8Array.from({ length: 70_001 }, (_, i) => (i * 7919 + (i >> 7)) & 0xff);
    const lengths = [...Array.from({ length: 40 }, (_, n) => n), 4_093, 70_001];
    for (const length of lengths) {
      const part = bytes.subarray(3, 3 + length);
      expect([length, SCRIPT_ZIP_CODEC.crc32(part)]).toEqual([length, crc32(part)]);
    }
  });
});
