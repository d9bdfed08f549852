import { requestView } from "../taskpane/view-request";
import type { View } from "../taskpane/views/lazy-views";

/**
 * The ribbon's three buttons, each an ExecuteFunction in the add-in's shared runtime (manifest.xml: the
 * pane's page is also the function file). Microsoft documents that buttons opening one pane under different
 * URLs replace the pane's content (Action element, TaskpaneId), which reloaded a pane in the middle of a
 * write; here a button only asks the pane for its view and shows the pane, which keeps running
 * (Office.addin.showAsTaskpane, SharedRuntime 1.1: it changes the pane's visibility, never reloads it).
 */
export const RIBBON_FUNCTIONS: Readonly<Record<string, View>> = {
  showTemplates: "templates",
  showValidate: "validate",
  showRollup: "rollup",
};

/** Associates the buttons' functions; an Office without them (a test's stand-in) is left alone. */
export function registerRibbonCommands(): void {
  if (typeof Office === "undefined" || !Office.actions?.associate) return;
  for (const [name, view] of Object.entries(RIBBON_FUNCTIONS)) {
    Office.actions.associate(name, (event: Office.AddinCommands.Event) => {
      requestView(view);
      // The button is done whether or not Office could show the pane (Office waits for completed()).
      const done = () => event.completed();
      Promise.resolve()
        .then(() => Office.addin.showAsTaskpane())
        .then(done, done);
    });
  }
}
