import { defaultTargets, layoutReport, parsePeriod, TEMPLATE_IDS } from "../../src/core";
import { writeWorkbook } from "../../src/cli/write-workbook";
import { fillByName } from "./fill-by-name";
import { consistentFills } from "./reports";

/**
 * The reports made in this test process, by their inputs: a file that rolls up the same 100 reports at three
 * widths makes each once (~0.1 s of CPU a report), and every caller still gets bytes of its own to change.
 */
const made = new Map<string, Promise<Uint8Array>>();

/** A unit's report workbook as another program would have filled it (no cached formula values). */
export async function reportBytes(
  code: string,
  seed: number,
  overrides: Record<string, number | string> = {},
  period = "2025-D1",
): Promise<Uint8Array> {
  const key = JSON.stringify([code, seed, overrides, period]);
  let bytes = made.get(key);
  if (bytes === undefined) {
    bytes = makeReport(code, seed, overrides, period);
    made.set(key, bytes);
  }
  return (await bytes).slice();
}

async function makeReport(
  code: string,
  seed: number,
  overrides: Record<string, number | string>,
  period: string,
): Promise<Uint8Array> {
  const unit = { code, name: `Công đoàn ${code}`, kind: "commune" as const, parentCode: "LDLD_T" };
  const plan = layoutReport({
    unit,
    period: parsePeriod(period)!,
    templates: TEMPLATE_IDS,
    targets: { ...defaultTargets(TEMPLATE_IDS), B02_members_admitted: 100 },
  });
  const fills = { ...(consistentFills(TEMPLATE_IDS, seed) as Record<string, number>), ...overrides };
  return fillByName(await writeWorkbook(plan), fills);
}
