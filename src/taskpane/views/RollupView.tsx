import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Select,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { UNIT_KINDS, type UnitKind } from "../../core";
import { displayed } from "../../core/text/text";
import type { WorkbookHost } from "../../host/workbook-host";
import { NoticeBar } from "../components/NoticeBar";
import { FilePicker } from "../components/FilePicker";
import { useRollup } from "../hooks/use-rollup";
import { format, useI18n } from "../i18n/context";
import { RejectedList } from "../results/RejectedList";
import { RollupResult } from "../results/RollupResult";
import type { StartJob } from "../worker/start-job";
import { useViewStyles } from "./styles";
import { WORDS } from "../../core/vocabulary";
import { UndoLastWrite } from "../components/UndoLastWrite";

export function RollupView({ host, startJob }: { host: WorkbookHost; startJob: StartJob }) {
  const { m, t } = useI18n();
  const styles = useViewStyles();
  const job = useRollup(host, startJob);
  const running = job.progress !== null;
  return (
    <div className={styles.view}>
      <Subtitle2 as="h2">{m.rollup.heading}</Subtitle2>
      <p className={styles.intro}>{m.rollup.intro}</p>
      <FilePicker
        label={m.rollup.pickFiles}
        dropLabel={m.rollup.dropHere}
        accept=".xlsx,.xls,.ods"
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
            accept=".xlsx,.xls,.ods"
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
      <div className={styles.row}>
        <Button appearance="primary" onClick={job.start} disabled={running || job.writing}>
          {m.rollup.start}
        </Button>
        {running && <Button onClick={job.cancel}>{m.rollup.cancel}</Button>}
        {job.result && job.overwrite && (
          <Button appearance="primary" disabled={job.writing} onClick={job.writeAnyway}>
            {m.rollup.overwriteAnyway}
          </Button>
        )}
        {job.result && job.writeFailed && (
          <Button appearance="primary" disabled={job.writing} onClick={job.writeAnyway}>
            {m.rollup.writeAgain}
          </Button>
        )}
        {job.result && host.kind === "file" && (
          <Button onClick={job.download} disabled={!job.result.output}>
            {m.rollup.downloadSummary}
          </Button>
        )}
      </div>
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
      {job.breaking && (
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
      )}
      {job.notice && <NoticeBar notice={job.notice} />}
      {host.live && <UndoLastWrite live={host.live} kinds={["summary"]} asked={job.writing} />}
      {job.rejected.length > 0 && (
        <RejectedList items={job.rejected.map((r) => ({ file: r.name, reason: t(r.reason) }))} />
      )}
      {job.result && <RollupResult summary={job.result.summary} />}
    </div>
  );
}
