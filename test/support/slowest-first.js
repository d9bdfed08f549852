// The order test files start in, for `npm test` on two workers: the slowest first, so that no worker is left with
// a long file while the other has finished. Jest orders by the durations it cached on this machine; a clean clone
// (CI) has none and Jest would order by file size, which puts a 3-line LibreOffice test after a long table of
// cases: there the seconds below, measured on the shared 2-core machine, stand in for the cache.
"use strict";
const path = require("node:path");
const Sequencer = require("@jest/test-sequencer").default;

/**
 * Seconds a test file took in a full run (`npm test`, two workers) on the 2-core machine, for the files over
 * ~8 s (update when one grows or shrinks a lot).
 */
const KNOWN_SECONDS = {
  "test/excel/cut-writes-summaries.test.ts": 133,
  "test/excel/cut-writes-reports.test.ts": 130,
  "test/e2e/views.test.ts": 67,
  "test/core/looks/column-hashes.interop.test.ts": 54,
  "test/e2e/start-linux.test.ts": 54,
  "test/e2e/excel-pane.test.ts": 50,
  "test/core/looks/colour-hidden.interop.test.ts": 47,
  "test/core/looks/honest-corpus-en.interop.test.ts": 43,
  "test/core/looks/identity-line.interop.test.ts": 42,
  "test/core/looks/misleading-display.interop.test.ts": 37,
  "test/xlsx/writer/self-check.interop.test.ts": 34,
  "test/xlsx/sheetjs/reader-facts.interop.test.ts": 34,
  "test/e2e/single-file.test.ts": 34,
  "test/cli/targets-end-to-end.interop.test.ts": 32,
  "test/core/looks/cut-texts.interop.test.ts": 30,
  "test/e2e/standalone.test.ts": 30,
  "test/excel/summary-payload-province.test.ts": 22,
  "test/core/looks/honest-corpus-vi.interop.test.ts": 28,
  "test/taskpane/rollup-view.test.tsx": 21,
  "test/excel/interrupted-write.test.ts": 20,
  "test/xlsx/zip/fuzz.interop.test.ts": 18,
  "test/xlsx/xlsx-reader/printed-small.interop.test.ts": 18,
  "test/cli/write-workbook.test.ts": 16,
  "test/cli/seed-004-campaign.interop.test.ts": 15,
  "test/xlsx/writer/previous-figures-large.test.ts": 15,
  "test/xlsx/xlsx-reader/label-runs.interop.test.ts": 14,
  "test/xlsx/sheetjs/ods/ods-data-styles.interop.test.ts": 14,
  "test/cli/demo-width.process.test.ts": 14,
  "test/xlsx/writer/libreoffice-print.interop.test.ts": 13,
  "test/excel/swap-failure-text.test.ts": 13,
  "test/excel/summary-payload.test.ts": 12,
  "test/excel/read-grid.test.ts": 13,
  "test/cli/cli.test.ts": 11,
  "test/core/rollup/rollup.properties.test.ts": 11,
  "test/xlsx/zip/guard.test.ts": 11,
  "test/xlsx/xlsx-reader/clerk-formulas.interop.test.ts": 11,
  "test/xlsx/writer/printed-figures.interop.test.ts": 10,
  "test/cli/seed-003-campaign.interop.test.ts": 10,
  "test/xlsx/writer/summary-chart.interop.test.ts": 10,
  "test/core/looks/print-area.interop.test.ts": 10,
  "test/taskpane/campaign-view.test.tsx": 10,
  "test/core/looks/conditional-zeros.interop.test.ts": 10,
  "test/xlsx/zip/zip-codecs.test.ts": 10,
  "test/cli/rollup-48.test.ts": 9,
  "test/core/looks/target-block.interop.test.ts": 9,
  "test/core/looks/zeros-hidden.interop.test.ts": 9,
  "test/core/looks/struck-texts.interop.test.ts": 9,
  "test/cli/seed-002-campaign.interop.test.ts": 9,
  "test/excel/cell-facts.test.ts": 9,
  "test/taskpane/computed-style.test.tsx": 9,
  "test/excel/office-api-audit.test.ts": 9,
  "test/xlsx/sheetjs/ods/ods-date-values.interop.test.ts": 8,
  "test/cli/seed-000-campaign.interop.test.ts": 8,
  "test/xlsx/xlsx-reader/frame-texts.interop.test.ts": 8,
  "test/cli/hostile-files.test.ts": 8,
};

const ROOT = path.resolve(__dirname, "../..");

class SlowestFirst extends Sequencer {
  /** The cached duration in ms where Jest has one, else the known seconds, else one millisecond per 100 bytes. */
  time(test) {
    const cached = super.time(test);
    if (cached != null) return cached;
    const known = KNOWN_SECONDS[path.relative(ROOT, test.path).split(path.sep).join("/")];
    if (known !== undefined) return known * 1000;
    return (test.context.hasteFS.getSize(test.path) ?? 0) / 100;
  }
}

module.exports = SlowestFirst;
module.exports.KNOWN_SECONDS = KNOWN_SECONDS;
