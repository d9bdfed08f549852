import type { SheetView } from "../core/grid/grid";
import { firstCell } from "./range-corners";

/**
 * What the active window says of the view of a sheet, where it shows that sheet: formulas shown in place
 * of their results (`formulasShown`), zeros shown as empty cells (`zerosHidden`), and but where its panes
 * are `frozen` (whose first cell is where it opens, `reach`), the cell its view opens at (`opensAt`: the
 * first it shows, where Excel saves it), as a file's reader reads a sheet view's `showFormulas`,
 * `showZeros` and `topLeftCell`. Read once the request that loads it is sent.
 */
export type WindowView = (sheet: string, frozen: boolean) => Partial<SheetView>;

/**
 * Queues how Excel's active window shows its active sheet, where Excel gives it: on Windows and Mac only
 * (ExcelApiDesktop 1.1; Excel on the web and on iPad have no window API). Office.js gives Show Formulas,
 * the zero values option and where the view is scrolled of that one sheet alone, though Excel keeps them
 * for each sheet and a file carries them all: a form's sheet the window does not show is not told
 * (docs/threat-model.md).
 */
export function queueWindowView(context: Excel.RequestContext): WindowView | undefined {
  if (Office.context.requirements.isSetSupported("ExcelApiDesktop", "1.1")) {
    const window = context.workbook.application.activeWindow.load("showFormulas,showZeros");
    const shown = window.activeWorksheet.load("name");
    const visible = window.visibleRange.load("address");
    return (sheet, frozen) => {
      if (shown.name !== sheet) return {};
      const opensAt = frozen ? undefined : firstCell(visible.address);
      return {
        ...(opensAt ? { opensAt } : {}),
        ...(window.showFormulas ? { formulasShown: true } : {}),
        ...(window.showZeros === false ? { zerosHidden: true } : {}),
      };
    };
  }
  return undefined;
}
