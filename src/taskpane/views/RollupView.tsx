import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { extract, periodsOfYear, unitKey, type Period, type Summary, type WorkbookPlan } from "../../core";
import { checkFileSize } from "../../xlsx/limits";
import { FilePicker } from "../components/FilePicker";
import type { WorkbookHost } from "../../host/workbook-host";
import { format, useI18n } from "../i18n/context";
import { toPayloads } from "../worker/payloads";
import type { RejectedFile } from "../worker/protocol";
import { JobCancelled, JobFailed, type Progress, type RunningJob, type StartJob } from "../worker/start-job";
import { RollupResult } from "./RollupResult";
import { useViewStyles } from "./styles";

function periodChoices(now = new Date().getFullYear()): Period[] {
  return [now, now - 1, now - 2].flatMap(periodsOfYear);
}

export function RollupView({ host, startJob }: { host: WorkbookHost; startJob: StartJob }) {
  const { m, t } = useI18n();
  const styles = useViewStyles();
  const [files, setFiles] = useState<File[]>([]);
  const [units, setUnits] = useState<File | null>(null);
  const [campaignFile, setCampaignFile] = useState<File | null>(null);
  const [campaignPeriods, setCampaignPeriods] = useState<readonly Period[] | null>(null);
  const [previous, setPrevious] = useState<File | null>(null);
  const [periodId, setPeriodId] = useState("");
  const [parentCode, setParentCode] = useState("");
  const [parentName, setParentName] = useState("");
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<{ summary: Summary; plan: WorkbookPlan } | null>(null);
  const [message, setMessage] = useState<{
    intent: "success" | "error" | "info" | "warning";
    text: string;
  } | null>(null);
  const [overwrite, setOverwrite] = useState(false);
  const [writing, setWriting] = useState(false);
  const [rejected, setRejected] = useState<readonly RejectedFile[]>([]);
  const job = useRef<RunningJob | null>(null);
  const showError = (error: unknown) => {
    const text = (error as { text?: { vi: string; en: string } }).text;
    setMessage({
      intent: "error",
      text: text ? t(text) : format(m.errors.unexpected, { detail: String(error) }),
    });
    setRejected(error instanceof JobFailed ? error.rejected : []);
  };
  const fileName = (summary: Summary) => `tong-hop-${summary.parent.code}-${summary.period.id}.xlsx`;

  async function writeIntoWorkbook(done: { summary: Summary; plan: WorkbookPlan }) {
    setOverwrite(false);
    setWriting(true);
    setMessage({ intent: "info", text: m.rollup.writing });
    try {
      await host.writeSummary(done.plan, fileName(done.summary));
      setMessage({ intent: "success", text: m.rollup.written });
    } finally {
      setWriting(false);
    }
  }

  /** A picked campaign is read at once: its periods become the choices, its errors show before a roll-up. */
  async function pickCampaign(file: File | undefined) {
    setCampaignFile(file ?? null);
    setCampaignPeriods(null);
    setPeriodId("");
    if (!file) return;
    try {
      const done = await startJob({ kind: "campaign", files: await toPayloads([file]) }, () => undefined)
        .result;
      if (done.kind !== "campaign") return;
      if (done.campaign) return setCampaignPeriods(done.campaign.periods);
      const first = done.findings.find((f) => f.severity === "error");
      const where = first?.sheet ? `${first.sheet}!${first.cell ?? ""}: ` : "";
      const detail = first ? `${where}${t({ vi: first.message_vi, en: first.message_en })}` : "";
      setMessage({ intent: "error", text: `${format(m.campaign.unusable, { file: file.name })} ${detail}` });
    } catch (error) {
      showError(error);
    }
  }

  async function start() {
    if (files.length === 0) return setMessage({ intent: "info", text: m.rollup.noFiles });
    setMessage(null);
    setResult(null);
    setOverwrite(false);
    setRejected([]);
    setProgress({ done: 0, total: files.length, file: "" });
    try {
      if (units) checkFileSize(units.size, units.name);
      const running = startJob(
        {
          kind: "rollup",
          files: await toPayloads(files),
          ...(units ? { units: { name: units.name, text: await units.text() } } : {}),
          ...(campaignFile ? { campaign: (await toPayloads([campaignFile]))[0]! } : {}),
          ...(previous ? { previous: (await toPayloads([previous]))[0]! } : {}),
          ...(periodId ? { periodId } : {}),
          ...(parentCode.trim()
            ? { parent: { code: parentCode.trim(), name: parentName.trim() || parentCode.trim() } }
            : {}),
        },
        setProgress,
      );
      job.current = running;
      const done = await running.result;
      if (done.kind !== "rollup") return;
      setResult(done);
      if (host.live) {
        const open = extract(await host.live.readGrid()).meta;
        if (open?.unitCode && unitKey(open.unitCode) !== unitKey(done.summary.parent.code)) {
          setMessage({
            intent: "warning",
            text: format(m.rollup.overwriteWarning, { unit: `${open.unitName ?? ""} (${open.unitCode})` }),
          });
          setOverwrite(true);
        } else await writeIntoWorkbook(done);
      }
    } catch (error) {
      if (error instanceof JobCancelled) return setMessage({ intent: "info", text: m.rollup.cancelled });
      const text = (error as { text?: { vi: string; en: string } }).text;
      setMessage({
        intent: "error",
        text: text ? t(text) : format(m.errors.unexpected, { detail: String(error) }),
      });
    } finally {
      job.current = null;
      setProgress(null);
    }
  }

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
        disabled={progress !== null}
        onFiles={(picked) =>
          setFiles((now) => [...now.filter((n) => !picked.some((f) => f.name === n.name)), ...picked])
        }
      />
      <div className={styles.row}>
        <Text>
          {files.length > 0 ? format(m.rollup.filesChosen, { count: files.length }) : m.rollup.noFiles}
        </Text>
        {files.length > 0 && (
          <Button size="small" onClick={() => setFiles([])} disabled={progress !== null}>
            {m.rollup.clearFiles}
          </Button>
        )}
      </div>
      <Field label={m.rollup.unitsList}>
        <div className={styles.row}>
          <FilePicker
            label={m.rollup.pickUnits}
            accept=".csv,text/csv"
            testId="rollup-units"
            onFiles={([f]) => setUnits(f ?? null)}
          />
          {units && <Text>{units.name}</Text>}
        </div>
      </Field>
      <Field label={m.rollup.campaign}>
        <div className={styles.row}>
          <FilePicker
            label={m.rollup.pickCampaign}
            accept=".xlsx,.xls,.ods"
            testId="rollup-campaign"
            onFiles={([f]) => void pickCampaign(f)}
          />
          {campaignFile && <Text>{campaignFile.name}</Text>}
        </div>
      </Field>
      <Field label={m.rollup.previous}>
        <div className={styles.row}>
          <FilePicker
            label={m.rollup.pickPrevious}
            accept=".xlsx"
            testId="rollup-previous"
            onFiles={([f]) => setPrevious(f ?? null)}
          />
          {previous && <Text>{previous.name}</Text>}
        </div>
      </Field>
      <Field label={m.rollup.period}>
        <Select value={periodId} onChange={(_, data) => setPeriodId(data.value)}>
          <option value="">{m.rollup.periodAuto}</option>
          {(campaignPeriods ?? periodChoices()).map((p) => (
            <option key={p.id} value={p.id}>
              {t(p.label)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label={m.rollup.parentCode}>
          <Input value={parentCode} onChange={(_, data) => setParentCode(data.value)} />
        </Field>
        <Field label={m.rollup.parentName}>
          <Input value={parentName} onChange={(_, data) => setParentName(data.value)} />
        </Field>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void start()} disabled={progress !== null || writing}>
          {m.rollup.start}
        </Button>
        {progress && <Button onClick={() => job.current?.cancel()}>{m.rollup.cancel}</Button>}
        {result && overwrite && (
          <Button
            appearance="primary"
            disabled={writing}
            onClick={() => void writeIntoWorkbook(result).catch(showError)}
          >
            {m.rollup.overwriteAnyway}
          </Button>
        )}
        {result && host.kind === "file" && (
          <Button
            onClick={() => void host.writeSummary(result.plan, fileName(result.summary)).catch(showError)}
          >
            {m.rollup.downloadSummary}
          </Button>
        )}
      </div>
      {progress && (
        <Field
          label={format(m.rollup.reading, { file: progress.file })}
          hint={format(m.rollup.progress, { done: progress.done, total: progress.total })}
        >
          <ProgressBar
            value={progress.total > 0 ? progress.done / progress.total : 0}
            aria-label={m.rollup.progress}
          />
        </Field>
      )}
      {message && (
        <MessageBar intent={message.intent} role="status">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {rejected.length > 0 && (
        <ul className={styles.list} aria-label={m.rollup.rejected}>
          {rejected.map((r) => (
            <li key={r.name}>{`${r.name}: ${t(r.reason)}`}</li>
          ))}
        </ul>
      )}
      {result && <RollupResult summary={result.summary} />}
    </div>
  );
}
