/**
 * Which pane writes: a journal carries its writer and when it began, so that a second pane on the same
 * workbook (a second window, a co-author on the web) leaves a write in progress alone instead of
 * undoing it. A pane reloaded keeps its writer (the pane passes one it keeps for its session), and so
 * settles its own write cut short at once.
 */

/** An id telling panes apart, not a secret: every engine the pane runs in has Math.random. */
export const newWriterId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

let writer = newWriterId();

export function setWriter(id: string): void {
  writer = id;
}

export const currentWriter = (): string => writer;

/** A journal another pane began this recently is a write in progress there; an older one was abandoned. */
export const LIVE_WRITE_MS = 10 * 60_000;

/** Who began a write, and when (ms since the epoch). */
export interface JournalOwner {
  readonly id: string;
  readonly since: number;
}

/** Whether a journal's write is another pane's, still going on. */
export const someoneElseWriting = (owner: JournalOwner | undefined, now = Date.now()): boolean =>
  owner !== undefined && owner.id !== writer && now - owner.since < LIVE_WRITE_MS;
