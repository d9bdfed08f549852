import {
  defaultCampaign,
  layoutSummary,
  parsePeriod,
  rollup,
  TEMPLATE_IDS,
  type Area,
  type SheetPlan,
  type Summary,
  type WorkbookPlan,
} from "../../src/core";
import { wrappedLines } from "../../src/core/layout/row-heights";
import { STYLES, type CellStyle } from "../../src/core/layout/styles";
import { consistentFills, submission, testCampaign, unit } from "./reports";

/** A province's summary of `count` units in four blocs, every form filled, with award proposals. */
export function provinceSummary(count: number): WorkbookPlan {
  const codes = Array.from({ length: count }, (_, i) => `P${String(i + 1).padStart(2, "0")}`);
  const units = codes.map((code, i) => ({ ...unit(code), bloc: `Cụm ${"ABCD"[i % 4]}` }));
  const submissions = codes.map((code, i) =>
    submission({ unit: unit(code), fills: consistentFills(TEMPLATE_IDS, 500 + (i % 6)) }, `${code}.xlsx`),
  );
  return layoutSummary(
    rollup(submissions, {
      campaign: {
        ...defaultCampaign(2025, units),
        awards: [
          { award: "Cờ thi đua", scope: "province", count: 2 },
          { award: "Giấy khen của LĐLĐ tỉnh", scope: "bloc", count: 3 },
        ],
      },
      parent: { code: "T01", name: "LĐLĐ tỉnh" },
    }),
  );
}

/** Bloc names of three lengths: short, the demo's own (src/cli/demo), and longer than any column gives. */
export const BLOC_NAMES = {
  short: "Cụm 1",
  demo: "Cụm 1 – Phường, ngành",
  long: "Cụm thi đua các công đoàn khu công nghiệp và khu kinh tế",
} as const;

/**
 * A roll-up of ten units, in `blocs` in turn, each reporting Biểu 04 alone but the tenth, which sends nothing;
 * the first units named `names`, the others by their codes.
 */
export function blocsSummary(blocs: readonly string[], names: readonly string[] = []): WorkbookPlan {
  const period = parsePeriod("2025-D2")!;
  const units = Array.from({ length: 10 }, (_, i) => ({
    ...unit(`B${String(i + 1).padStart(3, "0")}`, names[i]),
    bloc: blocs[i % blocs.length]!,
  }));
  const reports = units
    .slice(0, 9)
    .map((u, i) =>
      submission(
        { unit: u, period, templates: ["B04"], fills: consistentFills(["B04"], i) },
        `${u.code}.xlsx`,
      ),
    );
  return layoutSummary(rollup(reports, { period, campaign: testCampaign({}, units) }));
}

/** A year's roll-up of `count` units, each reporting Biểu 04 alone for both rounds. */
export function yearSummary(count: number): WorkbookPlan {
  const units = Array.from({ length: count }, (_, i) => unit(`Y${String(i + 1).padStart(3, "0")}`));
  const reports = units.flatMap((u, i) =>
    ["2025-D1", "2025-D2"].map((round) =>
      submission(
        { unit: u, period: parsePeriod(round)!, templates: ["B04"], fills: consistentFills(["B04"], i) },
        `${u.code}-${round}.xlsx`,
      ),
    ),
  );
  return layoutSummary(rollup(reports, { period: parsePeriod("2025")!, campaign: testCampaign({}, units) }));
}

/**
 * The two lists of a roll-up of `count` units with long codes, each reporting Biểu 04 alone but the last,
 * which sends Biểu 01 too (every other unit left all of it blank), and the first `twice` of them sending
 * their report twice: Tình trạng nộp, Báo cáo trùng and Số liệu để trống, the summary's other sheets left out.
 */
export function listedSummary(count: number, twice: number): WorkbookPlan {
  const units = Array.from({ length: count }, (_, i) =>
    unit(`CDCS_KCN_BIEN_HOA_${String(i + 1).padStart(4, "0")}`),
  );
  const reports = units.flatMap((u, i) => {
    const templates = i === count - 1 ? (["B04", "B01"] as const) : (["B04"] as const);
    const report = { unit: u, templates, fills: consistentFills(templates, i) };
    const sent = [submission(report, `${u.code}.xlsx`, "2025-07-01T08:00:00Z")];
    return i < twice
      ? [...sent, submission(report, `${u.code} (gửi lại).xlsx`, "2025-07-02T08:00:00Z")]
      : sent;
  });
  const plan = layoutSummary(rollup(reports, { campaign: testCampaign({}, units) }));
  const lists = ["Tình trạng nộp", "Báo cáo trùng", "Số liệu để trống"];
  return { sheets: [...plan.sheets].filter((s) => lists.includes(s.name)), names: [] };
}

/**
 * A roll-up of `count` units, each reporting Biểu 03 alone, its fees collected twice its budget: a warning each;
 * and of `refused` more, whose files leave the budget blank: each refused.
 */
export function warnedSummary(count: number, refused = 0): WorkbookPlan {
  const units = Array.from({ length: count + refused }, (_, i) => unit(`W${String(i + 1).padStart(3, "0")}`));
  const reports = units.map((u, i) => {
    const fills: ReturnType<typeof consistentFills> = {
      ...consistentFills(["B03"], i),
      TD_B03_union_funding_budget: 1000,
      TD_B03_union_funding_collected: 2000,
    };
    if (i >= count) delete fills.TD_B03_union_funding_budget;
    return submission({ unit: u, templates: ["B03"], fills }, `${u.code}.xlsx`);
  });
  return layoutSummary(rollup(reports, { campaign: testCampaign({}, units) }));
}

/**
 * A roll-up of `count` units, each reporting Biểu 04 alone (quick to build) with figures of its own,
 * spread round-robin over `blocs` blocs named "Cụm A", "Cụm B"… (no blocs when 0).
 */
export function manyUnitsSummary(count: number, blocs: number): Summary {
  const codes = Array.from({ length: count }, (_, i) => `U${String(i + 1).padStart(4, "0")}`);
  const units = codes.map((code, i) => ({
    ...unit(code),
    ...(blocs > 0 ? { bloc: `Cụm ${String.fromCharCode(65 + (i % blocs))}` } : {}),
  }));
  const reports = codes.map((code, i) =>
    submission({ unit: unit(code), templates: ["B04"], fills: consistentFills(["B04"], i) }, `${code}.xlsx`),
  );
  return rollup(reports, { campaign: testCampaign({}, units) });
}

/** The values a sheet plan puts in an area, in reading order (null where it puts nothing). */
export function planValues(sheet: SheetPlan, area: Area): (string | number | null)[] {
  const values: (string | number | null)[] = [];
  for (let row = area.top; row <= area.bottom; row++)
    for (let col = area.left; col <= area.right; col++)
      values.push(sheet.cells.find((c) => c.row === row && c.col === col)?.value ?? null);
  return values;
}

/** The sheets of a summary that list each unit's kind. */
export const KIND_SHEETS = ["Tổng hợp", "Tình trạng nộp"] as const;

/**
 * The unit kinds (`labels`) a summary's sheet lists that would not print whole on one line: in a cell that
 * does not wrap, or in a column too narrow for one line (every commune's row would then grow to two, and the
 * sheet's pages half as many again). Counted beside them: how many cells list a kind, and how many kinds.
 */
export function kindsNotWhole(plan: WorkbookPlan, name: string, labels: readonly string[]) {
  const { cells, names: kinds, cut } = namesNotOnOneLine(plan, name, "Loại đơn vị / Unit kind", labels);
  return { sheet: name, cells, kinds, cut };
}

/**
 * Of the `names` listed under the heading `header` on a summary's sheet: how many cells, how many names,
 * those that would not print on one line (`cut`) and, of those, the ones in a cell that does not wrap, which
 * print cut by the column beside them (`lost`).
 */
export function namesNotOnOneLine(
  plan: WorkbookPlan,
  name: string,
  header: string,
  names: readonly string[],
) {
  const sheet = plan.sheets.find((s) => s.name === name)!;
  const heading = sheet.cells.find((c) => c.value === header)!;
  const width = sheet.columnWidths[heading.col]!;
  const listed = sheet.cells.filter((c) => c.col === heading.col && names.includes(String(c.value)));
  const wraps = (c: (typeof listed)[number]) => (STYLES[c.style!] as CellStyle).wrap === true;
  const cut = listed.filter((c) => !wraps(c) || wrappedLines(String(c.value), width) > 1);
  return {
    cells: listed.length,
    names: new Set(listed.map((c) => c.value)).size,
    cut: cut.map((c) => c.value),
    lost: [...new Set(cut.filter((c) => !wraps(c)).map((c) => c.value))],
  };
}
