import { useState } from "react";
import {
  countFindings,
  defaultCampaign,
  distinctBlocs,
  dmy,
  groupFindings,
  groupPlace,
  groupText,
  layoutCampaign,
  layoutReport,
  unitTemplates,
  type Campaign,
} from "../../core";
import type { WorkbookHost } from "../../host/workbook-host";
import { format, useI18n } from "../i18n/context";
import { toPayloads } from "../worker/payloads";
import type { StartJob } from "../worker/start-job";
import { usePickedCampaign } from "./picked-campaign";
import { useInsertReport } from "./use-insert-report";
import { useTaskStatus } from "./use-task-status";

/** The campaign's blocs, each once. */
const blocCount = (campaign: Campaign) => distinctBlocs(campaign.units.map((u) => u.bloc)).length;

/**
 * The province's campaign: start one from the defaults, or pick the one it keeps and see what is wrong
 * with it; then every unit's template of a period (a .zip in the page, one unit's sheets in Excel).
 */
export function useCampaign(host: WorkbookHost, startJob: StartJob) {
  const { m, t } = useI18n();
  const task = useTaskStatus();
  const inserting = useInsertReport(host, task);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [loaded, setLoaded] = usePickedCampaign();
  const [periodId, setPeriodId] = useState("");
  const [unitCode, setUnitCode] = useState("");

  const campaign = loaded?.campaign ?? null;
  const period = campaign?.periods.find((p) => p.id === periodId) ?? campaign?.periods[0];
  const sources = campaign && period ? unitTemplates(campaign, period) : [];
  const source = sources.find((s) => s.unit.code === unitCode) ?? sources[0];
  const findings = loaded?.findings ?? [];

  /** A workbook that holds a campaign already is asked about, as one holding a report is. */
  const createDefault = () => {
    const y = Number(year);
    if (!(y >= 2000 && y <= 2100)) return task.say({ intent: "error", text: m.templates.invalidYear });
    void inserting.insert(
      layoutCampaign(defaultCampaign(y)),
      `ke-hoach-thi-dua-${y}.xlsx`,
      format(m.campaign.created, { year: y }),
    );
  };

  const pick = (file: File) =>
    task.run(async () => {
      setLoaded(null);
      const done = await startJob({ kind: "campaign", files: toPayloads([file]) }, () => undefined).result;
      if (done.kind !== "campaign") return null;
      setLoaded({ file, campaign: done.campaign, findings: done.findings });
      setPeriodId(done.campaign?.periods[0]?.id ?? "");
      if (!done.campaign) return { intent: "error", text: format(m.campaign.unusable, { file: file.name }) };
      const text = format(m.campaign.loaded, {
        file: file.name,
        periods: done.campaign.periods.length,
        units: done.campaign.units.length,
        blocs: blocCount(done.campaign),
      });
      return { intent: "success", text };
    });

  const downloadAll = (id: string, label: string) =>
    task.run(async () => {
      const zipName = `bieu-mau-${id}.zip`;
      await host.downloadAll!(
        sources.map((s) => ({ plan: layoutReport(s), fileName: `${s.unit.code}-${id}.xlsx` })),
        zipName,
      );
      const text = format(m.campaign.downloadedAll, { count: sources.length, period: label, file: zipName });
      return { intent: "success", text };
    });

  return {
    year,
    setYear,
    createDefault: () => void createDefault(),
    pick: (file: File | undefined) => file && void pick(file),
    /** The campaign workbook in use in every view, by its file's name; clearing it clears it everywhere. */
    pickedName: loaded?.file.name ?? null,
    clear: () => setLoaded(null),
    /** How many errors and warnings the picked campaign has, when it has any. */
    counts: findings.length > 0 ? format(m.validate.counts, countFindings(findings)) : null,
    /** The campaign reader lists errors first, each with its sheet and cell; one line per rule of a sheet. */
    findings: groupFindings(findings).map((g) => {
      const place = groupPlace(g);
      return `${place ? `${place} — ` : ""}${t(groupText(g))}`;
    }),
    /** The chosen period of a usable campaign, with its due date as the field's hint. */
    period:
      campaign && period
        ? { id: period.id, hint: period.due ? format(m.campaign.due, { due: dmy(period.due) }) : undefined }
        : null,
    periods: campaign?.periods.map((p) => ({ id: p.id, label: t(p.label) })) ?? [],
    setPeriodId,
    units: sources.map((s) => ({ code: s.unit.code, label: `${s.unit.code} — ${s.unit.name}` })),
    unitCode: source?.unit.code ?? "",
    setUnitCode,
    canDownloadAll: sources.length > 0 && host.downloadAll !== undefined,
    downloadAll: () => period && void downloadAll(period.id, t(period.label)),
    canInsertUnit: sources.length > 0,
    insertUnit: () =>
      source &&
      period &&
      void inserting.insert(layoutReport(source), `${source.unit.code}-${period.id}.xlsx`),
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
