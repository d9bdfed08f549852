import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  defaultCampaign,
  countFindings,
  dmy,
  layoutCampaign,
  layoutReport,
  TEMPLATE_IDS,
  unitTemplates,
  type Campaign,
  type Finding,
} from "../../core";
import { FilePicker } from "../components/FilePicker";
import { OFFICE_ERRORS } from "../../host/error-text";
import type { InsertResult, WorkbookHost } from "../../host/workbook-host";
import { ReplaceQuestion } from "../components/ReplaceQuestion";
import { useInsertReport } from "../hooks/use-insert-report";
import { useErrorText } from "../hooks/use-error-text";
import { format, useI18n } from "../i18n/context";
import { toPayloads } from "../worker/payloads";
import type { StartJob } from "../worker/start-job";
import { useViewStyles } from "./styles";

/** The campaign's blocs, each once. */
const blocCount = (campaign: Campaign) =>
  new Set(campaign.units.flatMap((u) => (u.bloc ? [u.bloc] : []))).size;

/**
 * The province's campaign workbook: start one from the defaults, or pick the one it keeps; then every
 * unit's template for a period (a .zip in the page, one unit's sheets in Excel), each with its targets.
 */
export function CampaignSection({ host, startJob }: { host: WorkbookHost; startJob: StartJob }) {
  const { m, t } = useI18n();
  const errorText = useErrorText();
  const styles = useViewStyles();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [loaded, setLoaded] = useState<{
    file: string;
    campaign: Campaign | null;
    findings: readonly Finding[];
  } | null>(null);
  const [periodId, setPeriodId] = useState("");
  const [unitCode, setUnitCode] = useState("");
  const [status, setStatus] = useState<{ intent: "success" | "error" | "info"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const inserting = useInsertReport(host);

  const campaign = loaded?.campaign ?? null;
  const period = campaign?.periods.find((p) => p.id === periodId) ?? campaign?.periods[0];
  const sources = campaign && period ? unitTemplates(campaign, period, TEMPLATE_IDS) : [];

  type Status = { intent: "success" | "error" | "info"; text: string };
  async function run(action: () => Promise<Status>) {
    setBusy(true);
    setStatus(null);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus({ intent: "error", text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  const createDefault = () =>
    run(async () => {
      const y = Number(year);
      if (!(y >= 2000 && y <= 2100)) return { intent: "error", text: m.templates.invalidYear };
      await host.insertReport(layoutCampaign(defaultCampaign(y)), `ke-hoach-thi-dua-${y}.xlsx`);
      return { intent: "success", text: format(m.campaign.created, { year: y }) };
    });

  const pick = (file: File) =>
    run(async () => {
      setLoaded(null);
      const done = await startJob({ kind: "campaign", files: toPayloads([file]) }, () => undefined).result;
      if (done.kind !== "campaign") return { intent: "error", text: "" };
      setLoaded({ file: file.name, campaign: done.campaign, findings: done.findings });
      setPeriodId(done.campaign?.periods[0]?.id ?? "");
      if (!done.campaign) return { intent: "error", text: format(m.campaign.unusable, { file: file.name }) };
      const loadedText = format(m.campaign.loaded, {
        file: file.name,
        periods: done.campaign.periods.length,
        units: done.campaign.units.length,
        blocs: blocCount(done.campaign),
      });
      return { intent: "success", text: loadedText };
    });

  const downloadAll = () =>
    run(async () => {
      const zipName = `bieu-mau-${period!.id}.zip`;
      await host.downloadAll!(
        sources.map((s) => ({ plan: layoutReport(s), fileName: `${s.unit.code}-${period!.id}.xlsx` })),
        zipName,
      );
      const text = format(m.campaign.downloadedAll, {
        count: sources.length,
        period: t(period!.label),
        file: zipName,
      });
      return { intent: "success", text };
    });

  /** Inserts a unit's template, or asks first when the workbook already holds a report. */
  const insertWith = (attempt: () => Promise<InsertResult | null>) =>
    run(async () => {
      const result = await attempt();
      if (!result) return { intent: "info", text: "" };
      return { intent: "success", text: format(m.templates.inserted, { sheets: result.sheets.join(", ") }) };
    });

  const insertOne = () => {
    const source = sources.find((s) => s.unit.code === unitCode) ?? sources[0]!;
    const plan = layoutReport(source);
    return insertWith(() => inserting.insert(plan, `${source.unit.code}-${period!.id}.xlsx`));
  };

  return (
    <section className={styles.view} aria-label={m.campaign.heading}>
      <Subtitle2 as="h2">{m.campaign.heading}</Subtitle2>
      <p className={styles.intro}>{m.campaign.intro}</p>
      <div className={styles.row}>
        <Field label={m.campaign.year}>
          <Input type="number" value={year} onChange={(_, data) => setYear(data.value)} />
        </Field>
        <Button onClick={() => void createDefault()} disabled={busy}>
          {host.kind === "excel" ? m.campaign.createInsert : m.campaign.createDownload}
        </Button>
      </div>
      <FilePicker
        label={m.campaign.pick}
        accept=".xlsx,.xls,.ods"
        testId="campaign-file"
        disabled={busy}
        onFiles={([f]) => f && void pick(f)}
      />
      {status && status.text && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {loaded && loaded.findings.length > 0 && (
        <Text weight="semibold">{format(m.validate.counts, countFindings(loaded.findings))}</Text>
      )}
      {loaded && loaded.findings.length > 0 && (
        // The campaign's findings come errors first.
        <ul className={styles.list} aria-label={m.campaign.heading}>
          {loaded.findings.map((f, i) => (
            <li
              key={i}
            >{`${f.sheet ? `${f.sheet}!${f.cell ?? ""} — ` : ""}${t({ vi: f.message_vi, en: f.message_en })}`}</li>
          ))}
        </ul>
      )}
      {campaign && period && (
        <>
          <Field
            label={m.campaign.period}
            hint={period.due ? format(m.campaign.due, { due: dmy(period.due) }) : undefined}
          >
            <Select value={period.id} onChange={(_, data) => setPeriodId(data.value)}>
              {campaign.periods.map((p) => (
                <option key={p.id} value={p.id}>
                  {t(p.label)}
                </option>
              ))}
            </Select>
          </Field>
          {sources.length === 0 && <Text>{m.campaign.noUnits}</Text>}
          {sources.length > 0 && host.downloadAll && (
            <Button appearance="primary" onClick={() => void downloadAll()} disabled={busy}>
              {m.campaign.downloadAll}
            </Button>
          )}
          {sources.length > 0 && host.kind === "excel" && (
            <div className={styles.row}>
              <Field label={m.campaign.unit}>
                <Select
                  value={unitCode || sources[0]!.unit.code}
                  onChange={(_, data) => setUnitCode(data.value)}
                >
                  {sources.map((s) => (
                    <option key={s.unit.code} value={s.unit.code}>{`${s.unit.code} — ${s.unit.name}`}</option>
                  ))}
                </Select>
              </Field>
              <Button appearance="primary" onClick={() => void insertOne()} disabled={busy}>
                {m.campaign.insertUnit}
              </Button>
            </div>
          )}
          {inserting.pending && (
            <ReplaceQuestion
              pending={inserting.pending}
              busy={busy}
              onReplace={() => void insertWith(inserting.replace)}
              onKeep={() => {
                inserting.keep();
                setStatus({ intent: "success", text: t(OFFICE_ERRORS.kept) });
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
