import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import {
  defaultTargets,
  layoutReport,
  parsePeriod,
  TEMPLATE_IDS,
  type ReportingUnit,
  type WorkbookPlan,
} from "../../core";
import { writeWorkbookPlan } from "../../xlsx";
import { sampleForms } from "./sample-figures";

const OUT = path.resolve("demo-output");
const BIN = path.resolve(__dirname, "../../../bin/thidua.js");
const PERIOD = parsePeriod("2025-D1")!;
const PROVINCE = { code: "LDLD_BP", name: "LĐLĐ tỉnh Bình Phước" };

const UNITS: ReportingUnit[] = [
  ["P01", "Công đoàn phường Đồng Xoài", "commune"],
  ["P02", "Công đoàn phường Tân Bình", "commune"],
  ["P03", "Công đoàn phường Bình Long", "commune"],
  ["P04", "Công đoàn phường Phước Long", "commune"],
  ["P05", "Công đoàn xã Phú Riềng", "commune"],
  ["P06", "Công đoàn xã Bù Đăng", "commune"],
  ["P07", "Công đoàn xã Lộc Ninh", "commune"],
  ["P08", "Công đoàn xã Đồng Phú", "commune"],
  ["K01", "Công đoàn các KCN tỉnh", "industrial_park"],
  ["N01", "Công đoàn ngành Giáo dục", "sector"],
  ["N02", "Công đoàn ngành Y tế", "sector"],
  ["D01", "CĐCS Công ty Cao su Phú Riềng", "grassroots_direct"],
].map(([code, name, kind]) => ({
  code: code!,
  name: name!,
  kind: kind as ReportingUnit["kind"],
  parentCode: PROVINCE.code,
}));

/** A unit that never reports, so the summary has someone missing. */
const SILENT_UNIT = { code: "P09", name: "Công đoàn xã Thanh Lương", kind: "commune" };

function reportPlan(unit: ReportingUnit, seed: number, period = PERIOD): WorkbookPlan {
  const targets = {
    ...defaultTargets(TEMPLATE_IDS),
    B02_members_admitted: 150 + (seed % 7) * 40,
    B02_unions_founded: 2,
  };
  return layoutReport({
    unit,
    period,
    templates: TEMPLATE_IDS,
    targets,
    forms: sampleForms(TEMPLATE_IDS, seed),
  });
}

/** What a hurried user does: types a figure as text and a count that exceeds its whole. */
function spoil(plan: WorkbookPlan): WorkbookPlan {
  const at = (name: string) => plan.names.find((n) => n.name === name)!;
  const text = at("TD_B02_private_members_admitted");
  const over = at("TD_B01_private_cla_signed");
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      cells: sheet.cells.map((cell) =>
        sheet.name === text.sheet && cell.row === text.row && cell.col === text.col
          ? { ...cell, value: "1.250" }
          : sheet.name === over.sheet && cell.row === over.row && cell.col === over.col
            ? { ...cell, value: 9999 }
            : cell,
      ),
    })),
  };
}

async function write(file: string, plan: WorkbookPlan, modified: string): Promise<void> {
  await fs.writeFile(
    path.join(OUT, "received", file),
    await writeWorkbookPlan(plan, { modified: new Date(modified) }),
  );
}

function thidua(args: string[]): void {
  const shown = args.map((a) => (/[\s]/.test(a) ? `"${a}"` : a)).join(" ");
  process.stdout.write(`\n$ thidua ${shown}\n`);
  const result = spawnSync(process.execPath, [BIN, ...args], { stdio: "inherit" });
  process.stdout.write(`(exit ${result.status})\n`);
}

async function main(): Promise<void> {
  await fs.rm(OUT, { recursive: true, force: true });
  await fs.mkdir(path.join(OUT, "received"), { recursive: true });
  const csv = [
    "code,name,kind",
    ...[...UNITS, SILENT_UNIT].map((u) => `${u.code},"${u.name}",${u.kind}`),
  ].join("\n");
  await fs.writeFile(path.join(OUT, "units.csv"), `${csv}\n`);

  for (const [i, unit] of UNITS.entries()) {
    const plan = reportPlan(unit, 1000 + i * 17);
    if (unit.code === "P05") await write(`${unit.code}.xlsx`, spoil(plan), "2025-07-04T09:00:00Z");
    else if (unit.code === "P07") {
      await write("P07-lan1.xlsx", reportPlan(unit, 77), "2025-07-02T09:00:00Z");
      await write("P07-lan2.xlsx", plan, "2025-07-06T15:30:00Z");
    } else if (unit.code === "N02")
      await write("N02-nam-2024.xlsx", reportPlan(unit, 5, parsePeriod("2024-D2")!), "2025-01-10T08:00:00Z");
    else await write(`${unit.code}.xlsx`, plan, "2025-07-05T10:00:00Z");
  }

  thidua([
    "template",
    "-o",
    "demo-output/mau-trong-P01.xlsx",
    "--unit-code",
    "P01",
    "--unit-name",
    UNITS[0]!.name,
    "--unit-kind",
    "commune",
    "--parent-code",
    PROVINCE.code,
    "--period",
    PERIOD.id,
    "--target",
    "B02_members_admitted=150",
  ]);
  thidua(["validate", "demo-output/received/P01.xlsx", "demo-output/received/P05.xlsx"]);
  thidua([
    "rollup",
    "demo-output/received",
    "-o",
    "demo-output/tong-hop-2025-D1.xlsx",
    "--units",
    "demo-output/units.csv",
    "--period",
    PERIOD.id,
    "--parent-code",
    PROVINCE.code,
    "--parent-name",
    PROVINCE.name,
  ]);
  thidua(["validate", "demo-output/tong-hop-2025-D1.xlsx"]);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
