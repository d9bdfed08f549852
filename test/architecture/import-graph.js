// The import graph of src/, read from the sources' text: which module imports which (relative imports only,
// type-only ones included, since a type shared is a dependency all the same), the folders ("rooms") they
// live in, and the cycles among them. test/architecture/rooms.test.ts judges it; `node
// test/architecture/import-graph.js` prints it, to measure before and after a move.
"use strict";

const { existsSync, readdirSync, readFileSync, statSync } = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "../..");

/** `import … from "x"`, `export … from "x"`, `import "x"`, `import("x")`, `require("x")`. */
const IMPORTS = /(?:\bfrom\s+|\bimport\s+|\bimport\(\s*|\brequire\(\s*)["'](\.{1,2}\/[^"']+)["']/g;

const rel = (file) => path.relative(ROOT, file).split(path.sep).join("/");

function resolveImport(from, spec) {
  const base = path.resolve(path.dirname(from), spec.replace(/\.js$/, ""));
  const candidates = [
    base,
    ...[".ts", ".tsx", ".js"].map((ext) => base + ext),
    ...["index.ts", "index.tsx", "index.js"].map((index) => path.join(base, index)),
  ];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [file] : [];
  });
}

/** Every module under `dir` (default src/) and the modules of src/ it imports, by path from the root. */
function importGraph(dir = path.join(ROOT, "src")) {
  const graph = new Map();
  for (const file of sourceFiles(dir)) {
    const text = readFileSync(file, "utf8");
    const imports = [...text.matchAll(IMPORTS)]
      .map(([, spec]) => resolveImport(file, spec))
      .filter((target) => target !== null && rel(target).startsWith("src/"))
      .map(rel);
    graph.set(rel(file), [...new Set(imports)]);
  }
  return graph;
}

/** The files at src/xlsx's top that are the file adapter's entry; the others there (errors, limits) lie below all. */
const XLSX_ENTRY = new Set(["index.ts", "read-workbook.ts", "submission.ts"]);

/**
 * The room of a module: its folder under src/, one level deeper under src/xlsx (each format's reader, the
 * writer, what readers share and the low rooms are apart there); at src/xlsx's top, the file adapter's
 * entry, and the errors and limits every room of it uses.
 */
function roomOf(file) {
  const parts = file.split("/");
  if (parts[1] !== "xlsx") return parts.slice(0, 2).join("/");
  if (parts.length > 3) return parts.slice(0, 3).join("/");
  return XLSX_ENTRY.has(parts[2]) ? "src/xlsx (entry)" : "src/xlsx (errors, limits)";
}

/** Import arrows between distinct rooms, counted: "from → to" → number of imports. */
function roomArrows(graph) {
  const arrows = new Map();
  for (const [file, imports] of graph) {
    for (const target of imports) {
      const from = roomOf(file);
      const to = roomOf(target);
      if (from === to) continue;
      const key = `${from} → ${to}`;
      arrows.set(key, (arrows.get(key) ?? 0) + 1);
    }
  }
  return new Map([...arrows].sort(([a], [b]) => a.localeCompare(b)));
}

/** The strongly connected components of more than one node (Tarjan): each is a cycle or a knot of them. */
function cycles(edges) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let next = 0;
  const visit = (node) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of edges.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node), low.get(target)));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node), index.get(target)));
    }
    if (low.get(node) === index.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => a[0].localeCompare(b[0]));
}

/** The rooms' own graph: room → rooms it imports. */
function roomGraph(graph) {
  const rooms = new Map();
  for (const arrow of roomArrows(graph).keys()) {
    const [from, to] = arrow.split(" → ");
    rooms.set(from, [...(rooms.get(from) ?? []), to]);
  }
  return rooms;
}

module.exports = { ROOT, importGraph, roomOf, roomArrows, roomGraph, cycles };

if (require.main === module) {
  const graph = importGraph();
  const only = process.argv[2];
  console.log("Arrows between rooms:");
  for (const [arrow, count] of roomArrows(graph))
    if (!only || arrow.includes(only)) console.log(`  ${arrow}: ${count}`);
  console.log("Cycles between rooms:");
  for (const cycle of cycles(roomGraph(graph))) console.log(`  ${cycle.join(" ⇄ ")}`);
  console.log("Cycles between files:");
  for (const cycle of cycles(graph)) console.log(`  ${cycle.join(" ⇄ ")}`);
}
