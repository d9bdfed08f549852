import { Caption1 } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { CheckedFile } from "../../core";
import { format, useI18n } from "../i18n/context";
import { ChoiceFilter } from "./ChoiceFilter";
import { FILE_STATES, fileKey, stateOf, type FileState } from "./file-rows";
import { TwoLines } from "./TwoLines";
import { VirtualGrid, type GridColumn } from "./VirtualGrid";

const severity = (f: CheckedFile) => FILE_STATES.indexOf(stateOf(f));

function useColumns(): readonly GridColumn<CheckedFile>[] {
  const { m } = useI18n();
  return useMemo(
    () => [
      {
        id: "file",
        title: m.rollup.file,
        grow: 3,
        compare: (a, b) => a.name.localeCompare(b.name),
        render: (f) => <TwoLines first={f.name} second={f.unit ? `${f.unit.code} — ${f.unit.name}` : ""} />,
      },
      {
        id: "state",
        title: m.results.fileState,
        grow: 1.6,
        compare: (a, b) => severity(a) - severity(b) || b.errors - a.errors,
        render: (f) => m.results.fileStates[stateOf(f)],
      },
      {
        id: "errors",
        title: m.validate.error,
        grow: 1,
        compare: (a, b) => b.errors - a.errors,
        render: (f) => f.errors,
      },
      {
        id: "warnings",
        title: m.validate.warning,
        grow: 1,
        compare: (a, b) => b.warnings - a.warnings,
        render: (f) => f.warnings,
      },
    ],
    [m],
  );
}

/** Many checked files: the worst first, narrowed by verdict; picking one shows its findings. */
export function FilesGrid({
  files,
  onPick,
}: {
  files: readonly CheckedFile[];
  onPick: (f: CheckedFile) => void;
}) {
  const { m } = useI18n();
  const columns = useColumns();
  const [state, setState] = useState<FileState | "">("");
  const shown = useMemo(() => (state ? files.filter((f) => stateOf(f) === state) : files), [files, state]);
  return (
    <section aria-label={m.results.files}>
      <ChoiceFilter
        label={m.results.fileState}
        value={state}
        choices={FILE_STATES.map((s) => ({ value: s, label: m.results.fileStates[s] }))}
        onChange={(value) => setState(value as FileState | "")}
      />
      <Caption1 role="status">
        {format(m.results.filesShown, { shown: shown.length, total: files.length })}
      </Caption1>
      <VirtualGrid
        items={shown}
        columns={columns}
        rowId={fileKey}
        label={m.results.files}
        rowHeight={48}
        sortedBy={{ column: "state", direction: "ascending" }}
        onPick={onPick}
      />
    </section>
  );
}
