/**
 * `compute` with its results kept by argument, for work a run repeats on few distinct values (a workbook's
 * colours, the headings every report repeats). All are forgotten once `max` are kept, so a hostile file's
 * many values cannot grow it for good.
 */
export function remembered<T>(compute: (key: string) => T, max: number): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    const found = known.get(key);
    if (found !== undefined || known.has(key)) return found!;
    if (known.size >= max) known.clear();
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
