import { createHash } from "node:crypto";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { decryptedWorkbook } from "../../../src/xlsx/sheetjs/xls-decryption";
import { FILEPASS, records, workbookStream } from "../../../src/xlsx/sheetjs/xls-records";
import { sheetJsOutcome } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";
import { reportParts } from "../../support/report-parts";

// Red team, round 58: a workbook whose structure is protected (Excel: Review → Protect Workbook;
// LibreOffice: Tools → Protect Spreadsheet Structure), saved as .xls, is encrypted with a password
// everyone knows ("VelvetSweatshop"): both programs open it with no prompt. It was refused as
// password-protected, and the clerk had no password to remove.

describe("an .xls whose structure is protected", () => {
  it("is read as LibreOffice opens it, the same as the file unprotected", async () => {
    const report = await reportParts();
    const ods = unzipSync(resaveWith(report.bytes, "xlsx", "ods"));
    ods["content.xml"] = strToU8(
      strFromU8(ods["content.xml"]!).replace(
        "<office:spreadsheet>",
        '<office:spreadsheet table:structure-protected="true">',
      ),
    );
    const locked = resaveWith(zipSync(ods), "ods", "xls");
    const stream = workbookStream(locked)!;
    expect([...records(stream)].slice(0, 3).map(({ type }) => type)).toContain(FILEPASS);
    const plain = sheetJsOutcome(resaveWith(report.bytes, "xlsx", "xls"), "r.xls");
    const read = sheetJsOutcome(locked, "r.xls");
    expect(plain.read && read.read).toBe(true);
    // The same report and findings; LibreOffice writes no formula's text result into an encrypted .xls
    // (a 0 in its place), so the forms' cells are not compared whole.
    expect(read.read && read.extraction.report).toEqual(plain.read && plain.extraction.report);
    expect(read.read && read.extraction.meta).toEqual(plain.read && plain.extraction.meta);
    expect(read.read && read.findings).toEqual(plain.read && plain.findings);
  }, 60_000);
});

/** RC4 over `data`, written out here apart from the reader's. */
function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = [...Array(256).keys()];
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) % 256;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  let [i, j] = [0, 0];
  return data.map((byte) => {
    i = (i + 1) % 256;
    j = (j + s[i]!) % 256;
    [s[i], s[j]] = [s[j]!, s[i]!];
    return byte ^ s[(s[i]! + s[j]!) % 256]!;
  });
}

const sha1 = (...parts: Uint8Array[]) =>
  new Uint8Array(createHash("sha1").update(Buffer.concat(parts)).digest());
const u16 = (n: number) => [n & 0xff, n >> 8];
const u32 = (n: number) => [...u16(n & 0xffff), ...u16(n >>> 16)];
const record = (type: number, body: number[]) => [...u16(type), ...u16(body.length), ...body];

/**
 * A workbook stream Excel's way (CryptoAPI RC4, version 4.2, a 128-bit key) encrypted with `password`:
 * BOF, FILEPASS, then `plain` records, each body encrypted at its offset in the stream, 1,024 bytes a key.
 */
function cryptoApiStream(password: string, plain: { type: number; body: number[] }[]): Uint8Array {
  const salt = Uint8Array.from({ length: 16 }, (_, i) => i * 7);
  const base = sha1(salt, Buffer.from(password, "utf16le"));
  const key = (block: number) => sha1(base, Uint8Array.from(u32(block))).subarray(0, 16);
  const verifier = Uint8Array.from({ length: 16 }, (_, i) => i * 3 + 1);
  const sealed = rc4(key(0), Uint8Array.from([...verifier, ...sha1(verifier)]));
  const header = [
    ...u32(0),
    0,
    0,
    0,
    0,
    ...u32(0x6801),
    ...u32(0x8004),
    ...u32(128),
    ...u32(1),
    ...u32(0),
    ...u32(0),
  ];
  const filePass = [
    ...u16(1),
    ...u16(4),
    ...u16(2),
    ...u32(0),
    ...u32(header.length),
    ...header,
    ...u32(16),
    ...salt,
    ...sealed.subarray(0, 16),
    ...u32(20),
    ...sealed.subarray(16),
  ];
  const stream = Uint8Array.from([
    ...record(0x0809, [0, 6, 5, 0, ...Array<number>(12).fill(0)]),
    ...record(FILEPASS, filePass),
    ...plain.flatMap(({ type, body }) => record(type, body)),
  ]);
  const start = 20 + 4 + filePass.length;
  for (const { type, at, body } of records(stream, start)) {
    const from = at + 4 + (type === 0x0085 ? 4 : 0);
    for (let offset = from; offset < at + 4 + body.length; offset++) {
      const pad = rc4(key(Math.floor(offset / 1024)), new Uint8Array(1024));
      stream[offset] = stream[offset]! ^ pad[offset % 1024]!;
    }
  }
  return stream;
}

describe("an .xls encrypted Excel's way (CryptoAPI RC4)", () => {
  // Records across the first 1,024 bytes' key into the next, a sheet's place left plain, as Excel leaves it.
  const plain = [
    { type: 0x0085, body: [0x34, 0x12, 0, 0, 0, 0, 3, 0, ...Array.from({ length: 3 }, () => 0x41)] },
    { type: 0x00fc, body: Array.from({ length: 1500 }, (_, i) => i % 251) },
    { type: 0x000a, body: [] },
  ];

  it("is decrypted with its password, each record as written, FILEPASS made a record no reader knows", () => {
    const decrypted = decryptedWorkbook(cryptoApiStream("VelvetSweatshop", plain));
    expect(decrypted).toBeDefined();
    const read = [...records(decrypted!)];
    expect(read.map(({ type }) => type)).toEqual([0x0809, 0, 0x0085, 0x00fc, 0x000a]);
    expect(read.slice(2).map(({ body }) => [...body])).toEqual(plain.map(({ body }) => body));
  });

  it("is left to be refused where another password opens it", () => {
    expect(decryptedWorkbook(cryptoApiStream("mật khẩu", plain))).toBeUndefined();
    expect(decryptedWorkbook(cryptoApiStream("mật khẩu", plain), "mật khẩu")).toBeDefined();
  });
});
