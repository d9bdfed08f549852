import { Button, Caption1, makeStyles, shorthands, Text, tokens } from "@fluentui/react-components";
import { ArrowUpload24Regular, FolderOpen24Regular } from "@fluentui/react-icons";
import { useRef, useState, type DragEvent } from "react";
import { format, useI18n } from "../i18n/context";
import { FOLDER_LIMITS } from "../../pipeline/folder-rules";
import {
  acceptedExtensions,
  collectDropped,
  sortFolderFiles,
  type Entry,
  type FolderFiles,
} from "./folder-files";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    ...shorthands.border(tokens.strokeWidthThick, "dashed", tokens.colorNeutralStroke1),
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
  },
  active: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
  },
  hidden: { display: "none" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  readonly label: string;
  readonly dropLabel?: string;
  readonly accept: string;
  readonly multiple?: boolean;
  readonly onFiles: (files: File[]) => void;
  readonly testId: string;
  readonly disabled?: boolean;
  /** Offer a folder too (its spreadsheets, picked or dropped); by default wherever many files are taken. */
  readonly folders?: boolean;
}

/** The entries of a drop, read while the drop event lasts (the browser empties them afterwards). */
const droppedEntries = (event: DragEvent): Entry[] =>
  [...event.dataTransfer.items].flatMap((item) => item.webkitGetAsEntry?.() ?? []);

/**
 * A button that opens the file dialog (keyboard-friendly), with `folders` one that opens a folder
 * dialog, and, with `dropLabel`, a zone to drop files (and folders) on.
 */
export function FilePicker(props: Props) {
  const { label, dropLabel, accept, multiple, onFiles, testId, disabled } = props;
  const folders = props.folders ?? multiple === true;
  const input = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [notice, setNotice] = useState<FolderFiles | null>(null);
  const { m } = useI18n();
  const styles = useStyles();
  const extensions = acceptedExtensions(accept);
  const took = (found: FolderFiles) => {
    setNotice(found);
    if (found.files.length > 0) onFiles(found.files);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const entries = droppedEntries(event);
    if (folders && entries.some((entry) => entry.isDirectory))
      void collectDropped(entries, extensions).then(took);
    else {
      setNotice(null);
      onFiles([...event.dataTransfer.files]);
    }
  };
  const fileButton = (
    <Button icon={<ArrowUpload24Regular />} onClick={() => input.current?.click()} disabled={disabled}>
      {label}
    </Button>
  );
  const button = folders ? (
    <div className={styles.buttons}>
      {fileButton}
      <Button icon={<FolderOpen24Regular />} onClick={() => folderInput.current?.click()} disabled={disabled}>
        {m.folders.pickFolder}
      </Button>
    </div>
  ) : (
    fileButton
  );
  return (
    <>
      {folders && (
        <input
          ref={(node) => {
            folderInput.current = node;
            // Not in React's attribute list; the property is what Chromium, Firefox and Safari read.
            if (node) node.webkitdirectory = true;
          }}
          className={styles.hidden}
          type="file"
          multiple
          data-testid={`${testId}-folder`}
          onChange={(event) => {
            took(sortFolderFiles([...(event.target.files ?? [])], extensions));
            event.target.value = "";
          }}
        />
      )}
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={accept}
        multiple={multiple}
        data-testid={testId}
        onChange={(event) => {
          setNotice(null);
          onFiles([...(event.target.files ?? [])]);
          event.target.value = "";
        }}
      />
      {dropLabel ? (
        <div
          className={over ? `${styles.zone} ${styles.active}` : styles.zone}
          onDragOver={(event) => {
            event.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={drop}
        >
          <Text>{dropLabel}</Text>
          {folders && <Caption1>{m.folders.dropFolders}</Caption1>}
          {button}
        </div>
      ) : (
        button
      )}
      {notice && <FolderNotice found={notice} extensions={extensions} />}
    </>
  );
}

/** What a folder gave: how many files, how many left out, and whether it was too big to walk whole. */
function FolderNotice({ found, extensions }: { found: FolderFiles; extensions: readonly string[] }) {
  const { m } = useI18n();
  const lines = [
    format(m.folders.taken, { count: found.files.length }),
    found.skipped > 0 && format(m.folders.skipped, { count: found.skipped, types: extensions.join(", ") }),
    found.archives.length > 0 && format(m.folders.archives, { files: found.archives.join(", ") }),
    found.truncated && format(m.folders.truncated, FOLDER_LIMITS),
  ];
  return <Text role="status">{lines.filter(Boolean).join(" ")}</Text>;
}
