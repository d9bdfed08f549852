import { useState } from "react";
import {
  CATALOG,
  defaultTargets,
  isValidUnitCode,
  layoutReport,
  isNotApplicableTarget,
  parsePeriod,
  parsePlannedTarget,
  targetsOf,
  type PlacedTarget,
  type TemplateId,
  type UnitKind,
} from "../../core";
import type { WorkbookHost } from "../../host/workbook-host";
import { useI18n } from "../i18n/context";
import { useInsertReport } from "./use-insert-report";
import { useTaskStatus } from "./use-task-status";

export type Round = "1" | "2" | "year";

const ALL_TEMPLATES = CATALOG.map((d) => d.id);

/** A target's field: its text as shown and, once the form was sent, what is wrong with it. */
export interface TargetField {
  readonly target: PlacedTarget;
  readonly text: string;
  readonly error: string | undefined;
}

/**
 * The template form without a campaign: the templates, unit, period and targets typed, each field's
 * error once the form was sent, and the insert (or download) of the report they describe.
 */
export function useTemplateForm(host: WorkbookHost) {
  const { m, percent } = useI18n();
  const task = useTaskStatus();
  const inserting = useInsertReport(host, task);
  const [templates, setTemplates] = useState<TemplateId[]>(ALL_TEMPLATES);
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [kind, setKind] = useState<UnitKind>("commune");
  const [parent, setParent] = useState("");
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [round, setRound] = useState<Round>("1");
  /** Targets the user typed; the others follow the campaign's defaults for the chosen period. */
  const [edited, setEdited] = useState<Record<string, string>>({});
  const [submitted, setSubmitted] = useState(false);

  const period = parsePeriod(round === "year" ? year : `${year}-D${round}`);
  const defaults = defaultTargets(ALL_TEMPLATES);
  const chosenTargets = targetsOf(templates);
  const textOf = (target: PlacedTarget) => {
    const typed = edited[target.key];
    if (typed !== undefined) return typed;
    const value = defaults[target.key] ?? null;
    return value === null ? "" : target.kind === "ratio" ? percent(value).replace(/\s/g, "") : String(value);
  };
  // As in the campaign's targets table: the target does not apply to the unit (Không áp dụng).
  const marked = (target: PlacedTarget) => isNotApplicableTarget(textOf(target));
  const valueOf = (target: PlacedTarget) =>
    textOf(target) && !marked(target) ? parsePlannedTarget(textOf(target), target.kind) : null;
  const targetInvalid = (target: PlacedTarget) =>
    textOf(target) !== "" && !marked(target) && valueOf(target) === null;
  const parentCode = parent.trim();
  const parentOk = !parentCode || isValidUnitCode(parentCode);
  const complete =
    isValidUnitCode(code) &&
    name.trim() !== "" &&
    period !== null &&
    templates.length > 0 &&
    !chosenTargets.some(targetInvalid) &&
    parentOk;
  const shown = (error: string | undefined) => (submitted ? error : undefined);

  function submit() {
    setSubmitted(true);
    task.say(null);
    if (!complete || !period) return;
    const targets = Object.fromEntries(chosenTargets.map((x) => [x.key, valueOf(x)]));
    const unit = { code, name: name.trim(), kind, ...(parentCode ? { parentCode } : {}) };
    const notApplicable = new Set(chosenTargets.filter(marked).map((x) => x.key));
    const plan = layoutReport({ unit, period, templates, targets, notApplicable });
    void inserting.insert(plan, `${code}-${period.id}.xlsx`);
  }

  return {
    templates,
    /** Checks or unchecks a template, keeping the catalog's order. */
    toggleTemplate: (id: TemplateId, checked: boolean) =>
      setTemplates((now) =>
        checked ? ALL_TEMPLATES.filter((t) => t === id || now.includes(t)) : now.filter((t) => t !== id),
      ),
    code,
    setCode: (value: string) => setCode(value.trim()),
    name,
    setName,
    kind,
    setKind,
    parent,
    setParent,
    year,
    setYear,
    round,
    setRound,
    /** The last day of the period chosen, which names the unit kinds (see unitKindLabel). */
    periodEnd: period?.end,
    targets: chosenTargets.map(
      (target): TargetField => ({
        target,
        text: textOf(target),
        error: shown(targetInvalid(target) ? m.templates.invalidTarget : undefined),
      }),
    ),
    setTarget: (key: string, text: string) => setEdited((now) => ({ ...now, [key]: text })),
    errors: {
      code: shown(isValidUnitCode(code) ? undefined : code ? m.templates.invalidCode : m.templates.required),
      name: shown(name.trim() ? undefined : m.templates.required),
      year: shown(period ? undefined : m.templates.invalidYear),
      parent: shown(parentOk ? undefined : m.templates.invalidCode),
      templates: shown(templates.length > 0 ? undefined : m.templates.noTemplate),
    },
    submit,
    busy: task.busy,
    status: task.status,
    /** An undo: what was said of the write undone is put away, and a question open with it. */
    undone: () => {
      task.say(null);
      inserting.putAway();
    },
    choice: inserting.choice,
  };
}
