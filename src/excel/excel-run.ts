/**
 * Excel.run for every action of the add-in: a request that meets a cell being edited waits until the
 * user leaves it (ExcelApi 1.11; older Excel ignores the option and fails with
 * InvalidOperationInCellEditMode, which the pane explains), rather than failing halfway through a write.
 */
export const runExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
  Excel.run({ delayForCellEdit: true }, batch);
