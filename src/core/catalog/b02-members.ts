import { col, minus, ratio, row, sumOf } from "./expr-builders";
import type { TemplateDef } from "./types";

const sectorRows = ["public_sector", "state", "private", "fdi", "other"];

export const B02: TemplateDef = {
  id: "B02",
  version: 1,
  sheetName: "Biểu 02",
  title: {
    vi: "Biểu 02: Phát triển đoàn viên, thành lập công đoàn cơ sở",
    en: "Form 02: Member development",
  },
  rows: [
    {
      key: "public_sector",
      label: { vi: "Khu vực hành chính, sự nghiệp", en: "Administrative and public service" },
    },
    { key: "state", label: { vi: "Doanh nghiệp nhà nước", en: "State-owned enterprises" } },
    { key: "private", label: { vi: "Doanh nghiệp ngoài nhà nước trong nước", en: "Domestic private" } },
    { key: "fdi", label: { vi: "Doanh nghiệp có vốn đầu tư nước ngoài", en: "Foreign-invested" } },
    {
      key: "other",
      label: { vi: "Khác (hợp tác xã, nghiệp đoàn…)", en: "Other (cooperatives, trade unions…)" },
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
    {
      key: "members_admitted",
      label: { vi: "Kết nạp mới", en: "Admitted" },
      kind: "count",
      aggregation: "flow",
    },
    {
      key: "members_left",
      label: { vi: "Giảm (chuyển đi, nghỉ việc…)", en: "Left" },
      kind: "count",
      aggregation: "flow",
    },
    {
      key: "members_end",
      label: { vi: "Đoàn viên cuối kỳ", en: "Members at end" },
      kind: "count",
      aggregation: "stock_end",
      formula: minus(sumOf(col("members_start"), col("members_admitted")), col("members_left")),
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
    {
      key: "unions_founded",
      label: { vi: "Thành lập mới", en: "Founded" },
      kind: "count",
      aggregation: "flow",
    },
    {
      key: "unions_dissolved",
      label: { vi: "Giải thể, sáp nhập", en: "Dissolved or merged" },
      kind: "count",
      aggregation: "flow",
    },
    {
      key: "unions_end",
      label: { vi: "CĐCS cuối kỳ", en: "Grassroots unions at end" },
      kind: "count",
      aggregation: "stock_end",
      formula: minus(sumOf(col("unions_start"), col("unions_founded")), col("unions_dissolved")),
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
      left: col("members_left"),
      right: sumOf(col("members_start"), col("members_admitted")),
      message: {
        vi: "{row}: số đoàn viên giảm ({left}) lớn hơn đầu kỳ cộng kết nạp ({right}).",
        en: "{row}: members who left ({left}) exceed members at start plus admitted ({right}).",
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
      left: col("unions_dissolved"),
      right: sumOf(col("unions_start"), col("unions_founded")),
      message: {
        vi: "{row}: số CĐCS giải thể, sáp nhập ({left}) lớn hơn đầu kỳ cộng thành lập mới ({right}).",
        en: "{row}: unions dissolved ({left}) exceed unions at start plus founded ({right}).",
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
