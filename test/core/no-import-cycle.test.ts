import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const CORE = resolve(__dirname, "../../src/core");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** The file a relative specifier names, as the bundler resolves it: `x.ts`, or `x/index.ts`. */
function resolved(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, join(base, "index.ts")].find((file) => existsSync(file)) ?? null;
}

/**
 * Every module a file imports or re-exports, type-only ones included: a cycle of types still ties the
 * modules' shapes together, and the folder re-layout has to untie what a cycle binds.
 */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022);
  return source.statements.flatMap((statement) => {
    const isImportOrExport = ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement);
    const specifier = isImportOrExport ? statement.moduleSpecifier : undefined;
    const target = specifier && ts.isStringLiteral(specifier) ? resolved(file, specifier.text) : null;
    return target ? [target] : [];
  });
}

/** Each cycle found by a depth-first walk, once per edge that closes it, as the files around it. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string) => {
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) found.push([...path.slice(at), next]);
      else if (!done.has(next)) visit(next);
    }
    path.pop();
    done.add(file);
  };
  for (const file of graph.keys()) if (!done.has(file)) visit(file);
  return found;
}

test("src/core has no import cycle, type-only imports included", () => {
  const graph = new Map(sourceFiles(CORE).map((file) => [file, importsOf(file)]));
  const named = cycles(graph).map((cycle) => cycle.map((file) => relative(CORE, file)).join(" → "));
  expect(named).toEqual([]);
});

/**
 * src/core's rooms, lowest first: a room imports only the rooms before it. The root's files (index.ts,
 * version.ts, remembered.ts) are the lowest but for index.ts, which gathers every room.
 */
const ROOMS = [
  "text",
  "vocabulary",
  "grid",
  "catalog",
  "model",
  "form",
  "findings",
  "report",
  "number-formats",
  "looks",
  "check",
  "campaign",
  "rollup",
  "layout",
];

/**
 * The arrows that still run back up, each a file that belongs to two rooms: the template's layout read by
 * the reader that must know where a form puts its texts (report → layout), the campaign's sheets built by
 * the layout room's builder (campaign → layout), TD_META's campaign keys read with the report. This list
 * only shrinks: an arrow moved away fails the test until it is struck off.
 */
const KNOWN_BACK_ARROWS = [
  "campaign/campaign-guide.ts → layout/plan.ts",
  "campaign/campaign-guide.ts → layout/print.ts",
  "campaign/campaign-guide.ts → layout/sheet-builder.ts",
  "campaign/campaign-layout.ts → layout/plan.ts",
  "campaign/campaign-layout.ts → layout/print.ts",
  "campaign/campaign-layout.ts → layout/sheet-builder.ts",
  "campaign/scoring.ts → rollup/types.ts",
  "catalog/nominations.ts → model/period.ts",
  "check/check-file.ts → rollup/types.ts",
  "check/validate.ts → campaign/indicator-meta.ts",
  "looks/cut-texts.ts → layout/row-heights.ts",
  "looks/page-texts.ts → layout/print.ts",
  "model/targets.ts → form/form.ts",
  "report/column-room.ts → layout/row-heights.ts",
  "report/extract.ts → campaign/indicator-meta.ts",
  "report/judged-texts.ts → layout/form-layout.ts",
  "report/look-alike.ts → layout/check-sheet.ts",
  "report/merged-line-cut.ts → layout/row-heights.ts",
  "report/nominations-read.ts → campaign/campaign-columns.ts",
  "report/page-texts.ts → layout/print.ts",
  "report/run-over.ts → layout/row-heights.ts",
  "report/turned-text.ts → layout/row-heights.ts",
];

/** A file's room: its folder under src/core, or "" for the root's files. */
const roomOf = (file: string) =>
  relative(CORE, file).includes("/") ? relative(CORE, file).split("/")[0]! : "";
const rankOf = (room: string) => (room === "" ? -1 : ROOMS.indexOf(room));

test("src/core's rooms import only the rooms below them, but for the arrows known to run back up", () => {
  const files = sourceFiles(CORE);
  expect(files.map(roomOf).filter((room) => room !== "" && !ROOMS.includes(room))).toEqual([]);
  const back = files
    .filter((file) => relative(CORE, file) !== "index.ts")
    .flatMap((file) =>
      importsOf(file)
        .filter((target) => rankOf(roomOf(target)) > rankOf(roomOf(file)))
        .map((target) => `${relative(CORE, file)} → ${relative(CORE, target)}`),
    );
  expect([...new Set(back)].sort()).toEqual(KNOWN_BACK_ARROWS);
});
