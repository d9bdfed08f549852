import * as XLSX from "@e965/xlsx";
import { randomBytes } from "crypto";
import { strToU8, zipSync } from "fflate";
import { defaultTargets, layoutReport, parsePeriod, TEMPLATE_IDS } from "../../../src/core";
import {
  checkFileSize,
  DEFAULT_LIMITS,
  FileError,
  readWorkbookGrid,
  writeWorkbookPlan,
  type ReadLimits,
} from "../../../src/xlsx";
import { cpuTimed } from "../../support/cpu-time";
import { concat, lieAboutSizes, MiB, numbersWorkbook, zeros, zipOf } from "../../support/zips";

let template: Uint8Array;

beforeAll(async () => {
  template = await writeWorkbookPlan(
    layoutReport({
      unit: { code: "CD_P03", name: "Công đoàn P03" },
      period: parsePeriod("2025")!,
      templates: TEMPLATE_IDS,
      targets: defaultTargets(TEMPLATE_IDS),
    }),
  );
});

/** A small .xlsx-looking zip whose sheet inflates to `mib` MiB of zeros, built without holding them. */
const zipBomb = (mib: number, sheet = "xl/worksheets/sheet1.xml") =>
  zipOf({ "[Content_Types].xml": [strToU8("<Types/>")], [sheet]: zeros(mib) });

/** Lists the last central-directory entry twice: the parser would inflate one entry's data twice. */
function duplicateLastEntry(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  const [count, size, start] = [
    view.getUint16(end + 10, true),
    view.getUint32(end + 12, true),
    view.getUint32(end + 16, true),
  ];
  let last = start;
  for (let i = 0; i < count - 1; i++)
    last += 46 + view.getUint16(last + 28, true) + view.getUint16(last + 30, true);
  const entry = zip.slice(last, start + size);
  const eocd = zip.slice(end);
  const eocdView = new DataView(eocd.buffer);
  eocdView.setUint16(8, count + 1, true);
  eocdView.setUint16(10, count + 1, true);
  eocdView.setUint32(12, size + entry.length, true);
  return concat([zip.subarray(0, start + size), entry, eocd]);
}

function refusal(bytes: Uint8Array, limits: Partial<ReadLimits> = {}, file = "nhan-duoc.xlsx"): FileError {
  try {
    readWorkbookGrid(bytes, file, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(FileError);
    const refused = error as FileError;
    expect(refused.file).toBe(file);
    expect(refused.text.vi).toContain(file);
    expect(refused.text.en).toContain(file);
    return refused;
  }
  throw new Error("the file was accepted");
}

describe("files refused before parsing", () => {
  it("refuses a zip bomb quickly, without inflating it whole, even when it lies about its sizes", () => {
    const bomb = zipBomb(120);
    expect(bomb.length).toBeLessThan(DEFAULT_LIMITS.maxFileBytes / 20);
    for (const bytes of [bomb, lieAboutSizes(bomb, 1000)]) {
      const rssBefore = process.memoryUsage().rss;
      const { result: refused, ms } = cpuTimed(() => refusal(bytes));
      expect(refused.text.en).toContain('Part "xl/worksheets/sheet1.xml" of file "nhan-duoc.xlsx" expands');
      expect(ms).toBeLessThan(5_000);
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(50 * MiB);
    }
  });

  it("refuses a zip whose directory lists the same data twice", () => {
    const zip = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/workbook.xml": strToU8("<workbook/>"),
    });
    expect(refusal(duplicateLastEntry(zip)).text.en).toContain("irregular zip structure");
  });

  it("refuses a zip with more entries than allowed", () => {
    expect(refusal(template, { maxZipEntries: 3 }).text.en).toContain("too many compressed parts");
  });

  it("refuses a file larger than allowed", () => {
    expect(refusal(template, { maxFileBytes: 1_000 }).text.en).toContain("too large");
  });

  it("refuses by its size alone a file not yet read, as reading it would", () => {
    expect(() => checkFileSize(DEFAULT_LIMITS.maxFileBytes, "lon.xlsx")).not.toThrow();
    expect(() => checkFileSize(2 * 1024 * MiB, "lon.xlsx")).toThrow(
      'File "lon.xlsx" is too large (2147483648 bytes; the limit is 20971520).',
    );
    let bySize: unknown;
    try {
      checkFileSize(template.length, "nhan-duoc.xlsx", { maxFileBytes: 1_000 });
    } catch (error) {
      bySize = error;
    }
    expect(bySize).toBeInstanceOf(FileError);
    expect((bySize as FileError).text).toEqual(refusal(template, { maxFileBytes: 1_000 }).text);
  });

  it.each([
    ["CSV", strToU8("Chỉ tiêu,Số lượng\nĐoàn viên,12\n")],
    ["HTML", strToU8("<html><body><table><tr><td>1</td></tr></table></body></html>")],
    ["random bytes", Uint8Array.from(randomBytes(4096), (b, i) => (i === 0 ? 0 : b))],
    ["an empty file", new Uint8Array(0)],
  ])("refuses %s as not a spreadsheet", (_, bytes) => {
    expect(refusal(bytes).text.en).toContain(
      "is not an Excel (.xlsx, .xls) or OpenDocument (.ods) spreadsheet",
    );
  });
});

describe("how much a file may inflate to", () => {
  it("refuses a small workbook holding 17 MB of sheet XML before parsing it, naming the part", () => {
    const { bytes } = numbersWorkbook(17_000_000);
    expect(bytes.length).toBeLessThan(200 * 1024);
    const rssBefore = process.memoryUsage().rss;
    const { result: refused, ms } = cpuTimed(() => refusal(bytes));
    expect(refused.text.vi).toContain(
      'Phần "xl/worksheets/sheet1.xml" của tệp "nhan-duoc.xlsx" giải nén ra quá lớn',
    );
    expect(refused.text.en).toContain('Part "xl/worksheets/sheet1.xml" of file "nhan-duoc.xlsx" expands');
    // Parsing it took 2.5 s and over 150 MiB before the cell cap refused it.
    expect(ms).toBeLessThan(2_000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(96 * MiB);
  });

  it("reads a workbook of the same kind whose sheet is within the caps", () => {
    const { bytes, cells } = numbersWorkbook(MiB);
    const grid = readWorkbookGrid(bytes, "so.xlsx");
    expect(grid.sheets[0]!.cells.size).toBe(cells);
    expect(grid.sheets[0]!.cells.get("C3")).toEqual({ value: { type: "number", value: 2 } });
  });

  it("refuses parts each within the part cap that together inflate past the total", () => {
    // Three 12 MiB parts: each under the 16 MiB part cap, 36 MiB together over the 32 MiB total.
    const bytes = zipOf({ "a.xml": zeros(12), "b.xml": zeros(12), "c.xml": zeros(12) });
    const refused = refusal(bytes);
    expect(refused.text.en).toBe(
      'File "nhan-duoc.xlsx" expands to too much data (over 33554432 bytes); it may be damaged or malicious: ask the sender to open it in Excel, save it and send it again.',
    );
  });

  it("names a part in a message without the control characters its name holds", () => {
    const refused = refusal(zipBomb(17, "xl/\u001b[2J\u202esheet1.xml"));
    expect(refused.text.en).toContain('Part "xl/?[2J?sheet1.xml"');
  });
});

describe("files that cannot be read", () => {
  it("reports a truncated file as one to fetch or copy again (truncated-files.interop.test.ts)", () => {
    expect(refusal(template.slice(0, template.length >> 1)).text.en).toContain(
      "not fully downloaded or copied",
    );
  });

  it("reports damaged compressed data as corrupt, even when it still inflates", () => {
    const damaged = template.slice();
    // The middle of the first sheet's compressed data, whatever comes before it in the package.
    const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
    const view = new DataView(damaged.buffer);
    let at = 0;
    while (
      !(
        view.getUint32(at, true) === 0x04034b50 &&
        damaged.subarray(at + 30, at + 30 + name.length).every((b, i) => b === name[i])
      )
    )
      at++;
    const data = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const middle = data + (view.getUint32(at + 18, true) >> 1);
    damaged.fill(0xff, middle, middle + 400);
    const refused = refusal(damaged);
    expect(refused.text.en).toContain("corrupt or unreadable");
    expect(refused.detail).toBeTruthy();
    expect(refused.text.en).not.toContain(refused.detail);
  });

  it("reports a compound file that is not a workbook as corrupt, in plain words", () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const refused = refusal(cfb, {}, "cu.xls");
    expect(refused.text.en).toBe(
      'File "cu.xls" is corrupt or unreadable; open and save it again in Excel, then send it again.',
    );
    expect(refused.detail).toBeTruthy();
  });

  it("shows a file name's control and bidirectional characters as ?", () => {
    const refused = new FileError({ vi: "Tệp {file}", en: "File {file}" }, "a\n✓ b\u202E.xlsx");
    expect(refused.text).toEqual({ vi: "Tệp a?✓ b?.xlsx", en: "File a?✓ b?.xlsx" });
  });

  it("reports a password-protected workbook as such", () => {
    expect(refusal(encryptedWorkbook(), {}, "khoa.xlsx").text.vi).toContain("được đặt mật khẩu");
    expect(refusal(encryptedWorkbook(), {}, "khoa.xlsx").text.en).toContain("Encrypt with Password");
  });
});

/** The container Excel writes for a password-protected workbook (agile encryption, version 4.4). */
function encryptedWorkbook(): Uint8Array {
  const CFB = XLSX.CFB as {
    utils: { cfb_new(): unknown; cfb_add(cfb: unknown, name: string, data: Uint8Array): void };
    write(cfb: unknown, options: { type: "array" }): ArrayLike<number>;
  };
  const cfb = CFB.utils.cfb_new();
  const info = new Uint8Array(256);
  info.set([4, 0, 4, 0, 0x40, 0, 0, 0]);
  CFB.utils.cfb_add(cfb, "/EncryptionInfo", info);
  CFB.utils.cfb_add(cfb, "/EncryptedPackage", new Uint8Array(4096));
  return Uint8Array.from(CFB.write(cfb, { type: "array" }));
}

describe("limits checked after parsing", () => {
  it("refuses a workbook with more non-empty cells than allowed", () => {
    expect(refusal(template, { maxCells: 100 }).text.en).toContain("too many non-empty cells");
  });

  it("refuses a sheet reaching the row cap, naming the sheet", () => {
    const refused = refusal(template, { maxRowsPerSheet: 10 });
    expect(refused.text.vi).toContain('Trang tính "Biểu 01"');
    expect(refused.text.en).toContain('Sheet "Biểu 01"');
  });

  it("accepts the same workbook within the default limits", () => {
    expect(readWorkbookGrid(template, "nhan-duoc.xlsx").sheets).toHaveLength(TEMPLATE_IDS.length + 2);
  });
});
