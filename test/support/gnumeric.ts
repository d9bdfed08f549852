import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseCsv } from "./libreoffice";

/** Every sheet of an .xlsx as Gnumeric recalculates it, a second spreadsheet beside LibreOffice. */
export function gnumericSheets(bytes: Uint8Array): Map<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), "thidua-gnumeric-"));
  try {
    writeFileSync(join(dir, "in.xlsx"), bytes);
    execFileSync("ssconvert", ["--recalc", "-S", join(dir, "in.xlsx"), join(dir, "out-%s.csv")], {
      stdio: "pipe",
      timeout: 60_000,
    });
    const sheets = new Map<string, string[][]>();
    for (const name of readdirSync(dir))
      if (name.startsWith("out-"))
        sheets.set(name.slice(4, -4), parseCsv(readFileSync(join(dir, name), "utf8")));
    return sheets;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An .xlsx saved by Gnumeric in an .xls of the older BIFF7 (Excel 95), which LibreOffice still opens. */
export function asExcel95(bytes: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "thidua-gnumeric-"));
  try {
    writeFileSync(join(dir, "in.xlsx"), bytes);
    execFileSync(
      "ssconvert",
      ["--export-type=Gnumeric_Excel:excel_biff7", join(dir, "in.xlsx"), join(dir, "out.xls")],
      { stdio: "pipe", timeout: 60_000 },
    );
    return new Uint8Array(readFileSync(join(dir, "out.xls")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const GNUMERIC_EXPORTS = {
  xlsx: "Gnumeric_Excel:xlsx2",
  xls: "Gnumeric_Excel:excel_biff8",
  ods: "Gnumeric_OpenCalc:openoffice",
} as const;

/** An .xlsx recalculated by Gnumeric and saved in the format asked for, as a unit using Gnumeric would. */
export function savedByGnumeric(bytes: Uint8Array, toExt: keyof typeof GNUMERIC_EXPORTS): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "thidua-gnumeric-"));
  try {
    writeFileSync(join(dir, "in.xlsx"), bytes);
    const out = join(dir, `out.${toExt}`);
    execFileSync(
      "ssconvert",
      ["--recalc", `--export-type=${GNUMERIC_EXPORTS[toExt]}`, join(dir, "in.xlsx"), out],
      {
        stdio: "pipe",
        timeout: 60_000,
      },
    );
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
