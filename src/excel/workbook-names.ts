/** Every workbook name the host writes starts with TD_: form cells, metadata cells, the summary record. */
export const isOurName = (name: string) => name.toUpperCase().startsWith("TD_");

/** The workbook name `upper` (an upper-case name: Excel compares names without regard to case). Needs `name` loaded. */
export const findName = (names: readonly Excel.NamedItem[], upper: string): Excel.NamedItem | undefined =>
  names.find((n) => n.name.toUpperCase() === upper);

/** Keeps a name of the add-in's machinery (a journal, a record) out of Name Manager, where a user might delete it. */
export function hideName(item: Excel.NamedItem): void {
  item.visible = false;
}
