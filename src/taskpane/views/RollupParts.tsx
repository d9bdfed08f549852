import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
} from "@fluentui/react-components";
import { UNIT_KINDS, type UnitKind } from "../../core";
import { displayed } from "../../core/text/text";
import { FilePicker } from "../components/FilePicker";
import type { useRollup } from "../hooks/use-rollup";
import { format, useI18n } from "../i18n/context";
import { useViewStyles } from "./styles";
import { WORDS } from "../../core/vocabulary";

/** The roll-up's flow as the view holds it. */
type RollupJob = ReturnType<typeof useRollup>;

/** The files to roll up, the units' list, the campaign and the previous summary. */
export function RollupSources({ job, running }: { job: RollupJob; running: boolean }) {
  const { m } = useI18n();
  const styles = useViewStyles();
  return (
    <>
      <FilePicker
        label={m.rollup.pickFiles}
        dropLabel={m.rollup.dropHere}
        accept=".xlsx,.xlsm,.xls,.ods"
        multiple
        testId="rollup-files"
        disabled={running}
        onFiles={job.addFiles}
      />
      <div className={styles.row}>
        <Text>
          {job.files.length > 0
            ? format(m.rollup.filesChosen, { count: job.files.length })
            : m.rollup.noFiles}
        </Text>
        {job.files.length > 0 && (
          <Button size="small" onClick={job.clearFiles} disabled={running}>
            {m.rollup.clearFiles}
          </Button>
        )}
      </div>
      <Field label={m.rollup.unitsList}>
        <div className={styles.row}>
          <FilePicker
            label={m.rollup.pickUnits}
            accept=".csv,.txt,text/csv,text/plain"
            testId="rollup-units"
            onFiles={([f]) => job.setUnits(f ?? null)}
          />
          {job.units && <Text>{displayed(job.units.name)}</Text>}
        </div>
      </Field>
      <Field label={m.rollup.campaign}>
        <div className={styles.row}>
          <FilePicker
            label={m.rollup.pickCampaign}
            accept=".xlsx,.xlsm,.xls,.ods"
            testId="rollup-campaign"
            onFiles={([f]) => job.pickCampaign(f)}
          />
          {job.campaignFile && (
            <>
              <Text>{displayed(job.campaignFile.name)}</Text>
              <Button size="small" onClick={job.clearCampaign} disabled={running}>
                {m.campaign.clear}
              </Button>
            </>
          )}
        </div>
      </Field>
      <Field label={m.rollup.previous}>
        <div className={styles.row}>
          <FilePicker
            label={m.rollup.pickPrevious}
            accept=".xlsx"
            testId="rollup-previous"
            onFiles={([f]) => job.setPrevious(f ?? null)}
          />
          {job.previous && <Text>{displayed(job.previous.name)}</Text>}
        </div>
      </Field>
    </>
  );
}

/** The period rolled up and the unit the summary goes upward under. */
export function RollupParent({ job }: { job: RollupJob }) {
  const { m, t } = useI18n();
  const styles = useViewStyles();
  return (
    <>
      <Field label={m.rollup.period}>
        <Select value={job.periodId} onChange={(_, data) => job.setPeriodId(data.value)}>
          <option value="">{m.rollup.periodAuto}</option>
          {job.periods.map((p) => (
            <option key={p.id} value={p.id}>
              {t(p.label)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field
          label={m.rollup.parentCode}
          required
          validationMessage={job.parentAsked && !job.parentCode.trim() ? m.rollup.parentRequired : undefined}
        >
          <Input value={job.parentCode} onChange={(_, data) => job.setParentCode(data.value)} />
        </Field>
        <Field
          label={m.rollup.parentName}
          required
          validationMessage={job.parentAsked && !job.parentName.trim() ? m.rollup.parentRequired : undefined}
        >
          <Input value={job.parentName} onChange={(_, data) => job.setParentName(data.value)} />
        </Field>
      </div>
      <Field label={m.rollup.parentKind}>
        <Select value={job.parentKind} onChange={(_, data) => job.setParentKind(data.value as UnitKind)}>
          {UNIT_KINDS.map((k) => (
            <option key={k.key} value={k.key}>
              {t(k.label)}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}

/** The sheets Excel has written, or the files read, or the summary being made. */
export function RollupProgress({ job }: { job: RollupJob }) {
  const { m } = useI18n();
  const styles = useViewStyles();
  return (
    <>
      {job.written && (
        <div className={styles.row}>
          <Field
            label={m.rollup.writingSheets}
            hint={format(m.rollup.sheetsWritten, { done: job.written.done, total: job.written.total })}
          >
            <ProgressBar value={job.written.done / job.written.total} aria-label={m.rollup.writingSheets} />
          </Field>
          <Button onClick={job.stopWriting}>{m.rollup.stopWriting}</Button>
        </div>
      )}
      {job.progress && job.result && (
        <Field label={m.rollup.making}>
          <ProgressBar aria-label={m.rollup.making} />
        </Field>
      )}
      {job.progress && !job.result && (
        <Field
          label={format(m.rollup.reading, { file: job.progress.file })}
          hint={format(m.rollup.progress, { done: job.progress.done, total: job.progress.total })}
        >
          <ProgressBar
            bar={{ className: styles.steppedBar }}
            value={job.progress.total > 0 ? job.progress.done / job.progress.total : 0}
            aria-label={m.rollup.progress}
          />
        </Field>
      )}
    </>
  );
}

/** The user's formulas a write would break, with the choice of writing anyway or not. */
export function BreakingReferences({ job }: { job: RollupJob }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="warning" role="alert" layout="multiline">
      <MessageBarBody>{job.breaking}</MessageBarBody>
      <MessageBarActions>
        <Button disabled={job.writing} onClick={job.breakReferences}>
          {t(WORDS.officeErrors.breakAnyway)}
        </Button>
        <Button disabled={job.writing} onClick={job.keepReferences}>
          {t(WORDS.officeErrors.dontWrite)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/**
 * The summary made and not yet written, and why: what in the workbook it would write over. The button
 * and its reason are one message, so neither is put away without the other.
 */
export function OverwriteQuestion({ job }: { job: RollupJob }) {
  const { m } = useI18n();
  return (
    <MessageBar intent={job.overwrite ? "warning" : "info"} role="alert" layout="multiline">
      <MessageBarBody>{job.overwrite || m.rollup.nothingOverwritten}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={job.writing} onClick={job.writeAnyway}>
          {job.overwrite ? m.rollup.overwriteAnyway : m.rollup.writeNow}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
