// The rooms of src: the readers never import one another, what they share lives below them, the CLI and the
// page reach a reader only through the file adapter's entry, the core imports no adapter, and no module or
// room imports one that imports it back. eslint.config.js refuses the static imports among these; this sees
// `import()` and cycles too (test/architecture/rooms.js says which room is which).
/* eslint-disable @typescript-eslint/no-require-imports */
const { importGraph } = require("./import-graph") as {
  importGraph: () => Map<string, string[]>;
};
const { violations } = require("./rooms") as { violations: (graph: Map<string, string[]>) => string[] };

describe("the rooms of src", () => {
  const graph = importGraph();

  it("find the readers' modules and their imports", () => {
    expect(graph.get("src/xlsx/read-workbook.ts")).toEqual(
      expect.arrayContaining(["src/xlsx/sheetjs/read-grid.ts", "src/xlsx/xlsx-reader/read-report-grid.ts"]),
    );
    // A dynamic import is an arrow too.
    expect(graph.get("src/cli/campaign-file.ts")).toContain("src/xlsx/read-workbook.ts");
  });

  it("draw no arrow the rooms forbid, and no cycle", () => {
    expect(violations(graph)).toEqual([]);
  });

  it("refuse a reader importing another, a reader reached from above, and a cycle", () => {
    const bad = new Map([
      ["src/xlsx/sheetjs/a.ts", ["src/xlsx/xlsx-reader/b.ts"]],
      ["src/xlsx/xlsx-reader/b.ts", ["src/xlsx/sheetjs/a.ts"]],
      ["src/cli/c.ts", ["src/xlsx/sheetjs/a.ts"]],
      ["src/core/d.ts", ["src/xlsx/read-workbook.ts"]],
    ]);
    expect(violations(bad)).toEqual([
      "src/cli → src/xlsx/sheetjs (1): a reader is reached through the file adapter's entry (src/xlsx/read-workbook), not its own files",
      "src/core → src/xlsx (entry) (1): the core imports no adapter",
      "src/xlsx/sheetjs → src/xlsx/xlsx-reader (1): the readers never import one another",
      "src/xlsx/xlsx-reader → src/xlsx/sheetjs (1): the readers never import one another",
      "modules in a cycle: src/xlsx/sheetjs/a.ts ⇄ src/xlsx/xlsx-reader/b.ts",
      "rooms in a cycle: src/xlsx/sheetjs ⇄ src/xlsx/xlsx-reader",
    ]);
  });
});
