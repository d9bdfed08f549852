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
