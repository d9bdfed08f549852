import { nominationLineCount } from "../catalog";
import type { CellAt } from "../form/expr";
import { valueAt } from "../form/form";
import { definitionsOf, type MetaSource } from "../report/metadata";
import type { Report } from "../report/report";
import { layoutCheckSheet } from "./check-sheet";
import { layoutFormSheet } from "./form-layout";
import { layoutMetaSheet } from "./meta-layout";
import { layoutNominationSheet } from "./nomination-layout";
import type { WorkbookPlan } from "./plan";
import { printable, printedAbout, usedArea } from "./print";

/**
 * The least scale the check sheet's two pages print at: its 11-pt lines 3.3 pt high, over the 3 pt a form's
 * figures are held to (the four forms' check sheet prints at 34 %).
 */
const LEAST_CHECK_SCALE = 0.3;

/**
 * A report workbook: one sheet per chosen template and the metadata sheet. With `forms` it is a filled
 * report (a parent's roll-up); without, a blank template for a unit to fill in.
 */
export function layoutReport(source: MetaSource & { readonly forms?: Report["forms"] }): WorkbookPlan {
  const defs = definitionsOf(source);
  // A unit's template checks itself; a roll-up's report holds sums the program made and checked.
  const listed = source.nominationAwards && source.nominationAwards.length > 0;
  const check =
    source.rollupUnits === undefined
      ? layoutCheckSheet(
          defs,
          source.forms,
          listed ? nominationLineCount(source.proposed?.length ?? 0) : undefined,
        )
      : null;
  const forms = source.forms;
  const figures = forms && ((at: CellAt) => valueAt(forms[at.template!] ?? {}, at.row, at.col));
  const parts = defs.map((def) =>
    layoutFormSheet({
      def,
      unit: source.unit,
      period: source.period,
      targets: source.targets,
      ...(source.notApplicable ? { notApplicable: source.notApplicable } : {}),
      ...(source.existence ? { existence: source.existence } : {}),
      ...(source.forms?.[def.id] ? { values: source.forms[def.id] } : {}),
      ...(figures ? { figures } : {}),
      ...(source.rollupUnits !== undefined ? { rolledUp: true } : {}),
      ...(check ? { selfCheck: { errors: check.errors } } : {}),
    }),
  );
  // A unit's list of people and works proposed, after its forms; a roll-up's report has it only for the
  // awards of the level above, with the proposals it passes on.
  const nominations =
    listed && source.nominationAwards
      ? layoutNominationSheet({
          unit: source.unit,
          period: source.period,
          awards: source.nominationAwards,
          ...(source.proposed ? { proposed: source.proposed } : {}),
        })
      : null;
  const meta = layoutMetaSheet(source);
  // The check sheet's column headings are the row above its frozen pane. It prints its lines to their
  // results, on two pages (issue 64: it took four of a template's eight pages) unless they would shrink it
  // below legible: a plan's forty own indicators printed its lines 2.7 pt high.
  const checkSheet =
    check &&
    printable(check.sheet, {
      about: printedAbout(source.unit, source.period),
      ...(check.sheet.freeze
        ? { repeatRows: { top: check.sheet.freeze.rows - 1, bottom: check.sheet.freeze.rows - 1 } }
        : {}),
      area: { ...usedArea(check.sheet), right: check.printedRight },
      tall: 2,
      leastScale: LEAST_CHECK_SCALE,
    });
  return {
    sheets: [
      ...parts.map((p) => p.sheet),
      ...(nominations ? [nominations.sheet] : []),
      ...(checkSheet ? [checkSheet] : []),
      meta.sheet,
    ],
    names: [
      ...parts.flatMap((p) => p.names),
      ...(nominations?.names ?? []),
      ...(check?.names ?? []),
      ...meta.names,
    ],
  };
}
