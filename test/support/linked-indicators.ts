import type { Indicator } from "../../src/core";

const name = (vi: string, en: string) => ({ vi, en });

/**
 * Seed 001's "Mỗi CĐCS … 01 nội dung đặc thù" (own count ÷ Biểu 04's CĐCS), the safety contest row given
 * a target, and seeds 000 and 002's share of direct workers among the commended.
 */
export const LINKED: readonly Indicator[] = [
  {
    code: "cdcs",
    name: name("Số CĐCS", "Grassroots unions"),
    kind: "figure",
    required: true,
    source: src("grassroots_unions"),
  },
  {
    code: "special",
    name: name("Số CĐCS có nội dung đặc thù", "Unions with a special content"),
    kind: "flow",
    required: true,
  },
  {
    code: "special_rate",
    name: name("Tỷ lệ CĐCS có nội dung đặc thù", "Share of unions with a special content"),
    kind: "ratio",
    required: true,
    parts: ["special", "cdcs"],
  },
  {
    code: "safety",
    name: name("Hội thi ATVSV", "Safety contests"),
    kind: "figure",
    required: true,
    source: src("safety_contests"),
  },
  {
    code: "direct",
    name: name("CNLĐ trực tiếp được khen", "Direct workers commended"),
    kind: "figure",
    required: true,
    source: src("commended_direct_workers"),
  },
  {
    code: "commended",
    name: name("Cá nhân được khen", "Individuals commended"),
    kind: "figure",
    required: true,
    source: src("commended_individuals"),
  },
  {
    code: "direct_share",
    name: name("Tỷ lệ CNLĐ trực tiếp", "Share of direct workers"),
    kind: "ratio",
    required: true,
    parts: ["direct", "commended"],
  },
];

function src(row: string) {
  return { template: "B04" as const, row, col: "value" };
}
