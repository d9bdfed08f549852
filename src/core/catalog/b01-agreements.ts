import { ENTERPRISE_ROWS, ENTERPRISE_ROWS_BEFORE, SECTORS_HEADING } from "./enterprise-rows";
import { col, ratio, row, sumOf } from "./expr-builders";
import type { TemplateDef } from "./types";
import { earlierVersion } from "./versions";

/** Version 2 names the private sector as the federation does ("ngoài nhà nước"). */
export const B01: TemplateDef = {
  id: "B01",
  version: 2,
  sheetName: "Biểu 01",
  title: {
    vi: "Biểu 01: Thương lượng tập thể, thỏa ước lao động tập thể",
    en: "Form 01: Collective bargaining and agreements",
  },
  rowsHeading: SECTORS_HEADING,
  rows: [
    ...ENTERPRISE_ROWS,
    {
      key: "nonstate",
      label: { vi: "Khu vực ngoài nhà nước, gồm cả FDI", en: "Non-state sector" },
      formula: sumOf(row("private"), row("fdi")),
    },
    {
      key: "total",
      label: { vi: "Tổng cộng", en: "Total" },
      formula: sumOf(...ENTERPRISE_ROWS.map((r) => row(r.key))),
    },
  ],
  columns: [
    {
      key: "enterprises_with_union",
      label: { vi: "Số doanh nghiệp có tổ chức công đoàn", en: "Enterprises with a union" },
      kind: "count",
      aggregation: "stock_end",
    },
    {
      key: "cla_signed",
      label: { vi: "Số doanh nghiệp đã ký TƯLĐTT còn hiệu lực", en: "Of which with a CLA in force" },
      kind: "count",
      aggregation: "stock_end",
    },
    {
      key: "cla_rate",
      label: { vi: "Tỷ lệ ký TƯLĐTT (%)", en: "CLA signing rate (%)" },
      kind: "ratio",
      aggregation: "stock_end",
      formula: ratio(col("cla_signed"), col("enterprises_with_union")),
    },
    ...(["a", "b", "c", "d"] as const).map((grade) => ({
      key: `grade_${grade}`,
      label: {
        vi: `TƯLĐTT xếp loại ${grade.toUpperCase()}`,
        en: `CLAs graded ${grade.toUpperCase()}`,
      },
      kind: "count" as const,
      aggregation: "stock_end" as const,
    })),
    {
      key: "ungraded",
      label: { vi: "Chưa/không xếp loại", en: "Not graded" },
      kind: "count",
      aggregation: "stock_end",
    },
    {
      key: "grade_c_plus_rate",
      label: { vi: "Tỷ lệ TƯLĐTT xếp loại C trở lên (%)", en: "Share graded C or better (%)" },
      kind: "ratio",
      aggregation: "stock_end",
      formula: ratio(sumOf(col("grade_a"), col("grade_b"), col("grade_c")), col("cla_signed")),
    },
  ],
  rules: [
    {
      id: "B01.cla_signed_le_enterprises",
      severity: "error",
      over: "rows",
      test: "le",
      left: col("cla_signed"),
      right: col("enterprises_with_union"),
      message: {
        vi: "{row}: số doanh nghiệp đã ký TƯLĐTT ({left}) lớn hơn số doanh nghiệp có tổ chức công đoàn ({right}); hãy kiểm tra lại hai số này.",
        en: "{row}: enterprises with a CLA ({left}) exceed enterprises with a union ({right}); check both figures.",
      },
    },
    {
      id: "B01.grades_abc_le_signed",
      severity: "error",
      over: "rows",
      test: "le",
      left: sumOf(col("grade_a"), col("grade_b"), col("grade_c")),
      right: col("cla_signed"),
      message: {
        vi: "{row}: tổng số TƯLĐTT xếp loại A, B, C ({left}) lớn hơn số doanh nghiệp đã ký TƯLĐTT ({right}); hãy kiểm tra lại.",
        en: "{row}: CLAs graded A+B+C ({left}) exceed CLAs signed ({right}); check them.",
      },
    },
    {
      id: "B01.grades_sum_eq_signed",
      severity: "error",
      over: "rows",
      test: "eq",
      left: sumOf(col("grade_a"), col("grade_b"), col("grade_c"), col("grade_d"), col("ungraded")),
      right: col("cla_signed"),
      message: {
        vi: "{row}: tổng số TƯLĐTT xếp loại A, B, C, D và chưa/không xếp loại ({left}) phải bằng số doanh nghiệp đã ký TƯLĐTT ({right}); hãy kiểm tra lại các cột xếp loại.",
        en: "{row}: A+B+C+D+not graded ({left}) must equal CLAs signed ({right}); check the grading columns.",
      },
    },
  ],
  targets: [
    {
      key: "B01_nonstate_cla_rate",
      label: {
        vi: "Tỷ lệ DN ngoài nhà nước có công đoàn đã ký TƯLĐTT",
        en: "Non-state enterprises with a union that signed a CLA",
      },
      row: "nonstate",
      col: "cla_rate",
      default: 0.7,
      combine: "same",
      source: "seed 001",
    },
    {
      key: "B01_nonstate_grade_c_plus_rate",
      label: {
        vi: "Tỷ lệ TƯLĐTT khu vực ngoài nhà nước xếp loại C trở lên",
        en: "Non-state CLAs graded C or better",
      },
      row: "nonstate",
      col: "grade_c_plus_rate",
      default: 0.5,
      combine: "same",
      source: "seed 001",
    },
  ],
};

/** B01 as first published. */
export const B01_V1: TemplateDef = earlierVersion(B01, { version: 1, rows: ENTERPRISE_ROWS_BEFORE });
