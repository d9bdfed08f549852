import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { execFileSync, spawn } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, extname, join } from "path";
import { pathToFileURL } from "url";

const SOFFICE = process.env.SOFFICE ?? "/usr/bin/soffice";
const TIMEOUT_MS = 60_000;

/**
 * Comma-separated, '"'-quoted, UTF-8 (76), first line 1, every sheet (-1) to its own file. The 9th token
 * is "save cell contents as shown": false writes raw values, so 0.5 rather than "50.0%".
 */
const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
/** The same, with each cell's text as LibreOffice shows it in its number format. */
const CSV_ALL_SHEETS_AS_SHOWN =
  "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

/**
 * LibreOffice trusts cached formula values on load and computes only cells that have none; "always
 * recalculate" (0) makes every computed cell LibreOffice's own, whatever the file held.
 */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A profile in `folder` set to recalculate on load. */
function makeProfile(folder: string): void {
  mkdirSync(join(folder, "user"), { recursive: true });
  writeFileSync(join(folder, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
}

const WARM = join(__dirname, "libreoffice-warm.py");

/**
 * Where this run keeps LibreOffice's outputs (libreoffice-cache.js), in a folder named by the profile's
 * settings, which decide them too; none outside a run that made one.
 */
function keptIn(): string | null {
  const run = process.env.THIDUA_LO_CACHE;
  return run ? join(run, createHash("sha256").update(ALWAYS_RECALCULATE).digest("hex")) : null;
}
/** One LibreOffice per test process, in its own profile and on its own pipe: parallel workers never share. */
const warmProfile = join(tmpdir(), `thidua-lo-warm-${process.pid}`);
/**
 * This process's requests to its server (libreoffice-warm.py) and the server's replies, each a FIFO, and
 * the server's process number: in the profile, read again by each test file's copy of this module.
 */
const [requests, replies, serverPid] = ["requests", "replies", "server"].map((name) =>
  join(warmProfile, name),
) as [string, string, string];

function server(): number | undefined {
  return existsSync(serverPid) ? Number(readFileSync(serverPid, "utf8")) : undefined;
}

function serverRunning(): boolean {
  const pid = server();
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function startServer(): void {
  for (const fifo of [requests, replies]) rmSync(fifo, { force: true });
  execFileSync("mkfifo", [requests, replies]);
  const args = [WARM, `thidua-lo-${process.pid}`, warmProfile, String(process.pid), requests, replies];
  const child = spawn("/usr/bin/python3", args, { detached: true, stdio: "ignore" });
  child.unref();
  writeFileSync(serverPid, String(child.pid));
}

/** Ends this process's server and its LibreOffice, so that the next call starts both afresh. */
function endServer(): void {
  const pid = join(warmProfile, "pid");
  // LibreOffice's group: soffice hands over to soffice.bin, in the group it leads, and exits.
  const groups = [server(), existsSync(pid) ? Number(readFileSync(pid, "utf8")) : undefined];
  for (const group of groups)
    try {
      if (group !== undefined) process.kill(-group, "SIGKILL");
    } catch {
      // Already gone.
    }
  rmSync(warmProfile, { recursive: true, force: true });
}

/**
 * Converts in this process's running LibreOffice (its server, libreoffice-warm.py, starts it the first time),
 * each input loaded once for all the filters; false when it could not, LibreOffice and its server then ended
 * so that the next call starts afresh.
 */
function convertWarm(
  inputs: readonly string[],
  filters: readonly string[],
  outDir: string,
  timeout: number,
): boolean {
  if (!existsSync(warmProfile)) makeProfile(warmProfile);
  try {
    if (!serverRunning()) startServer();
    const request = JSON.stringify({ filters, outDir, inputs, cache: keptIn() });
    // A shell, not Node, waits on the FIFOs: a call that outlasts its time is ended with it.
    const reply = execFileSync(
      "sh",
      ["-c", 'printf "%s\\n" "$1" > "$2" && exec cat "$3"', "sh", request, requests, replies],
      {
        timeout,
        encoding: "utf8",
        stdio: "pipe",
      },
    );
    if (reply === "ok") return true;
  } catch {
    // Ended below.
  }
  endServer();
  return false;
}

/**
 * Runs LibreOffice headless on `input`, as `soffice --convert-to` does with each filter (a format, or a
 * format with its filter and options): in this process's running LibreOffice, or where that fails, in a
 * LibreOffice started for the call in a private profile.
 */
export function convertWithLibreOffice(
  input: string | readonly string[],
  filter: string | readonly string[],
  outDir: string,
): void {
  const inputs = typeof input === "string" ? [input] : input;
  const filters = typeof filter === "string" ? [filter] : filter;
  const timeout = typeof input === "string" ? TIMEOUT_MS : TIMEOUT_MS * (1 + input.length / 10);
  if (convertWarm(inputs, filters, outDir, timeout)) return;
  const profile = mkdtempSync(join(tmpdir(), "thidua-lo-profile-"));
  makeProfile(profile);
  try {
    for (const one of filters)
      execFileSync(
        SOFFICE,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          "--headless",
          "--norestore",
          "--convert-to",
          one,
          "--outdir",
          outDir,
          ...inputs,
        ],
        { timeout, stdio: "pipe" },
      );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * What LibreOffice saved of each workbook re-saved in this test process, by the input's SHA-256 and the
 * formats: a test file re-saves the same case in test after test, and LibreOffice saves the same bytes the same.
 */
const resaved = new Map<string, Uint8Array>();

type SavedFormat = "xlsx" | "xls" | "ods";

/** Re-saves a workbook through LibreOffice, as a unit using LibreOffice Calc would. */
export function resaveWith(bytes: Uint8Array, fromExt: string, toExt: SavedFormat): Uint8Array {
  return resaveEach(bytes, fromExt, [toExt])[toExt]!;
}

/**
 * Re-saves a workbook through LibreOffice in each format, as a unit using LibreOffice Calc would: the
 * workbook opened once for all the formats not saved before.
 */
export function resaveEach<Format extends SavedFormat>(
  bytes: Uint8Array,
  fromExt: string,
  toExts: readonly Format[],
): Record<Format, Uint8Array> {
  const hash = createHash("sha256").update(bytes).digest("hex");
  const keyOf = (toExt: Format) => `${hash} ${fromExt} ${toExt}`;
  const toSave = toExts.filter((toExt) => !resaved.has(keyOf(toExt)));
  if (toSave.length > 0) {
    const dir = mkdtempSync(join(tmpdir(), "thidua-lo-"));
    try {
      const input = join(dir, `in.${fromExt}`);
      writeFileSync(input, bytes);
      const outDir = join(dir, "out");
      convertWithLibreOffice(input, toSave, outDir);
      for (const toExt of toSave)
        resaved.set(keyOf(toExt), new Uint8Array(readFileSync(join(outDir, `in.${toExt}`))));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return Object.fromEntries(toExts.map((toExt) => [toExt, resaved.get(keyOf(toExt))!.slice()])) as Record<
    Format,
    Uint8Array
  >;
}

/**
 * Every sheet as LibreOffice computes it, as rows of raw cell texts (or, `asShown`, of the texts its
 * number formats show), keyed by sheet name.
 */
export function sheetsAsCsv(bytes: Uint8Array, fromExt: string, asShown = false): Map<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), "thidua-lo-"));
  try {
    const input = join(dir, `in.${fromExt}`);
    writeFileSync(input, bytes);
    const outDir = join(dir, "out");
    convertWithLibreOffice(input, asShown ? CSV_ALL_SHEETS_AS_SHOWN : CSV_ALL_SHEETS, outDir);
    const sheets = new Map<string, string[][]>();
    for (const name of readdirSync(outDir)) {
      const base = basename(name, extname(name));
      if (!base.startsWith("in-")) continue;
      sheets.set(base.slice("in-".length), parseCsv(readFileSync(join(outDir, name), "utf8")));
    }
    return sheets;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Many workbooks as LibreOffice computes them, in one run of LibreOffice (a start costs seconds): for
 * each workbook, its sheets' raw cell texts by sheet name.
 */
export function manySheetsAsCsv(
  workbooks: readonly Uint8Array[],
  fromExt: string,
): Map<string, string[][]>[] {
  const dir = mkdtempSync(join(tmpdir(), "thidua-lo-"));
  try {
    const inputs = workbooks.map((bytes, i) => {
      const input = join(dir, `w${i}.${fromExt}`);
      writeFileSync(input, bytes);
      return input;
    });
    const outDir = join(dir, "out");
    convertWithLibreOffice(inputs, CSV_ALL_SHEETS, outDir);
    const out = workbooks.map(() => new Map<string, string[][]>());
    for (const name of readdirSync(outDir)) {
      const match = /^w(\d+)-(.*)$/.exec(basename(name, extname(name)));
      if (match) out[Number(match[1])]!.set(match[2]!, parseCsv(readFileSync(join(outDir, name), "utf8")));
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: true });
}

/** A chart as LibreOffice reads it: its kind and the ranges it draws from, in LibreOffice's notation. */
export interface ChartAsRead {
  readonly kind: string;
  /** Categories then values, e.g. "'Tổng hợp'.C13:'Tổng hợp'.C43". */
  readonly ranges: readonly string[];
}

/**
 * The charts LibreOffice finds in a workbook: it opens the file and saves it as .ods, where each chart
 * is an embedded object named with the cell ranges it is notified of.
 */
export function chartsAsLibreOfficeReads(bytes: Uint8Array, fromExt = "xlsx"): ChartAsRead[] {
  const ods = unzipSync(resaveWith(bytes, fromExt, "ods"));
  const content = strFromU8(ods["content.xml"]!);
  const objects = content.matchAll(
    /<draw:object draw:notify-on-update-of-ranges="([^"]*)" xlink:href="\.\/([^"]+)"/g,
  );
  return [...objects].map(([, ranges, object]) => ({
    kind:
      /<chart:chart [^>]*chart:class="chart:([a-z]+)"/.exec(strFromU8(ods[`${object}/content.xml`]!))?.[1] ??
      "",
    // Ranges are separated by spaces; a quoted sheet name may hold spaces too.
    ranges: ranges!
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&")
      .match(/(?:'(?:[^']|'')*'|[^\s'])+/g)!,
  }));
}
