import { useState } from "react";
import type { Period } from "../../core";
import { format, useI18n } from "../i18n/context";
import { toPayloads } from "../worker/payloads";
import type { StartJob } from "../worker/start-job";
import { usePickedCampaign } from "./picked-campaign";
import type { Notice } from "./use-task-status";

/**
 * The campaign picked in any view, for a roll-up: its units are the expected ones, its periods the
 * choices of period; a picked file is read at once, so its errors show before a roll-up.
 */
export function useCampaignChoice(
  startJob: StartJob,
  { setNotice, fail }: { setNotice: (notice: Notice | null) => void; fail: (error: unknown) => void },
) {
  const { m, t } = useI18n();
  const [picked, setPicked] = usePickedCampaign();
  const [periodId, setPeriodId] = useState("");

  async function pickCampaign(file: File | undefined) {
    setPicked(null);
    setPeriodId("");
    if (!file) return;
    try {
      const done = await startJob({ kind: "campaign", files: toPayloads([file]) }, () => undefined).result;
      if (done.kind !== "campaign") return;
      setPicked({ file, campaign: done.campaign, findings: done.findings });
      if (done.campaign) return;
      const first = done.findings.find((f) => f.severity === "error");
      const where = first?.sheet ? `${first.sheet}!${first.cell ?? ""}: ` : "";
      const detail = first ? `${where}${t({ vi: first.message_vi, en: first.message_en })}` : "";
      setNotice({ intent: "error", text: `${format(m.campaign.unusable, { file: file.name })} ${detail}` });
    } catch (error) {
      fail(error);
    }
  }

  return {
    campaign: picked?.campaign ?? null,
    campaignFile: picked?.file ?? null,
    campaignPeriods: (picked?.campaign?.periods ?? null) as readonly Period[] | null,
    periodId,
    setPeriodId,
    pickCampaign: (file: File | undefined) => void pickCampaign(file),
    clearCampaign: () => {
      setPicked(null);
      setPeriodId("");
    },
  };
}
