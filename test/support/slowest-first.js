// The order test files start in, for `npm test` on two workers: the slowest first, so that no worker is left with
// a long file while the other has finished. Jest orders by the durations it cached on this machine; a clean clone
// (CI) has none and Jest would order by file size, which puts a 3-line LibreOffice test after a long table of
// cases: there the seconds below, measured on the shared 2-core machine, stand in for the cache.
"use strict";
const path = require("node:path");
const Sequencer = require("@jest/test-sequencer").default;

/** Seconds a test file took on the 2-core machine, for the files over ~20 s (update when one grows). */
const KNOWN_SECONDS = {
  "test/core/looks/honest-corpus-en.interop.test.ts": 160,
  "test/core/looks/honest-corpus-vi.interop.test.ts": 160,
  "test/excel/cut-writes-summaries.test.ts": 110,
  "test/excel/cut-writes-reports.test.ts": 90,
  "test/core/looks/column-hashes.interop.test.ts": 140,
  "test/core/looks/identity-line.interop.test.ts": 136,
  "test/e2e/excel-pane.test.ts": 127,
  "test/core/looks/misleading-display.interop.test.ts": 122,
  "test/core/looks/colour-hidden.interop.test.ts": 100,
  "test/taskpane/rollup-view.test.tsx": 87,
  "test/xlsx/xlsx-reader/label-runs.interop.test.ts": 75,
  "test/core/looks/cut-texts.interop.test.ts": 70,
  "test/cli/targets-end-to-end.interop.test.ts": 60,
  "test/excel/summary-payload.test.ts": 56,
  "test/cli/seed-002-campaign.interop.test.ts": 55,
  "test/cli/seed-003-campaign.interop.test.ts": 50,
  "test/e2e/views.test.ts": 50,
  "test/xlsx/writer/self-check.interop.test.ts": 50,
  "test/xlsx/writer/previous-figures.test.ts": 46,
  "test/taskpane/campaign-view.test.tsx": 46,
  "test/e2e/single-file.test.ts": 46,
  "test/core/rollup/rollup.properties.test.ts": 42,
  "test/core/looks/misleading-display.test.ts": 38,
  "test/xlsx/writer/libreoffice-print.interop.test.ts": 37,
  "test/e2e/start-linux.test.ts": 35,
  "test/e2e/standalone.test.ts": 35,
  "test/cli/seed-004-campaign.interop.test.ts": 34,
  "test/excel/read-grid.test.ts": 30,
  "test/excel/swap-failure-text.test.ts": 29,
  "test/xlsx/zip/zip-codecs.test.ts": 29,
  "test/excel/interrupted-write.test.ts": 28,
  "test/cli/write-workbook.test.ts": 28,
  "test/taskpane/plan-parts.test.ts": 28,
  "test/core/looks/misleading-parts.interop.test.ts": 28,
  "test/xlsx/writer/printed-figures.interop.test.ts": 25,
  "test/taskpane/computed-style.test.tsx": 25,
  "test/xlsx/xlsx-reader/printed-small.interop.test.ts": 25,
  "test/cli/cli.test.ts": 25,
  "test/xlsx/zip/guard.test.ts": 24,
  "test/cli/hostile-files.process.test.ts": 23,
  "test/taskpane/templates-view.test.tsx": 22,
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
