import { NATIVE_ZIP_CODEC } from "../../../src/cli/native-zip-codec";
import type { Submission } from "../../../src/core";
import { readSubmission } from "../../../src/xlsx";
import {
  fastOutcome,
  isClearRefusal,
  passesToEqual,
  sheetJsOutcome,
  withoutTextLayout,
} from "../../support/compare-readers";
import { cpuTimed } from "../../support/cpu-time";
import { mutateReport, type Mutant } from "../../support/mutate-report";
import { resaveWith } from "../../support/libreoffice";
import { reportBytes } from "../../support/report-file";

const MUTANTS = Number(process.env.FUZZ_MUTANTS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20251);
/** Generous for a slow machine: a report reads in milliseconds, a hostile file must not take longer. */
const MAX_MS = 3000;

/** Files SheetJS cannot survive (measured: out of memory): only the report reader is run on them. */
const killsSheetJs = (m: Mutant) => /whole sheet/.test(m.label);

let reports: Uint8Array[];

const withoutDetail = (submission: Submission) =>
  "detail" in submission ? { ...submission, detail: undefined } : submission;

beforeAll(async () => {
  // SheetJS warns on the console about each size a mutant's zip misdeclares.
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  const written = await reportBytes("CD_F01", 3);
  reports = [written, resaveWith(written, "xlsx", "xlsx")];
}, 120_000);

describe(`${MUTANTS} mutants of real reports (seed ${SEED})`, () => {
  it("each ends in a report or a clear refusal, quickly, and both readers agree", () => {
    const problems: string[] = [];
    for (let i = 0; i < MUTANTS; i++) {
      const mutant = mutateReport(reports[i % reports.length]!, SEED + i);
      const name = `#${i} ${mutant.label}`;
      const { result: submission, ms } = cpuTimed(() =>
        readSubmission(mutant.bytes, { name: "m.xlsx", sha256: "x" }),
      );
      if (ms > MAX_MS) problems.push(`${name}: took ${Math.round(ms)} ms of CPU`);
      if ("unreadable" in submission && !isClearRefusal(submission.unreadable))
        problems.push(`${name}: unclear refusal ${JSON.stringify(submission.unreadable)}`);
      // The same report or the same refusal with Node's zlib as with fflate; only what the inflater
      // itself said (the verbose detail) may differ.
      const native = readSubmission(mutant.bytes, { name: "m.xlsx", sha256: "x" }, NATIVE_ZIP_CODEC);
      if (!passesToEqual(withoutDetail(native), withoutDetail(submission)))
        problems.push(`${name}: Node's zlib reads it otherwise`);
      if (killsSheetJs(mutant)) continue;
      const [fast, slow] = [
        withoutTextLayout(fastOutcome(mutant.bytes)),
        withoutTextLayout(sheetJsOutcome(mutant.bytes)),
      ];
      // The report reader is the stricter one where they cannot agree: it refuses XML that is not well
      // formed (entities from a DTD, a cut tag) that SheetJS reads with regular expressions, and a sheet
      // it cannot read (a shared-string index out of range, a missing part) that SheetJS silently drops,
      // reporting the rest as if the sheet were blank. Refusing is then the right answer.
      if (!fast.read) continue;
      if (!slow.read) problems.push(`${name}: only SheetJS refused (${slow.reason.en})`);
      else if (!passesToEqual(fast, slow)) problems.push(`${name}: the readers disagree`);
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
