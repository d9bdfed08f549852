import { defaultTargets, layoutReport, parsePeriod, TEMPLATE_IDS } from "../../src/core";
import { writeWorkbookPlan } from "../../src/xlsx";
import { fillByName } from "./fill-by-name";
import { consistentFills } from "./reports";

/** A unit's report workbook as another program would have filled it (no cached formula values). */
export async function reportBytes(
  code: string,
  seed: number,
  overrides: Record<string, number | string> = {},
  period = "2025-D1",
): Promise<Uint8Array> {
  const unit = { code, name: `Công đoàn ${code}`, kind: "commune" as const, parentCode: "LDLD_T" };
  const plan = layoutReport({
    unit,
    period: parsePeriod(period)!,
    templates: TEMPLATE_IDS,
    targets: { ...defaultTargets(TEMPLATE_IDS), B02_members_admitted: 100 },
  });
  const fills = { ...(consistentFills(TEMPLATE_IDS, seed) as Record<string, number>), ...overrides };
  return fillByName(await writeWorkbookPlan(plan), fills);
}
