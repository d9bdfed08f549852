import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extract } from "../../src/core";
import { readWorkbookGrid } from "../../src/xlsx";
import { runCli } from "./run-cli";

/** The campaign workbook `campaign init` writes for 2025 with one commune union, P01, at `campaign`. */
export async function initOneUnitCampaign(dir: string, campaign: string): Promise<void> {
  const units = path.join(dir, "don-vi.csv");
  writeFileSync(units, "code,name,kind,parent,bloc\nP01,Công đoàn phường Một,commune,LDLD_DN,Cụm 1\n");
  const init = await runCli(["campaign", "init", "--year", "2025", "--units", units, "-o", campaign]);
  expect(init).toMatchObject({ code: 0 });
}

/** The one unit's template for Đợt 1 of 2025, as `templates --campaign` writes it into `out`, and read back. */
export async function unitTemplate(campaign: string, out: string) {
  const made = await runCli(["templates", "--campaign", campaign, "--period", "2025-D1", "-o", out]);
  expect(made).toMatchObject({ code: 0 });
  const [file] = readdirSync(out);
  const grid = readWorkbookGrid(new Uint8Array(readFileSync(path.join(out, file!))), file!);
  return { grid, report: extract(grid).report! };
}
