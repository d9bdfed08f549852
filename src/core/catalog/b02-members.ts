import { ENTERPRISE_ROWS, ENTERPRISE_ROWS_BEFORE, SECTORS_HEADING } from "./enterprise-rows";
import { col, minus, ratio, row, sumOf } from "./expr-builders";
import type { ColumnDef, Expr, TemplateDef } from "./types";
import { earlierVersion } from "./versions";

const sectorRows = ["public_sector", ...ENTERPRISE_ROWS.map((r) => r.key), "other"];

/** The start plus what came in, less what went out: the end of the period. */
const balance = (start: string, ins: readonly string[], outs: readonly string[]): Expr =>
  outs.reduce((end, out) => minus(end, col(out)), sumOf(col(start), ...ins.map(col)));

/** What went out cannot exceed what there was and what came in. */
const outflowsWithin = (start: string, ins: readonly string[], outs: readonly string[]) => ({
  left: sumOf(...outs.map(col)),
  right: sumOf(col(start), ...ins.map(col)),
});

const flow = (key: string, vi: string, en: string): ColumnDef => ({
  key,
  label: { vi, en },
  kind: "count",
  aggregation: "flow",
});

/** Most units transfer no one in a round: a blank transfer is none, not a figure left out. */
const transfer = (key: string, vi: string, en: string): ColumnDef => ({
  ...flow(key, vi, en),
  optional: true,
});

const MEMBERS_IN = ["members_admitted", "members_transferred_in"];
const MEMBERS_OUT = ["members_left", "members_transferred_out"];
const UNIONS_IN = ["unions_founded", "unions_transferred_in"];
const UNIONS_OUT = ["unions_dissolved", "unions_transferred_out"];

/**
 * Version 2 counts transfers apart (the 2025 move of grassroots unions from dissolved district
 * federations to commune unions), so that admissions and foundings stay what they say; version 3 names
 * the private sector as the federation does.
 */
export const B02: TemplateDef = {
  id: "B02",
  version: 3,
  sheetName: "Biểu 02",
  title: {
    vi: "Biểu 02: Phát triển đoàn viên, thành lập công đoàn cơ sở",
    en: "Form 02: Member development",
  },
  rowsHeading: SECTORS_HEADING,
  rows: [
    {
      key: "public_sector",
      label: { vi: "Khu vực hành chính, sự nghiệp", en: "Administrative and public service" },
    },
    ...ENTERPRISE_ROWS,
    {
      key: "other",
      label: { vi: "Khác (hợp tác xã, nghiệp đoàn…)", en: "Other (cooperatives, occupational unions…)" },
      optional: true,
    },
    { key: "total", label: { vi: "Tổng cộng", en: "Total" }, formula: sumOf(...sectorRows.map(row)) },
  ],
  columns: [
    {
      key: "workers",
      label: { vi: "Số CNVCLĐ tại đơn vị có CĐCS (người)", en: "Workers in units with a union" },
      kind: "count",
      aggregation: "stock_end",
    },
    {
      key: "members_start",
      label: { vi: "Đoàn viên đầu kỳ", en: "Members at start" },
      kind: "count",
      aggregation: "stock_start",
      opensFrom: "members_end",
    },
    flow("members_admitted", "Kết nạp mới", "Admitted"),
    transfer("members_transferred_in", "Chuyển đến", "Transferred in"),
    flow("members_left", "Giảm (nghỉ việc, ra khỏi tổ chức…)", "Left (other than transfers)"),
    transfer("members_transferred_out", "Chuyển đi", "Transferred out"),
    {
      key: "members_end",
      label: { vi: "Đoàn viên cuối kỳ", en: "Members at end" },
      kind: "count",
      aggregation: "stock_end",
      formula: balance("members_start", MEMBERS_IN, MEMBERS_OUT),
    },
    {
      key: "members_female",
      label: { vi: "Trong đó: nữ", en: "Of whom women" },
      kind: "count",
      aggregation: "stock_end",
    },
    {
      key: "unions_start",
      label: { vi: "CĐCS đầu kỳ", en: "Grassroots unions at start" },
      kind: "count",
      aggregation: "stock_start",
      opensFrom: "unions_end",
    },
    flow("unions_founded", "Thành lập mới", "Founded"),
    transfer("unions_transferred_in", "CĐCS chuyển đến", "Unions transferred in"),
    flow("unions_dissolved", "Giải thể, sáp nhập", "Dissolved or merged"),
    transfer("unions_transferred_out", "CĐCS chuyển đi", "Unions transferred out"),
    {
      key: "unions_end",
      label: { vi: "CĐCS cuối kỳ", en: "Grassroots unions at end" },
      kind: "count",
      aggregation: "stock_end",
      formula: balance("unions_start", UNIONS_IN, UNIONS_OUT),
    },
    {
      key: "membership_rate",
      label: { vi: "Tỷ lệ đoàn viên/CNVCLĐ (%)", en: "Membership rate (%)" },
      kind: "ratio",
      aggregation: "stock_end",
      formula: ratio(col("members_end"), col("workers")),
    },
  ],
  rules: [
    {
      id: "B02.members_end_not_negative",
      severity: "error",
      over: "rows",
      test: "le",
      ...outflowsWithin("members_start", MEMBERS_IN, MEMBERS_OUT),
      message: {
        vi: "{row}: số đoàn viên giảm và chuyển đi ({left}) lớn hơn số đoàn viên đầu kỳ cộng kết nạp mới và chuyển đến ({right}); hãy kiểm tra lại.",
        en: "{row}: members who left or transferred out ({left}) exceed members at start plus admitted and transferred in ({right}); check them.",
      },
    },
    {
      id: "B02.female_le_members",
      severity: "error",
      over: "rows",
      test: "le",
      left: col("members_female"),
      right: col("members_end"),
      message: {
        vi: "{row}: số đoàn viên nữ ({left}) lớn hơn số đoàn viên cuối kỳ ({right}).",
        en: "{row}: women members ({left}) exceed members at end ({right}).",
      },
    },
    {
      id: "B02.members_le_workers",
      severity: "error",
      over: "rows",
      test: "le",
      left: col("members_end"),
      right: col("workers"),
      message: {
        vi: "{row}: số đoàn viên cuối kỳ ({left}) lớn hơn số CNVCLĐ ({right}).",
        en: "{row}: members at end ({left}) exceed workers ({right}).",
      },
    },
    {
      id: "B02.unions_end_not_negative",
      severity: "error",
      over: "rows",
      test: "le",
      ...outflowsWithin("unions_start", UNIONS_IN, UNIONS_OUT),
      message: {
        vi: "{row}: số CĐCS giải thể, sáp nhập và chuyển đi ({left}) lớn hơn số CĐCS đầu kỳ cộng thành lập mới và chuyển đến ({right}); hãy kiểm tra lại.",
        en: "{row}: unions dissolved or transferred out ({left}) exceed unions at start plus founded and transferred in ({right}); check them.",
      },
    },
  ],
  targets: [
    {
      key: "B02_members_admitted",
      label: { vi: "Kết nạp đoàn viên mới (chỉ tiêu giao)", en: "New members admitted (assigned)" },
      row: "total",
      col: "members_admitted",
      combine: "sum",
      source: "domain: chỉ tiêu giao",
    },
    {
      key: "B02_unions_founded",
      label: { vi: "Thành lập CĐCS mới (chỉ tiêu giao)", en: "Grassroots unions founded (assigned)" },
      row: "total",
      col: "unions_founded",
      combine: "sum",
      source: "domain: chỉ tiêu giao",
    },
  ],
};

/** B02 with transfers, before the private sector's row took the federation's word. */
export const B02_V2: TemplateDef = earlierVersion(B02, { version: 2, rows: ENTERPRISE_ROWS_BEFORE });

/** B02 as first published: no transfer columns, so members and unions that left counted transfers out. */
export const B02_V1: TemplateDef = earlierVersion(B02_V2, {
  version: 1,
  without: [
    "members_transferred_in",
    "members_transferred_out",
    "unions_transferred_in",
    "unions_transferred_out",
  ],
  columns: {
    members_left: { label: { vi: "Giảm (chuyển đi, nghỉ việc…)", en: "Left" } },
    members_end: { formula: balance("members_start", ["members_admitted"], ["members_left"]) },
    unions_end: { formula: balance("unions_start", ["unions_founded"], ["unions_dissolved"]) },
  },
  rules: {
    "B02.members_end_not_negative": {
      ...outflowsWithin("members_start", ["members_admitted"], ["members_left"]),
      message: {
        vi: "{row}: số đoàn viên giảm ({left}) lớn hơn đầu kỳ cộng kết nạp ({right}).",
        en: "{row}: members who left ({left}) exceed members at start plus admitted ({right}).",
      },
    },
    "B02.unions_end_not_negative": {
      ...outflowsWithin("unions_start", ["unions_founded"], ["unions_dissolved"]),
      message: {
        vi: "{row}: số CĐCS giải thể, sáp nhập ({left}) lớn hơn đầu kỳ cộng thành lập mới ({right}).",
        en: "{row}: unions dissolved ({left}) exceed unions at start plus founded ({right}).",
      },
    },
  },
});
