// The rooms of the file adapter (src/xlsx) and which may import which; eslint.config.js and
// test/architecture/rooms.test.ts both read them here, so a folder is classified in one place.
"use strict";

const { cycles, roomArrows, roomGraph } = require("./import-graph");

/** The readers of files, one a folder: none imports another. */
const XLSX_READERS = ["xlsx-reader", "sheetjs", "csv"];
/** What two readers share, below them all: how a number format, a colour, a drawing's place are read. */
const XLSX_SHARED = ["number-formats", "colours", "sheet-geometry", "conditional-formats"];
/** The containers and their parts, below the readers and what they share. */
const XLSX_LOW = ["odf-package", "package", "xml", "zip", "cfb"];
/** The writer of .xlsx files, beside the readers. */
const XLSX_WRITER = "writer";
/** What lies above the readers may reach these rooms of src/xlsx besides its entry: a platform's zip codec, the writer, the units CSV. */
const XLSX_OPEN = ["zip", XLSX_WRITER, "csv"];

const ENTRY = "src/xlsx (entry)";
const BASE = "src/xlsx (errors, limits)";
/** The readers of src: src/excel reads the workbook open in Excel. */
const READERS = new Set([...XLSX_READERS.map((room) => `src/xlsx/${room}`), "src/excel"]);

/** A room of src/xlsx by its kind, undefined for a folder no list names. */
function kindOf(room) {
  if (room === ENTRY) return "entry";
  if (room === BASE) return "base";
  const folder = room.replace(/^src\/xlsx\//, "");
  if (XLSX_READERS.includes(folder)) return "reader";
  if (XLSX_SHARED.includes(folder)) return "shared";
  if (XLSX_LOW.includes(folder)) return "low";
  if (folder === XLSX_WRITER) return "writer";
  return undefined;
}

/** What a room of src/xlsx of each kind may import in src/xlsx (its own room aside). */
const MAY_IMPORT = {
  entry: ["entry", "base", "reader", "shared", "low", "writer"],
  reader: ["base", "shared", "low"],
  shared: ["base", "shared", "low"],
  low: ["base", "low"],
  writer: ["base", "low"],
  base: [],
};

/** Why an arrow from one room to another is refused, or undefined where it may be drawn. */
function refusal(from, to) {
  const inXlsx = (room) => room.startsWith("src/xlsx");
  if (from.startsWith("src/core"))
    return to.startsWith("src/core") ? undefined : "the core imports no adapter";
  if (READERS.has(from) && READERS.has(to)) return "the readers never import one another";
  if (inXlsx(from)) {
    if (!inXlsx(to)) return to === "src/core" ? undefined : "src/xlsx imports nothing above it but the core";
    const [fromKind, toKind] = [kindOf(from), kindOf(to)];
    if (fromKind === undefined) return `${from} is in no room of test/architecture/rooms.js`;
    if (toKind === undefined) return `${to} is in no room of test/architecture/rooms.js`;
    return MAY_IMPORT[fromKind].includes(toKind)
      ? undefined
      : `a ${fromKind} room may not import a ${toKind} room`;
  }
  if (inXlsx(to) && to !== ENTRY && to !== BASE && !XLSX_OPEN.some((room) => to === `src/xlsx/${room}`))
    return "a reader is reached through the file adapter's entry (src/xlsx/read-workbook), not its own files";
  return undefined;
}

/** Every arrow between rooms that may not be drawn, with its count and why, and every cycle of modules or rooms. */
function violations(graph) {
  const arrows = [...roomArrows(graph)].flatMap(([arrow, count]) => {
    const why = refusal(...arrow.split(" → "));
    return why ? [`${arrow} (${count}): ${why}`] : [];
  });
  const fileCycles = cycles(graph).map((cycle) => `modules in a cycle: ${cycle.join(" ⇄ ")}`);
  const roomCycles = cycles(roomGraph(graph)).map((cycle) => `rooms in a cycle: ${cycle.join(" ⇄ ")}`);
  return [...arrows, ...fileCycles, ...roomCycles];
}

module.exports = { XLSX_READERS, XLSX_SHARED, XLSX_LOW, XLSX_WRITER, XLSX_OPEN, violations };

if (require.main === module) {
  const found = violations(require("./import-graph").importGraph());
  for (const line of found) console.log(line);
  process.exitCode = found.length > 0 ? 1 : 0;
}
