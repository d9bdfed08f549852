import { crc32 } from "node:zlib";
import { strToU8, zipSync } from "fflate";
import { NATIVE_ZIP_CODEC } from "../../../src/cli/native-zip-codec";
import { DEFAULT_LIMITS, FileError } from "../../../src/xlsx";
import { guardFile } from "../../../src/xlsx/zip/guard";
import { SCRIPT_ZIP_CODEC, type ZipCodec } from "../../../src/xlsx/zip/zip-codec";
import type { ReadLimits } from "../../../src/xlsx/limits";

const STYLES = strToU8(`<styleSheet>${"<xf numFmtId='3'/>".repeat(400)}</styleSheet>`);
const zip = (styles = STYLES) => zipSync({ "xl/styles.xml": styles }, { level: 6 });
const guard = (bytes: Uint8Array, codec: ZipCodec, limits: ReadLimits = DEFAULT_LIMITS) =>
  guardFile(bytes, "nhan.xlsx", limits, () => true, codec);

const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes!).toString("utf8");

/** The zip with every copy of the entry's CRC-32 (its local header's and the directory's) changed. */
function withWrongChecksum(bytes: Uint8Array): Uint8Array {
  const crc = Buffer.alloc(4);
  crc.writeUInt32LE(crc32(STYLES));
  const out = Buffer.from(bytes);
  for (let at = out.indexOf(crc); at >= 0; at = out.indexOf(crc, at + 4)) out[at] = out[at]! ^ 0x01;
  return new Uint8Array(out);
}

describe.each([
  ["pako (pages, Excel)", SCRIPT_ZIP_CODEC],
  ["Node's zlib (CLI)", NATIVE_ZIP_CODEC],
])("an entry repeated from the last file, with %s", (_, codec) => {
  it("gives the same bytes as inflating it again", () => {
    const first = guard(zip(), codec).get("xl/styles.xml")!;
    const again = guard(zip(), codec).get("xl/styles.xml")!;
    expect(text(again)).toBe(text(STYLES));
    expect(again).toBe(first);
  });

  it("is refused where the directory's checksum is not the one it inflated to", () => {
    guard(zip(), codec);
    expect(() => guard(withWrongChecksum(zip()), codec)).toThrow(FileError);
    expect(() => guard(withWrongChecksum(zip()), codec)).toThrow(/corrupt/);
  });

  it("is refused where the file's limits leave it no room", () => {
    guard(zip(), codec);
    const limits = { ...DEFAULT_LIMITS, maxPartBytes: STYLES.length - 1 };
    expect(() => guard(zip(), codec, limits)).toThrow(FileError);
  });

  it("of other bytes under the same name is inflated anew", () => {
    guard(zip(), codec);
    const other = strToU8(`<styleSheet>${"<xf numFmtId='4'/>".repeat(400)}</styleSheet>`);
    expect(text(guard(zip(other), codec).get("xl/styles.xml"))).toBe(text(other));
  });
});
