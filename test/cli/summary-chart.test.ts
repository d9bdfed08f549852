import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defaultTargets, layoutReport, parsePeriod, TEMPLATE_IDS } from "../../src/core";
import { writeWorkbookPlan } from "../../src/xlsx";
import { writtenCharts } from "../support/chart-parts";
import { fillByName } from "../support/fill-by-name";
import { consistentFills } from "../support/reports";
import { PARENT, runCli, tempDir } from "./run-cli";

const BLOCS: Record<string, string> = { P01: "Cụm A", P02: "Cụm B", P03: "Cụm A" };

describe("thidua rollup writes the summary's charts", () => {
  it("charts every unit by score and each bloc by average score, from the summary's own cells", async () => {
    const dir = tempDir("chart");
    mkdirSync(path.join(dir, "in"));
    const period = parsePeriod("2025-D1")!;
    for (const [i, code] of Object.keys(BLOCS).entries()) {
      const unit = { code, name: `Công đoàn ${code}`, kind: "commune" as const, parentCode: "T01" };
      const blank = await writeWorkbookPlan(
        layoutReport({ unit, period, templates: TEMPLATE_IDS, targets: defaultTargets(TEMPLATE_IDS) }),
      );
      const fills = consistentFills(TEMPLATE_IDS, 40 + i) as Record<string, number>;
      writeFileSync(path.join(dir, "in", `${code}.xlsx`), fillByName(blank, fills));
    }
    const units = path.join(dir, "units.csv");
    const rows = Object.entries(BLOCS).map(([code, bloc]) => `${code},Công đoàn ${code},commune,${bloc}`);
    writeFileSync(units, ["code,name,kind,bloc", ...rows].join("\n"));
    const output = path.join(dir, "tong-hop.xlsx");
    const rollup = ["rollup", path.join(dir, "in"), "--units", units, "--json", ...PARENT];
    const result = await runCli([...rollup, "-o", output]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as {
      units: { code: string; name: string; score: number; rank: number }[];
    };

    const [byUnit, byBloc] = writtenCharts(new Uint8Array(readFileSync(output)));
    const ranked = [...json.units].sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code));
    expect(byUnit!.categories.cache).toEqual(ranked.map((u) => u.name));
    expect(byUnit!.values.cache).toEqual(ranked.map((u) => u.score));
    const average = (bloc: string) => {
      const scores = json.units.filter((u) => BLOCS[u.code] === bloc).map((u) => u.score);
      return scores.reduce((a, b) => a + b, 0) / scores.length;
    };
    const blocs = ["Cụm A", "Cụm B"].sort((a, b) => average(b) - average(a));
    expect(byBloc!.categories.cache).toEqual(blocs);
    expect(byBloc!.values.cache).toEqual(blocs.map(average));
  });
});
