import {
  INDICATOR_CODE,
  MAX_INDICATORS,
  sourceNamed,
  type FigureSource,
  type Indicator,
  type SubRow,
} from "../catalog";
import type { Finding } from "../findings/finding";
import type { SheetTable } from "../grid/grid";
import { sameLooking } from "../text/fold";
import { Checker, headerCheck } from "./campaign-checker";
import { acceptedIndicatorKinds, indicatorKindOf, targetOf, yesNoOf } from "./campaign-columns";
import { tableRows, type TableRow } from "./table-cells";
import { WORDS } from "../vocabulary";

/** Codes that begin like a catalog key (B01_…) would read as one in TD_Targets and TD_Scoring. */
const CATALOG_PREFIX = /^B0\d_/i;

/**
 * The catalog target an own indicator's code or name would be taken for: TD_Targets and TD_Scoring find
 * targets by code or name, so an indicator written like a catalog one would replace it there.
 */
function shadowed(check: Checker, row: TableRow, column: string): boolean {
  const value = row.text(column);
  const target = value ? targetOf(value) : undefined;
  if (target)
    check.error("shadows_catalog", WORDS.campaign.shadowsCatalog, row, column, {
      value,
      target: target.label,
    });
  return target !== undefined;
}

function codeOf(check: Checker, row: TableRow, seen: readonly Indicator[]): string | null {
  const code = row.text("code");
  if (!code) check.error("required", WORDS.campaign.required, row, "code");
  else if (!INDICATOR_CODE.test(code))
    check.error("bad_indicator_code", WORDS.campaign.badIndicatorCode, row, "code", {
      value: code.slice(0, 60),
    });
  else if (CATALOG_PREFIX.test(code))
    check.error("catalog_code", WORDS.campaign.catalogCode, row, "code", { value: code });
  else if (shadowed(check, row, "code")) return null;
  // Defined names are case-insensitive: TD_B05_abc_value and TD_B05_ABC_value are one name; and a
  // header or a target names a code as it looks (CT1 and CTL are one to a reader: see nameKey).
  else if (seen.some((i) => i.code.toUpperCase() === code.toUpperCase() || sameLooking(i.code, code)))
    check.error("repeated", WORDS.campaign.repeated, row, "code", { value: code });
  else return code;
  return null;
}

function nameOf(check: Checker, row: TableRow, seen: readonly Indicator[]): Indicator["name"] | null {
  const vi = row.text("name");
  const en = row.text("name_en") || vi;
  if (!vi) {
    check.error("required", WORDS.campaign.required, row, "name");
    return null;
  }
  if (shadowed(check, row, "name") || (row.text("name_en") && shadowed(check, row, "name_en"))) return null;
  const same = seen.find((i) => sameLooking(i.name.vi, vi) || sameLooking(i.code, vi));
  if (same) {
    check.error("repeated", WORDS.campaign.repeated, row, "name", { value: vi });
    return null;
  }
  return { vi, en };
}

/** A ratio's numerator or denominator: another indicator of the table, read by code, not a ratio. */
function partOf(check: Checker, row: TableRow, column: string, code: string, rows: readonly TableRow[]) {
  const typed = row.text(column);
  const part = rows.find((r) => r !== row && r.text("code").toUpperCase() === typed.toUpperCase());
  if (!typed || !part || indicatorKindOf(part.text("kind")) === "ratio") {
    check.error("bad_ratio_part", WORDS.campaign.badRatioPart, row, column, {
      value: code,
      part: typed.slice(0, 60),
    });
    return null;
  }
  return part.text("code");
}

/** A linked row's source: a built-in form's figure, not a ratio (an own ratio of linked rows divides them). */
function sourceOf(
  check: Checker,
  row: TableRow,
  code: string,
  subRows: readonly SubRow[],
): FigureSource | null {
  const typed = row.text("source");
  const cell = typed ? sourceNamed(typed, subRows) : undefined;
  if (!cell || cell.kind === "ratio") {
    check.error("bad_figure_source", WORDS.campaign.badFigureSource, row, "source", {
      value: code,
      source: typed.slice(0, 60),
    });
    return null;
  }
  return {
    template: cell.template,
    row: cell.row,
    col: cell.col,
    ...(cell.parent ? { parent: cell.parent } : {}),
  };
}

/**
 * Reads the province's own indicators (TD_Indicators): each row's code, names, kind, unit and whether it
 * must be filled in, a ratio's numerator and denominator, and a linked row's source figure (a sub-row's of
 * `subRows` too). A row that cannot be read is refused at its
 * cell, as is one that would stand for a catalog target; a campaign with none adds no Biểu 05.
 */
export function readIndicators(
  table: SheetTable,
  subRows: readonly SubRow[] = [],
): { indicators: Indicator[]; findings: Finding[] } {
  const check = new Checker(table);
  const indicators: Indicator[] = [];
  if (!headerCheck(table, ["code", "name", "kind"], check)) return { indicators, findings: check.findings };
  const { rows } = tableRows(table);
  if (rows.length > MAX_INDICATORS)
    check.error("too_many_indicators", WORDS.campaign.tooManyIndicators, null, "code", {
      max: MAX_INDICATORS,
    });
  for (const row of rows.slice(0, MAX_INDICATORS)) {
    const code = codeOf(check, row, indicators);
    const name = nameOf(check, row, indicators);
    const kind = indicatorKindOf(row.text("kind"));
    if (!kind)
      check.error("unknown_indicator_kind", WORDS.campaign.unknownIndicatorKind, row, "kind", {
        value: row.text("kind").slice(0, 60),
        kinds: acceptedIndicatorKinds,
      });
    const requiredText = row.text("required");
    const required = requiredText === "" ? true : yesNoOf(requiredText);
    if (required === null)
      check.error("bad_required", WORDS.campaign.badRequired, row, "required", {
        value: requiredText.slice(0, 60),
      });
    const parts = ["numerator", "denominator"] as const;
    if (kind !== "ratio")
      for (const column of parts.filter((c) => row.text(c) !== ""))
        check.warn("parts_ignored", WORDS.campaign.partsIgnored, row, column, {
          value: code ?? row.text("code"),
        });
    const [numerator, denominator] =
      kind === "ratio" ? parts.map((c) => partOf(check, row, c, row.text("code"), rows)) : [];
    if (kind !== "figure" && row.text("source") !== "")
      check.warn("source_ignored", WORDS.campaign.sourceIgnored, row, "source", {
        value: code ?? row.text("code"),
      });
    const source = kind === "figure" ? sourceOf(check, row, row.text("code"), subRows) : null;
    if (!code || !name || !kind || required === null) continue;
    if (kind === "ratio" && (!numerator || !denominator)) continue;
    if (kind === "figure" && !source) continue;
    const unit = row.text("unit");
    indicators.push({
      code,
      name,
      kind,
      required,
      ...(unit ? { unit } : {}),
      ...(kind === "ratio" ? { parts: [numerator!, denominator!] as const } : {}),
      ...(source ? { source } : {}),
    });
  }
  return { indicators, findings: check.findings };
}
