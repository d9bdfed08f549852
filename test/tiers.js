// The test tiers, by where a test file lives and how it is named; jest.config.js and the fast tier's guard
// (test/tiers.test.ts) both read them here, so a file is classified in one place.
"use strict";

const TIERS = {
  /** Calls no program: the core, readers on files in memory, the CLI in-process, the pane in jsdom. */
  fast: "fast",
  /** Another program checks or makes our files: LibreOffice, Gnumeric, openpyxl, poppler (pdftotext…). */
  interop: "interop",
  /** Starts our own command (bin/thidua.js), the compiled reader, or a program such as mkfifo or sh. */
  processes: "processes",
  /** A production build driven in Chromium (test/e2e). */
  browser: "browser",
  /** Starts no program but takes minutes alone: the files of LONG. */
  long: "long",
};

/**
 * Files that start no program but take long, named here rather than by a suffix while others work in their
 * folders: cut-writes cuts every request of every write at every command (216–274 s alone on the shared
 * 2-core machine); a summary of a province's size made from hundreds of reports and read back, or
 * written into the fake Excel (3,400 units: 20–29 s).
 */
const LONG = [
  "test/excel/cut-writes-reports.test.ts",
  "test/excel/cut-writes-summaries.test.ts",
  "test/excel/summary-payload-province.test.ts",
  "test/xlsx/writer/previous-figures-large.test.ts",
];

/** A test file of the interop tier: `name.interop.test.ts`. */
const INTEROP = /\.interop\.test\.tsx?$/;
/** A test file of the processes tier: `name.process.test.ts`. */
const PROCESS = /\.process\.test\.tsx?$/;
/** The browser tier's folder. */
const BROWSER = /(^|\/)test\/e2e\//;
const TEST_FILE = /\.test\.tsx?$/;

/** The tier of a test file, given its path from the repository's root (forward slashes). */
function tierOf(file) {
  if (!TEST_FILE.test(file)) return null;
  if (BROWSER.test(file)) return TIERS.browser;
  if (INTEROP.test(file)) return TIERS.interop;
  if (PROCESS.test(file)) return TIERS.processes;
  if (LONG.includes(file)) return TIERS.long;
  return TIERS.fast;
}

module.exports = { TIERS, INTEROP, PROCESS, BROWSER, LONG, tierOf };
