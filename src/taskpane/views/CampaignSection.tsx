import { Button, Field, Input, Select, Subtitle2, Text } from "@fluentui/react-components";
import type { WorkbookHost } from "../../host/workbook-host";
import { NoticeBar } from "../components/NoticeBar";
import { FilePicker } from "../components/FilePicker";
import { ReplaceQuestion } from "../components/ReplaceQuestion";
import { useCampaign } from "../hooks/use-campaign";
import { displayed } from "../../core";
import { format, useI18n } from "../i18n/context";
import type { StartJob } from "../worker/start-job";
import { useViewStyles } from "./styles";
import { UndoLastWrite } from "../components/UndoLastWrite";

/**
 * The province's campaign workbook: start one from the defaults, or pick the one it keeps; then every
 * unit's template for a period (a .zip in the page, one unit's sheets in Excel), each with its targets.
 */
export function CampaignSection({ host, startJob }: { host: WorkbookHost; startJob: StartJob }) {
  const { m } = useI18n();
  const styles = useViewStyles();
  const job = useCampaign(host, startJob);
  return (
    <section className={styles.view} aria-label={m.campaign.heading}>
      <Subtitle2 as="h2">{m.campaign.heading}</Subtitle2>
      <p className={styles.intro}>{m.campaign.intro}</p>
      <div className={styles.row}>
        <Field label={m.campaign.year}>
          <Input type="number" value={job.year} onChange={(_, data) => job.setYear(data.value)} />
        </Field>
        <Button onClick={job.createDefault} disabled={job.busy}>
          {host.kind === "excel" ? m.campaign.createInsert : m.campaign.createDownload}
        </Button>
      </div>
      <FilePicker
        label={m.campaign.pick}
        accept=".xlsx,.xls,.ods"
        testId="campaign-file"
        disabled={job.busy}
        onFiles={([f]) => job.pick(f)}
      />
      {job.pickedName && (
        <div className={styles.row}>
          <Text>{format(m.campaign.inUse, { file: displayed(job.pickedName) })}</Text>
          <Button size="small" onClick={job.clear} disabled={job.busy}>
            {m.campaign.clear}
          </Button>
        </div>
      )}
      {job.choice && <ReplaceQuestion choice={job.choice} busy={job.busy} />}
      {job.status && <NoticeBar notice={job.status} />}
      {host.live && (
        <UndoLastWrite live={host.live} kinds={["campaign"]} asked={job.busy} onUndone={job.undone} />
      )}
      {job.counts && <Text weight="semibold">{job.counts}</Text>}
      {job.findings.length > 0 && (
        <ul className={styles.list} aria-label={m.campaign.heading}>
          {job.findings.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      )}
      {job.period && (
        <>
          <Field label={m.campaign.period} hint={job.period.hint}>
            <Select value={job.period.id} onChange={(_, data) => job.setPeriodId(data.value)}>
              {job.periods.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </Select>
          </Field>
          {job.units.length === 0 && <Text>{m.campaign.noUnits}</Text>}
          {job.canDownloadAll && (
            <Button appearance="primary" onClick={job.downloadAll} disabled={job.busy}>
              {m.campaign.downloadAll}
            </Button>
          )}
          {job.canInsertUnit && (
            <div className={styles.row}>
              <Field label={m.campaign.unit}>
                <Select value={job.unitCode} onChange={(_, data) => job.setUnitCode(data.value)}>
                  {job.units.map((u) => (
                    <option key={u.code} value={u.code}>
                      {u.label}
                    </option>
                  ))}
                </Select>
              </Field>
              <Button appearance="primary" onClick={job.insertUnit} disabled={job.busy}>
                {host.kind === "excel" ? m.campaign.insertUnit : m.campaign.downloadUnit}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
