import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { CATALOG, UNIT_KINDS, unitKindLabel, type UnitKind } from "../../core";
import type { WorkbookHost } from "../../host/workbook-host";
import { ReplaceQuestion } from "../components/ReplaceQuestion";
import { useTemplateForm, type Round } from "../hooks/use-template-form";
import { useI18n } from "../i18n/context";
import type { StartJob } from "../worker/start-job";
import { CampaignSection } from "./CampaignSection";
import { NoticeBar } from "../components/NoticeBar";
import { useViewStyles } from "./styles";
import { UndoLastWrite } from "../components/UndoLastWrite";

export function TemplatesView({ host, startJob }: { host: WorkbookHost; startJob: StartJob }) {
  const { m, t, lang } = useI18n();
  const styles = useViewStyles();
  const form = useTemplateForm(host);
  return (
    <>
      <CampaignSection host={host} startJob={startJob} />
      <form
        noValidate
        className={styles.view}
        onSubmit={(event) => {
          event.preventDefault();
          form.submit();
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
              checked={form.templates.includes(def.id)}
              onChange={(_, data) => form.toggleTemplate(def.id, data.checked === true)}
            />
          ))}
          {form.errors.templates && <Text role="alert">{form.errors.templates}</Text>}
        </fieldset>
        <Subtitle2 as="h3">{m.templates.unit}</Subtitle2>
        <Field label={m.templates.unitCode} required validationMessage={form.errors.code}>
          <Input value={form.code} onChange={(_, data) => form.setCode(data.value)} />
        </Field>
        <Field label={m.templates.unitName} required validationMessage={form.errors.name}>
          <Input value={form.name} onChange={(_, data) => form.setName(data.value)} />
        </Field>
        <Field label={m.templates.unitKind}>
          <Select value={form.kind} onChange={(_, data) => form.setKind(data.value as UnitKind)}>
            {UNIT_KINDS.map((k) => (
              <option key={k.key} value={k.key}>
                {unitKindLabel(k.key, form.periodEnd)[lang]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={m.templates.parentCode} validationMessage={form.errors.parent}>
          <Input value={form.parent} onChange={(_, data) => form.setParent(data.value)} />
        </Field>
        <Subtitle2 as="h3">{m.templates.period}</Subtitle2>
        <Field label={m.templates.year} validationMessage={form.errors.year}>
          <Input type="number" value={form.year} onChange={(_, data) => form.setYear(data.value)} />
        </Field>
        <RadioGroup
          value={form.round}
          onChange={(_, data) => form.setRound(data.value as Round)}
          aria-label={m.templates.period}
        >
          <Radio value="1" label={m.templates.round1} />
          <Radio value="2" label={m.templates.round2} />
          <Radio value="year" label={m.templates.wholeYear} />
        </RadioGroup>
        {form.targets.length > 0 && (
          <>
            <Subtitle2 as="h3">{m.templates.targets}</Subtitle2>
            <p className={styles.intro}>{m.templates.targetHint}</p>
          </>
        )}
        {form.targets.map(({ target, text, error }) => (
          <Field key={target.key} label={t(target.label)} validationMessage={error}>
            <Input value={text} onChange={(_, data) => form.setTarget(target.key, data.value)} />
          </Field>
        ))}
        <Button appearance="primary" type="submit" disabled={form.busy}>
          {host.kind === "excel" ? m.templates.insert : m.templates.download}
        </Button>
        {form.choice && <ReplaceQuestion choice={form.choice} busy={form.busy} />}
        {form.status && <NoticeBar notice={form.status} />}
        {host.live && (
          <UndoLastWrite live={host.live} kinds={["report"]} asked={form.busy} onUndone={form.undone} />
        )}
      </form>
    </>
  );
}
