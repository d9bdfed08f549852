import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { layoutCampaign } from "../../src/core";
import { writeWorkbookPlan } from "../../src/xlsx";
import { displayWidth } from "../../src/cli/display-width";
import { reportBytes } from "../support/report-file";
import { testCampaign, unit } from "../support/reports";
import { runCli, tempDir } from "./run-cli";

const BLOCS = ["Cụm 1 – Phường", "Cụm 2 – Xã", "Cụm 3 – Khu công nghiệp"];
const CODES = Array.from({ length: 48 }, (_, i) => `X${String(i + 1).padStart(2, "0")}`);

describe("thidua rollup of a 48-unit campaign in three blocs, in 80 columns", () => {
  const dir = tempDir("rollup-48");
  const received = path.join(dir, "nhan");
  const campaign = path.join(dir, "ke-hoach.xlsx");

  beforeAll(async () => {
    mkdirSync(received);
    const units = CODES.map((code, i) => ({
      ...unit(code, `Công đoàn cơ sở phường số ${i + 1} thành phố Biên Hòa`),
      bloc: BLOCS[i % 3]!,
    }));
    // The province raised 45 units' admissions target after their workbooks went out with 100.
    const raised = Object.fromEntries(
      CODES.slice(0, 45).map((code) => [code, { B02_members_admitted: 150 }]),
    );
    writeFileSync(campaign, await writeWorkbookPlan(layoutCampaign(testCampaign(raised, units))));
    for (const [i, code] of CODES.entries())
      writeFileSync(path.join(received, `${code}.xlsx`), await reportBytes(code, 100 + i));
  }, 60_000);

  it("prints no line over 80 columns, and a warning 48 units share once, a target unassessed apart", async () => {
    const args = ["rollup", received, "--campaign", campaign, "--period", "2025-D1"];
    args.push("--parent-code", "LDLD_T", "--parent-name", "LĐLĐ tỉnh");
    const { code, out, err } = await runCli([...args, "-o", path.join(dir, "tong-hop.xlsx")]);
    expect([code, err]).toEqual([0, ""]);
    const lines = out.split("\n");
    expect(lines.filter((l) => displayWidth(l) > 80)).toEqual([]);
    expect(lines.filter((l) => /^\d+\s+X\d\d\s+Công đoàn cơ sở\S* .*…/.test(l))).toHaveLength(48);
    expect(lines.filter((l) => l.startsWith("— Cụm thi đua: "))).toHaveLength(3);
    const warnings = lines.slice(lines.findIndex((l) => l.startsWith("Cảnh báo của các đơn vị")));
    const kinds = warnings.filter((l) => l.startsWith("  ⚠ "));
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.length).toBeLessThan(10);
    const text = warnings.map((l) => l.trim()).join(" ");
    // The workbooks' own names differ from the campaign's for all 48, the target for 45, and the 3 others carry
    // one the campaign does not assign them, which is not assessed: a line each.
    expect(text).toMatch(/⚠ X01 [^⚠]*48 cảnh báo ở 48 đơn vị: X01, X02, X03, X04, X05 … \+43/);
    expect(text).toMatch(
      /⚠ X01 [^⚠]*Kết nạp đoàn viên mới \(chỉ tiêu giao\)[^⚠]*45 cảnh báo ở 45 đơn vị: X01, X02, X03, X04, X05 … \+40/,
    );
    expect(text).toMatch(/⚠ X46 [^⚠]*không giao chỉ tiêu này[^⚠]*3 cảnh báo ở 3 đơn vị: X46, X47, X48/);
    expect(lines.filter((l) => /^\s+X\d\d: \d+ cảnh báo/.test(l))).toEqual([]);

    const json = JSON.parse((await runCli([...args, "--json"])).out);
    const count = (rule: string) =>
      json.units.map(
        (u: { code: string; warnings: { rule: string }[] }) =>
          `${u.code} ${u.warnings.filter((w) => w.rule === rule).length}`,
      );
    expect(count("rollup.target_differs").sort()).toEqual(CODES.map((c, i) => `${c} ${i < 45 ? 1 : 0}`));
    expect(count("rollup.target_not_assigned").sort()).toEqual(CODES.map((c, i) => `${c} ${i < 45 ? 0 : 1}`));
  }, 60_000);
});
