const KEY = "thidua.writer";

/**
 * This pane's writer for its session (see excel/journal-owner): kept in sessionStorage, so a pane
 * reloaded in the middle of a write knows the journal it left as its own and settles it at once.
 */
export function paneWriter(newId: () => string): string {
  try {
    let id = sessionStorage.getItem(KEY);
    if (!id) sessionStorage.setItem(KEY, (id = newId()));
    return id;
  } catch {
    // Storage refused (a privacy setting): a write cut short then waits out the journal's time.
    return newId();
  }
}
