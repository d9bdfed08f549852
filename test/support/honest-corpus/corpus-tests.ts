import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ClerkCase } from "./cases";
import { judge, type Judged, type Verdict } from "./judge";
import { halfCases, makeCorpus, type CorpusHalf } from "./make-corpus";

/**
 * The tests of a half of the honest corpus (test/core/looks/honest-corpus-*.interop.test.ts): the half made in
 * `beforeAll`, then each case must be accepted (warnings allowed) with every figure as the table has it. Its
 * verdicts go to test-output/honest-corpus-<half>.json. Returns the judge of a case of the half, made.
 */
export function honestCorpusTests(half: CorpusHalf): (clerkCase: ClerkCase) => Judged {
  const cases = halfCases(half);
  const summary = path.resolve(__dirname, `../../../test-output/honest-corpus-${half}.json`);
  let dir: string;
  let failedInProgram: Record<string, string | null>;
  const judged = new Map<ClerkCase, Judged>();
  const judgeCase = (clerkCase: ClerkCase): Judged => {
    expect({ program: failedInProgram[clerkCase.id] }).toEqual({ program: null });
    const name = `${clerkCase.id}.${clerkCase.format}`;
    return judge(new Uint8Array(readFileSync(path.join(dir, name))), name);
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "thidua-honest-"));
    failedInProgram = await makeCorpus(dir, half);
  }, 400_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    const count = (verdict: Verdict) => [...judged.values()].filter((j) => j.verdict === verdict).length;
    const counts = { accepted: count("accepted"), warned: count("warned"), refused: count("refused") };
    mkdirSync(path.dirname(summary), { recursive: true });
    const all = [...judged].map(([c, j]) => ({ case: c.name, file: `${c.id}.${c.format}`, ...j }));
    writeFileSync(summary, `${JSON.stringify({ counts, cases: all }, null, 2)}\n`);
    // The line a closing note quotes.
    console.log(
      `Honest corpus, ${half} half: ${judged.size} cases, ${counts.accepted} accepted, ${counts.warned} warned, ${counts.refused} refused (${summary})`,
    );
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, clerkCase) => {
    const result = judgeCase(clerkCase);
    judged.set(clerkCase, result);
    expect({ errors: result.errors, differences: result.differences }).toEqual({
      errors: [],
      differences: [],
    });
  });
  return judgeCase;
}
