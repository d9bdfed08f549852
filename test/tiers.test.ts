import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Keeps the fast tier honest (test/tiers.js): no file of it reaches, through the modules it imports from test/
// and src/, anything that starts a program — LibreOffice, Gnumeric, Python and openpyxl, poppler, the built
// command, Chromium, webpack. Every helper that does so imports child_process (test/support/libreoffice.ts,
// gnumeric.ts, openpyxl.ts, printed-pages.ts, honest-corpus/…), which is how they are found. A file that
// needs one is named `*.interop.test.ts` or `*.process.test.ts`; and a file of those tiers that starts
// nothing belongs in the fast one.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { tierOf } = require("./tiers") as { tierOf: (file: string) => string | null };

const ROOT = path.resolve(__dirname, "..");

/**
 * The one module under src/ that starts processes from code the fast tier runs: the CLI in-process reads
 * received files in reading processes of its own compiled reader (lib/, built by test/support/cli-built.js).
 */
const OWN_READERS = "src/cli/read-processes.ts";

/** What starts a program, as a module imports it or a test names it. */
const STARTS: readonly [string, RegExp][] = [
  ["child_process", /(?:from\s+|require\(\s*|import\(\s*)["'](?:node:)?child_process["']/],
  ["playwright", /(?:from\s+|require\(\s*|import\(\s*)["']playwright(?:-core)?["']/],
  ["webpack", /(?:from\s+|require\(\s*|import\(\s*)["'](?:webpack|webpack-cli[^"']*|webpack-dev-server)["']/],
  ["the built command", /bin\/thidua(?:\.js)?["'`]|["'`/]lib\/cli\//],
];

const IMPORTS = /(?:from\s+|import\(\s*|require\(\s*|jest\.requireActual\(\s*)["'](\.{1,2}\/[^"']+)["']/g;

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

function resolveImport(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [
    base,
    ...[".ts", ".tsx", ".js", ".json"].map((ext) => base + ext),
    ...["index.ts", "index.tsx", "index.js"].map((index) => path.join(base, index)),
  ]) {
    if (existsSync(candidate) && !readdirSafe(candidate)) return candidate;
  }
  return null;
}

function readdirSafe(file: string): boolean {
  try {
    readdirSync(file);
    return true;
  } catch {
    return false;
  }
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : testFiles(file);
    return tierOf(rel(file)) ? [file] : [];
  });
}

const starts = new Map<string, string[]>();
const importsOf = new Map<string, string[]>();

function scan(file: string): { starts: string[]; imports: string[] } {
  if (!starts.has(file)) {
    const text = /\.(tsx?|js)$/.test(file) ? readFileSync(file, "utf8") : "";
    starts.set(
      file,
      rel(file) === OWN_READERS
        ? []
        : STARTS.filter(([, pattern]) => pattern.test(text)).map(([what]) => what),
    );
    importsOf.set(
      file,
      [...text.matchAll(IMPORTS)].flatMap(([, spec]) => resolveImport(file, spec!) ?? []),
    );
  }
  return { starts: starts.get(file)!, imports: importsOf.get(file)! };
}

/** Each module `file` reaches that starts a program, with the chain of imports to it and what it starts. */
function reachedStarts(file: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>([file]);
  const queue: string[][] = [[file]];
  while (queue.length > 0) {
    const chain = queue.shift()!;
    const { starts: here, imports } = scan(chain[chain.length - 1]!);
    if (here.length > 0) found.push(`${chain.map(rel).join(" → ")}: ${here.join(", ")}`);
    for (const next of imports) {
      if (seen.has(next) || !rel(next).match(/^(src|test)\//)) continue;
      seen.add(next);
      queue.push([...chain, next]);
    }
  }
  return found;
}

const files = testFiles(path.join(ROOT, "test"));

describe("the test tiers", () => {
  it("find the test files", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.map(rel)).toContain("test/tiers.test.ts");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    for (const long of (require("./tiers") as { LONG: string[] }).LONG)
      expect(files.map(rel)).toContain(long);
  });

  it("start the slowest first: every file the sequencer knows as slow is a test file", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { KNOWN_SECONDS } = require("./support/slowest-first") as { KNOWN_SECONDS: Record<string, number> };
    expect(Object.keys(KNOWN_SECONDS).filter((file) => !files.map(rel).includes(file))).toEqual([]);
  });

  it("start no program from a file of the fast tier, or of the long one", () => {
    const fast = files.filter((file) => ["fast", "long"].includes(tierOf(rel(file))!));
    expect(fast.flatMap(reachedStarts)).toEqual([]);
  });

  it("hold in the interop and processes tiers only files that start a program", () => {
    const slow = files.filter((file) => ["interop", "processes"].includes(tierOf(rel(file))!));
    expect(slow.filter((file) => reachedStarts(file).length === 0).map(rel)).toEqual([]);
  });

  it("see a helper that starts LibreOffice as starting a program", () => {
    expect(reachedStarts(path.join(ROOT, "test/support/printed-pages.ts"))).toEqual([
      "test/support/printed-pages.ts: child_process",
      "test/support/printed-pages.ts → test/support/libreoffice.ts: child_process",
    ]);
  });
});
