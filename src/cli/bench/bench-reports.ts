import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defaultTargets, layoutReport, parsePeriod, sampleForms, TEMPLATE_IDS } from "../../core";
import { GENERATOR_VERSION } from "../../core/version";
import { writeWorkbookPlan } from "../../xlsx";

export const BENCH_PERIOD = "2025-D1";

const code = (i: number) => `U${String(i + 1).padStart(4, "0")}`;

/**
 * A folder of `count` report workbooks (four forms, plausible figures), written once per generator
 * version and reused: writing thousands of workbooks takes longer than reading them.
 */
export async function benchReports(root: string, count: number): Promise<string> {
  const dir = path.join(root, `reports-${GENERATOR_VERSION}-${count}`);
  if (existsSync(dir) && readdirSync(dir).length === count) return dir;
  mkdirSync(dir, { recursive: true });
  const period = parsePeriod(BENCH_PERIOD)!;
  for (let i = 0; i < count; i++) {
    const unit = {
      code: code(i),
      name: `Công đoàn xã ${i + 1}`,
      kind: "commune" as const,
      parentCode: "LDLD_T",
    };
    const plan = layoutReport({
      unit,
      period,
      templates: TEMPLATE_IDS,
      targets: defaultTargets(TEMPLATE_IDS),
      forms: sampleForms(TEMPLATE_IDS, i + 1),
    });
    writeFileSync(path.join(dir, `${unit.code}.xlsx`), await writeWorkbookPlan(plan));
  }
  return dir;
}
