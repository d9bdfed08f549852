import { ratio, row, sumOf } from "./expr-builders";
import type { RowDef, RuleDef, TemplateDef } from "./types";
import { earlierVersion } from "./versions";

const count = (key: string, vi: string, en: string, aggregation: RowDef["aggregation"]): RowDef => ({
  key,
  label: { vi, en },
  kind: "count",
  aggregation,
});

function subset(rows: readonly RowDef[], id: string, part: string, whole: string): RuleDef {
  const label = (key: string) => rows.find((r) => r.key === key)?.label ?? { vi: key, en: key };
  return {
    id: `B04.${id}`,
    severity: "error",
    over: "once",
    test: "le",
    left: row(part),
    right: row(whole),
    message: {
      vi: `"${label(part).vi}" ({left}) lớn hơn "${label(whole).vi}" ({right}); hãy kiểm tra lại hai dòng này.`,
      en: `"${label(part).en}" ({left}) exceeds "${label(whole).en}" ({right}); check these two rows.`,
    },
  };
}

/** A row asked for lũy kế từ đầu năm: its label says so, and the form's note under it says what that means. */
const yearToDate = (row: RowDef): RowDef => ({
  ...row,
  label: { vi: `${row.label.vi} (lũy kế từ đầu năm)`, en: `${row.label.en} (year to date)` },
  yearToDate: true,
});

const PARTY_PROCEDURE_UNIONS = count(
  "party_procedure_unions",
  "Số CĐCS thực hiện quy trình giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp",
  "Unions running the procedure for introducing members to the Party",
  "stock_end",
);

const WITH_INITIATIVE = count(
  "public_employees_with_initiative",
  "Trong đó: có sáng kiến được công nhận cấp cơ sở",
  "Of whom with an initiative recognised",
  "stock_end",
);

const rows: readonly RowDef[] = [
  count("grassroots_unions", "Tổng số công đoàn cơ sở", "Grassroots unions", "stock_end"),
  yearToDate(PARTY_PROCEDURE_UNIONS),
  {
    key: "party_procedure_rate",
    label: { vi: "Tỷ lệ CĐCS thực hiện quy trình (%)", en: "Share of unions running the procedure (%)" },
    kind: "ratio",
    formula: ratio(row("party_procedure_unions"), row("grassroots_unions")),
  },
  count(
    "members_introduced_party",
    "Số đoàn viên ưu tú được giới thiệu cho Đảng",
    "Outstanding members introduced to the Party",
    "flow",
  ),
  count("members_admitted_party", "Trong đó: được kết nạp Đảng", "Of whom admitted to the Party", "flow"),
  count(
    "public_employees",
    "Số cán bộ, công chức, viên chức, người lao động khu vực hành chính, sự nghiệp",
    "Civil servants and public employees",
    "stock_end",
  ),
  yearToDate(WITH_INITIATIVE),
  {
    key: "initiative_rate",
    label: { vi: "Tỷ lệ có sáng kiến được công nhận (%)", en: "Share with a recognised initiative (%)" },
    kind: "ratio",
    formula: ratio(row("public_employees_with_initiative"), row("public_employees")),
  },
  count("initiatives_recognised", "Số sáng kiến, giải pháp được công nhận", "Initiatives recognised", "flow"),
  count("mai_am_built", 'Nhà "Mái ấm công đoàn" xây mới', '"Mái ấm công đoàn" houses built', "flow"),
  count("mai_am_repaired", 'Nhà "Mái ấm công đoàn" sửa chữa', '"Mái ấm công đoàn" houses repaired', "flow"),
  {
    key: "mai_am_total",
    label: { vi: 'Tổng số nhà "Mái ấm công đoàn"', en: '"Mái ấm công đoàn" houses in all' },
    kind: "count",
    formula: sumOf(row("mai_am_built"), row("mai_am_repaired")),
  },
  count(
    "exemplary_models",
    "Số mô hình, điển hình tiên tiến được phát hiện, biểu dương",
    "Exemplary models and advanced examples",
    "flow",
  ),
  count("emulation_works", "Số công trình, phần việc thi đua", "Emulation works registered", "flow"),
  count("safety_contests", "Số hội thi an toàn, vệ sinh viên giỏi", "Occupational-safety contests", "flow"),
  count("commended_collectives", "Số tập thể được khen thưởng", "Collectives commended", "flow"),
  count("commended_individuals", "Số cá nhân được khen thưởng", "Individuals commended", "flow"),
  count(
    "commended_direct_workers",
    "Trong đó: công nhân, người lao động trực tiếp sản xuất",
    "Of whom direct production workers",
    "flow",
  ),
];

/**
 * Version 2 asks for the units that ran the Party procedure and the employees with an initiative year to
 * date (the year takes the latest round's figure), and writes the safety officers' contest by its official
 * name (an toàn, vệ sinh viên).
 */
export const B04: TemplateDef = {
  id: "B04",
  version: 2,
  sheetName: "Biểu 04",
  title: {
    vi: "Biểu 04: Kết quả thực hiện các chỉ tiêu thi đua",
    en: "Form 04: Campaign results",
  },
  columns: [{ key: "value", label: { vi: "Kết quả", en: "Result" }, kind: "count", aggregation: "flow" }],
  rows,
  rules: [
    subset(rows, "party_procedure_le_unions", "party_procedure_unions", "grassroots_unions"),
    subset(rows, "admitted_party_le_introduced", "members_admitted_party", "members_introduced_party"),
    subset(rows, "initiative_le_public_employees", "public_employees_with_initiative", "public_employees"),
    subset(rows, "direct_workers_le_individuals", "commended_direct_workers", "commended_individuals"),
  ],
  targets: [
    {
      key: "B04_party_procedure_rate",
      label: {
        vi: "CĐCS thực hiện quy trình giới thiệu đoàn viên ưu tú cho Đảng",
        en: "Unions running the Party introduction procedure",
      },
      row: "party_procedure_rate",
      col: "value",
      default: 1,
      combine: "same",
      source: "seed 001",
    },
    {
      key: "B04_initiative_rate",
      label: {
        vi: "Cán bộ, công chức, viên chức, người lao động khu vực hành chính, sự nghiệp có sáng kiến được công nhận",
        en: "Public employees with a recognised initiative",
      },
      formerNames: ["CBCCVC khu vực hành chính, sự nghiệp có sáng kiến được công nhận"],
      row: "initiative_rate",
      col: "value",
      default: 0.2,
      combine: "same",
      source: "seed 002",
    },
    {
      key: "B04_mai_am_total",
      label: {
        vi: 'Xây mới, sửa chữa nhà "Mái ấm công đoàn"',
        en: '"Mái ấm công đoàn" houses built or repaired',
      },
      row: "mai_am_total",
      col: "value",
      default: 1,
      combine: "sum",
      source: "seed 001",
    },
  ],
};

/** B04 as first published. */
export const B04_V1: TemplateDef = earlierVersion(B04, {
  version: 1,
  rows: {
    party_procedure_unions: { label: PARTY_PROCEDURE_UNIONS.label },
    public_employees_with_initiative: { label: WITH_INITIATIVE.label },
    safety_contests: {
      label: { vi: "Số hội thi an toàn vệ sinh viên giỏi", en: "Occupational-safety contests" },
    },
  },
});
