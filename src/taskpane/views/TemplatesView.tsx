import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  CATALOG,
  defaultTargets,
  isValidUnitCode,
  layoutReport,
  parsePeriod,
  parseTargetValue,
  targetsOf,
  UNIT_KINDS,
  type PlacedTarget,
  type TemplateId,
  type UnitKind,
} from "../../core";
import { OFFICE_ERRORS } from "../../host/error-text";
import type { InsertResult, WorkbookHost } from "../../host/workbook-host";
import { ReplaceQuestion } from "../components/ReplaceQuestion";
import { useInsertReport } from "../hooks/use-insert-report";
import { useErrorText } from "../hooks/use-error-text";
import { format, useI18n } from "../i18n/context";
import type { StartJob } from "../worker/start-job";
import { CampaignSection } from "./CampaignSection";
import { useViewStyles } from "./styles";

type Round = "1" | "2" | "year";

const ALL_TEMPLATES = CATALOG.map((d) => d.id);

export function TemplatesView({ host, startJob }: { host: WorkbookHost; startJob: StartJob }) {
  const { m, t, lang, percent } = useI18n();
  const errorText = useErrorText();
  const styles = useViewStyles();
  const [templates, setTemplates] = useState<TemplateId[]>(CATALOG.map((d) => d.id));
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [kind, setKind] = useState<UnitKind>("commune");
  const [parent, setParent] = useState("");
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [round, setRound] = useState<Round>("1");
  /** Targets the user typed; the others follow the campaign's defaults for the chosen period. */
  const [edited, setEdited] = useState<Record<string, string>>({});
  const [submitted, setSubmitted] = useState(false);
  const [status, setStatus] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const inserting = useInsertReport(host);

  const period = parsePeriod(round === "year" ? year : `${year}-D${round}`);
  const defaults = defaultTargets(ALL_TEMPLATES);
  const chosenTargets = targetsOf(templates);
  const textOf = (target: PlacedTarget) => {
    const typed = edited[target.key];
    if (typed !== undefined) return typed;
    const value = defaults[target.key] ?? null;
    return value === null ? "" : target.kind === "ratio" ? percent(value).replace(/\s/g, "") : String(value);
  };
  const valueOf = (target: PlacedTarget) =>
    textOf(target) ? parseTargetValue(textOf(target), target.kind) : null;
  const targetInvalid = (target: PlacedTarget) => textOf(target) !== "" && valueOf(target) === null;
  const codeError =
    submitted && !isValidUnitCode(code) ? (code ? m.templates.invalidCode : m.templates.required) : undefined;
  const nameError = submitted && !name.trim() ? m.templates.required : undefined;
  const yearError = submitted && !period ? m.templates.invalidYear : undefined;
  const parentError =
    submitted && parent.trim() && !isValidUnitCode(parent.trim()) ? m.templates.invalidCode : undefined;

  async function submit() {
    setSubmitted(true);
    setStatus(null);
    const targetsOk = !chosenTargets.some(targetInvalid);
    const parentOk = !parent.trim() || isValidUnitCode(parent.trim());
    if (
      !isValidUnitCode(code) ||
      !name.trim() ||
      !period ||
      templates.length === 0 ||
      !targetsOk ||
      !parentOk
    )
      return;
    const targets = Object.fromEntries(chosenTargets.map((x) => [x.key, valueOf(x)]));
    const unit = { code, name: name.trim(), kind, ...(parent.trim() ? { parentCode: parent.trim() } : {}) };
    const fileName = `${code}-${period.id}.xlsx`;
    const plan = layoutReport({ unit, period, templates, targets });
    await insert(() => inserting.insert(plan, fileName), fileName);
  }

  /** Inserts, or asks first when Excel says the workbook already holds a report. */
  async function insert(attempt: () => Promise<InsertResult | null>, fileName: string) {
    setBusy(true);
    setStatus(null);
    try {
      const result = await attempt();
      if (!result) return;
      setStatus({
        intent: "success",
        text:
          host.kind === "excel"
            ? format(m.templates.inserted, { sheets: result.sheets.join(", ") })
            : format(m.templates.downloaded, { file: fileName }),
      });
    } catch (error) {
      setStatus({ intent: "error", text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <CampaignSection host={host} startJob={startJob} />
      <form
        noValidate
        className={styles.view}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Subtitle2 as="h2">{m.templates.heading}</Subtitle2>
        <p className={styles.intro}>{host.kind === "excel" ? m.templates.intro : m.templates.introFile}</p>
        <fieldset className={styles.fieldset}>
          <legend>{m.templates.chooseTemplates}</legend>
          {CATALOG.map((def) => (
            <Checkbox
              key={def.id}
              label={t(def.title)}
              checked={templates.includes(def.id)}
              onChange={(_, data) =>
                setTemplates((now) =>
                  data.checked
                    ? CATALOG.map((d) => d.id).filter((id) => id === def.id || now.includes(id))
                    : now.filter((id) => id !== def.id),
                )
              }
            />
          ))}
          {submitted && templates.length === 0 && <Text role="alert">{m.templates.noTemplate}</Text>}
        </fieldset>
        <Subtitle2 as="h3">{m.templates.unit}</Subtitle2>
        <Field label={m.templates.unitCode} required validationMessage={codeError}>
          <Input value={code} onChange={(_, data) => setCode(data.value.trim())} />
        </Field>
        <Field label={m.templates.unitName} required validationMessage={nameError}>
          <Input value={name} onChange={(_, data) => setName(data.value)} />
        </Field>
        <Field label={m.templates.unitKind}>
          <Select value={kind} onChange={(_, data) => setKind(data.value as UnitKind)}>
            {UNIT_KINDS.map((k) => (
              <option key={k.key} value={k.key}>
                {k.label[lang]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={m.templates.parentCode} validationMessage={parentError}>
          <Input value={parent} onChange={(_, data) => setParent(data.value)} />
        </Field>
        <Subtitle2 as="h3">{m.templates.period}</Subtitle2>
        <Field label={m.templates.year} validationMessage={yearError}>
          <Input type="number" value={year} onChange={(_, data) => setYear(data.value)} />
        </Field>
        <RadioGroup
          value={round}
          onChange={(_, data) => setRound(data.value as Round)}
          aria-label={m.templates.period}
        >
          <Radio value="1" label={m.templates.round1} />
          <Radio value="2" label={m.templates.round2} />
          <Radio value="year" label={m.templates.wholeYear} />
        </RadioGroup>
        {chosenTargets.length > 0 && (
          <>
            <Subtitle2 as="h3">{m.templates.targets}</Subtitle2>
            <p className={styles.intro}>{m.templates.targetHint}</p>
          </>
        )}
        {chosenTargets.map((target) => (
          <Field
            key={target.key}
            label={t(target.label)}
            validationMessage={submitted && targetInvalid(target) ? m.templates.invalidTarget : undefined}
          >
            <Input
              value={textOf(target)}
              onChange={(_, data) => setEdited((now) => ({ ...now, [target.key]: data.value }))}
            />
          </Field>
        ))}
        <Button appearance="primary" type="submit" disabled={busy}>
          {host.kind === "excel" ? m.templates.insert : m.templates.download}
        </Button>
        {inserting.pending && (
          <ReplaceQuestion
            pending={inserting.pending}
            busy={busy}
            onReplace={() => void insert(inserting.replace, inserting.pending!.fileName)}
            onKeep={() => {
              inserting.keep();
              setStatus({ intent: "success", text: t(OFFICE_ERRORS.kept) });
            }}
          />
        )}
        {status && (
          <MessageBar intent={status.intent} role="status">
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </form>
    </>
  );
}
