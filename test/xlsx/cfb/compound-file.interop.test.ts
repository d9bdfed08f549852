import * as XLSX from "@e965/xlsx";
import { FileError, readSubmission } from "../../../src/xlsx";
import { checkCompoundFile } from "../../../src/xlsx/cfb/compound-file";
import { cpuTimed } from "../../support/cpu-time";
import { resaveWith } from "../../support/libreoffice";
import { reportParts } from "../../support/report-parts";

jest.setTimeout(120_000);

// Red team, round 44: an .xls's container read one way by SheetJS, another by LibreOffice.

let saved: { libreoffice: Uint8Array; sheetjs: Uint8Array };

beforeAll(async () => {
  const report = (await reportParts()).bytes;
  const sheetjs = XLSX.write(XLSX.read(report, { type: "array" }), { type: "array", bookType: "biff8" });
  saved = { libreoffice: resaveWith(report, "xlsx", "xls"), sheetjs: new Uint8Array(sheetjs as ArrayBuffer) };
});

interface DirectoryEntry {
  /** Where the 128-byte entry is in the file. */
  readonly at: number;
  readonly name: string;
  readonly start: number;
}

/** A version 3 compound file's directory entries and FAT, as [MS-CFB] lays them out (512-byte sectors). */
function layout(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorAt = (sector: number) => 512 * (sector + 1);
  const fatSectors = Array.from({ length: view.getUint32(0x2c, true) }, (_, i) =>
    view.getUint32(0x4c + 4 * i, true),
  );
  const fatAt = (sector: number) => sectorAt(fatSectors[Math.floor(sector / 128)]!) + 4 * (sector % 128);
  const next = (sector: number) => view.getUint32(fatAt(sector), true);
  const entries: DirectoryEntry[] = [];
  for (let sector = view.getUint32(0x30, true); sector !== 0xfffffffe; sector = next(sector))
    for (let at = sectorAt(sector); at < sectorAt(sector) + 512; at += 128) {
      const length = view.getUint16(at + 0x40, true);
      const name = String.fromCharCode(
        ...Array.from({ length: Math.max(0, length / 2 - 1) }, (_, i) => view.getUint16(at + 2 * i, true)),
      );
      entries.push({ at, name, start: view.getUint32(at + 0x74, true) });
    }
  return { view, entries, fatAt, next };
}

/** The file with `change` made to a copy of it. */
function changed(bytes: Uint8Array, change: (file: ReturnType<typeof layout>) => void): Uint8Array {
  const copy = bytes.slice();
  change(layout(copy));
  return copy;
}

/** Writes `name` (and its closing NUL) into a directory entry, its length field to match unless given. */
function rename(file: ReturnType<typeof layout>, entry: DirectoryEntry, name: string, length?: number) {
  for (let i = 0; i < 32; i++)
    file.view.setUint16(entry.at + 2 * i, i < name.length ? name.charCodeAt(i) : 0, true);
  file.view.setUint16(entry.at + 0x40, length ?? 2 * (name.length + 1), true);
}

const workbookOf = (file: ReturnType<typeof layout>) => file.entries.find((e) => e.name === "Workbook")!;
/** A stream of the file other than its Workbook: its properties. */
const otherOf = (file: ReturnType<typeof layout>) =>
  file.entries.find((e) => e.name !== "Workbook" && e.name !== "Root Entry" && e.name !== "")!;

function refusal(bytes: Uint8Array): string {
  const read = readSubmission(bytes, { name: "r.xls", sha256: "x" });
  return "unreadable" in read ? read.unreadable.en : "read";
}

describe("an .xls's compound file", () => {
  it("is read as LibreOffice and SheetJS save it", () => {
    for (const bytes of Object.values(saved)) {
      expect(() => checkCompoundFile(bytes, "r.xls")).not.toThrow();
      expect(readSubmission(bytes, { name: "r.xls", sha256: "x" })).toHaveProperty("extraction.report");
    }
  });

  it("is refused with two entries of one name in a storage, case aside: SheetJS reads the first listed, LibreOffice the first in its tree", () => {
    const twin = changed(saved.libreoffice, (file) => {
      const other = file.entries.find(
        (e) => e.name !== "Workbook" && e.name !== "Root Entry" && e.name !== "",
      )!;
      rename(file, other, "WORKBOOK");
    });
    expect(refusal(twin)).toContain("is corrupt or unreadable");
  });

  it("is refused where a name holds a NUL, or is longer than its length field says, which SheetJS reads otherwise", () => {
    const nul = changed(saved.libreoffice, (file) => rename(file, workbookOf(file), "Work\u0000book"));
    // SheetJS drops the NUL and finds "Workbook"; LibreOffice finds no such stream.
    expect(() => XLSX.read(nul, { type: "array" })).not.toThrow();
    expect(refusal(nul)).toContain("is corrupt or unreadable");
    const longer = changed(saved.libreoffice, (file) => rename(file, workbookOf(file), "WorkbookX", 18));
    expect(refusal(longer)).toContain("is corrupt or unreadable");
  });

  it("is refused, at once, where a stream's chain loops or holds less than its size", () => {
    const loop = changed(saved.libreoffice, (file) => {
      const { start } = workbookOf(file);
      let last = start;
      while (file.next(last) !== 0xfffffffe) last = file.next(last);
      file.view.setUint32(file.fatAt(last), start, true);
    });
    const { result: refused, ms } = cpuTimed(() => refusal(loop));
    expect(refused).toContain("is corrupt or unreadable");
    expect(ms).toBeLessThan(2_000);
    const larger = changed(saved.libreoffice, (file) => {
      const { at } = workbookOf(file);
      file.view.setUint32(at + 0x78, file.view.getUint32(at + 0x78, true) + 20_000, true);
    });
    // SheetJS reads the stream cut to its chain, LibreOffice does not open the file.
    expect(() => XLSX.read(larger, { type: "array" })).not.toThrow();
    expect(refusal(larger)).toContain("is corrupt or unreadable");
  });

  // Red team, round 45.
  it('is refused where a name holds a slash (SheetJS read "Root Entry/Workbook" as the Workbook) or an entry is outside the tree', () => {
    const slash = changed(saved.libreoffice, (file) => rename(file, otherOf(file), "Root Entry/Workbook"));
    expect(refusal(slash)).toContain("is corrupt or unreadable");
    const orphan = changed(saved.libreoffice, (file) => {
      // The root's tree holds one entry, not the Workbook: LibreOffice opens no spreadsheet.
      const kept = otherOf(file);
      for (const offset of [0x44, 0x48, 0x4c]) file.view.setUint32(kept.at + offset, 0xffffffff, true);
      file.view.setUint32(file.entries[0]!.at + 0x4c, file.entries.indexOf(kept), true);
    });
    expect(refusal(orphan)).toContain("is corrupt or unreadable");
  });

  it("follows the chain of every entry that says it is large, an unused one too, and refuses a loop at once", () => {
    const grown = new Uint8Array(saved.libreoffice.length + 512);
    grown.set(saved.libreoffice);
    const looped = changed(grown, (file) => {
      const sector = saved.libreoffice.length / 512 - 1;
      file.view.setUint32(file.fatAt(sector), sector, true);
      const unused = file.entries.find((e) => e.name === "")!;
      file.view.setUint32(unused.at + 0x74, sector, true);
      file.view.setUint32(unused.at + 0x78, 8192, true);
    });
    const { result: refused, ms } = cpuTimed(() => refusal(looped));
    expect(refused).toContain("is corrupt or unreadable");
    expect(ms).toBeLessThan(2_000);
  });

  it("refuses streams beside the workbook's that hold megabytes, which SheetJS holds whole while it reads", () => {
    const cfb = XLSX.CFB;
    const container = cfb.read(saved.libreoffice, { type: "array" });
    cfb.utils.cfb_add(container, "/MBD00000001/Ole10Native", new Uint8Array(3 * 1024 * 1024));
    const attached = new Uint8Array(
      cfb.write(container, { type: "array", fileType: "cfb" }) as ArrayLike<number>,
    );
    // 3 MiB and the file's few hundred bytes of properties.
    expect(refusal(attached)).toMatch(
      /holds embedded objects too large \(314\d{4} bytes besides the forms; the limit is 2097152\)/,
    );
  });

  it("is refused past 4 MiB, where SheetJS's objects ran a reading thread out of memory and Node ended the CLI", () => {
    const large = new Uint8Array(4 * 1024 * 1024 + 1);
    large.set(saved.libreoffice);
    expect(refusal(large)).toContain('The .xls file "r.xls" is larger than the reader takes (4194305 bytes');
    expect(refusal(large.subarray(0, 4 * 1024 * 1024))).not.toContain("larger than the reader takes");
  });

  it("compares names in capitals one character at a time, as [MS-CFB] does: Straße is not STRASSE", () => {
    const named = changed(saved.libreoffice, (file) => {
      const [first, second] = file.entries.filter((e) => e.name.startsWith("\u0005"));
      rename(file, first!, "Straße");
      rename(file, second!, "STRASSE");
    });
    expect(readSubmission(named, { name: "r.xls", sha256: "x" })).toHaveProperty("extraction.report");
  });

  it("names the container in what it refuses, for whoever supports the user", () => {
    const nul = changed(saved.sheetjs, (file) => rename(file, workbookOf(file), "Work\u0000book"));
    expect(() => checkCompoundFile(nul, "r.xls")).toThrow(
      expect.objectContaining({ detail: "compound file: entry name" }) as FileError,
    );
  });
});
