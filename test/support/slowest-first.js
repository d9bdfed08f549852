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
  "test/excel/cut-writes-reports.test.ts": 143,
  "test/excel/cut-writes-summaries.test.ts": 76,
  "test/core/looks/honest-corpus-en.interop.test.ts": 63,
  "test/core/looks/column-hashes.interop.test.ts": 62,
  "test/e2e/excel-pane.test.ts": 57,
  "test/e2e/views.test.ts": 46,
  "test/core/looks/identity-line.interop.test.ts": 44,
  "test/e2e/start-linux.test.ts": 39,
  "test/core/looks/colour-hidden.interop.test.ts": 37,
  "test/core/looks/honest-corpus-vi.interop.test.ts": 36,
  "test/core/looks/misleading-display.interop.test.ts": 30,
  "test/xlsx/writer/self-check.interop.test.ts": 30,
  "test/xlsx/sheetjs/reader-facts.interop.test.ts": 29,
  "test/cli/targets-end-to-end.interop.test.ts": 26,
  "test/core/looks/cut-texts.interop.test.ts": 24,
  "test/e2e/single-file.test.ts": 23,
  "test/e2e/standalone.test.ts": 23,
  "test/xlsx/zip/fuzz.interop.test.ts": 22,
  "test/excel/summary-payload.test.ts": 21,
  "test/taskpane/rollup-view.test.tsx": 17,
  "test/taskpane/plan-parts.test.ts": 16,
  "test/excel/interrupted-write.test.ts": 15,
  "test/xlsx/xlsx-reader/printed-small.interop.test.ts": 15,
  "test/cli/seed-004-campaign.interop.test.ts": 15,
  "test/excel/swap-failure-text.test.ts": 14,
  "test/xlsx/xlsx-reader/label-runs.interop.test.ts": 14,
  "test/xlsx/writer/printed-figures.interop.test.ts": 14,
  "test/xlsx/writer/libreoffice-print.interop.test.ts": 14,
  "test/xlsx/writer/previous-figures.test.ts": 14,
  "test/cli/write-workbook.test.ts": 14,
  "test/xlsx/sheetjs/ods/ods-margins.interop.test.ts": 13,
  "test/cli/rollup-48.test.ts": 12,
  "test/cli/cli.test.ts": 12,
  "test/xlsx/sheetjs/ods/ods-data-styles.interop.test.ts": 11,
  "test/cli/seed-003-campaign.interop.test.ts": 11,
  "test/app/ribbon-commands.test.tsx": 11,
  "test/excel/read-grid.test.ts": 10,
  "test/core/rollup/rollup.properties.test.ts": 10,
  "test/core/looks/print-area.interop.test.ts": 9,
  "test/core/looks/target-block.interop.test.ts": 9,
  "test/cli/demo-width.process.test.ts": 9,
  "test/taskpane/campaign-view.test.tsx": 9,
  "test/xlsx/writer/summary-chart.interop.test.ts": 9,
  "test/xlsx/zip/guard.test.ts": 9,
  "test/xlsx/xlsx-reader/report-reader.differential.interop.test.ts": 8,
  "test/cli/campaign.test.ts": 8,
  "test/core/looks/struck-texts.interop.test.ts": 8,
  "test/core/looks/zeros-hidden.interop.test.ts": 8,
  "test/xlsx/sheetjs/ods/ods-style-maps.interop.test.ts": 8,
  "test/core/looks/conditional-zeros.interop.test.ts": 8,
  "test/xlsx/sheetjs/ods/ods-date-values.interop.test.ts": 8,
  "test/cli/inputs.test.ts": 8,
  "test/taskpane/templates-view.test.tsx": 8,
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
