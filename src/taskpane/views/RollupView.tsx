import { Button, Subtitle2 } from "@fluentui/react-components";
import type { WorkbookHost } from "../../host/workbook-host";
import { NoticeBar } from "../components/NoticeBar";
import { useRollup } from "../hooks/use-rollup";
import { useI18n } from "../i18n/context";
import { RejectedList } from "../results/RejectedList";
import { RollupResult } from "../results/RollupResult";
import type { StartJob } from "../worker/start-job";
import { useViewStyles } from "./styles";
import { UndoLastWrite } from "../components/UndoLastWrite";
import {
  BreakingReferences,
  OverwriteQuestion,
  RollupParent,
  RollupProgress,
  RollupSources,
} from "./RollupParts";

export function RollupView({ host, startJob }: { host: WorkbookHost; startJob: StartJob }) {
  const { m, t } = useI18n();
  const styles = useViewStyles();
  const job = useRollup(host, startJob);
  const running = job.progress !== null;
  return (
    <div className={styles.view}>
      <Subtitle2 as="h2">{m.rollup.heading}</Subtitle2>
      <p className={styles.intro}>{m.rollup.intro}</p>
      <RollupSources job={job} running={running} />
      <RollupParent job={job} />
      <div className={styles.row}>
        <Button appearance="primary" onClick={job.start} disabled={running || job.writing}>
          {m.rollup.start}
        </Button>
        {running && <Button onClick={job.cancel}>{m.rollup.cancel}</Button>}
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
      <RollupProgress job={job} />
      {job.result && job.overwrite !== null && <OverwriteQuestion job={job} />}
      {job.breaking && <BreakingReferences job={job} />}
      {job.notice && <NoticeBar notice={job.notice} />}
      {host.live && (
        <UndoLastWrite
          live={host.live}
          kinds={["summary"]}
          asked={job.writing ? "writing" : job.writesEnded}
          onUndone={job.undone}
        />
      )}
      {job.rejected.length > 0 && (
        <RejectedList items={job.rejected.map((r) => ({ file: r.name, reason: t(r.reason) }))} />
      )}
      {job.result && <RollupResult summary={job.result.summary} />}
    </div>
  );
}
