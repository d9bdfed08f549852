import { promises as fs, type Stats } from "node:fs";
import { identityOf, sha256 } from "./file-identity";

const digest = async (file: string) => sha256(await fs.readFile(file));

/**
 * Whether a file of a folder is one the command uses otherwise (its campaign, units list or previous
 * summary): that file itself, by any path, or a copy of it. Staff keep a copy of the campaign mailed to
 * them beside the reports in the round's folder: read as a report, it was refused, and the run ended as
 * one with a refused file. Only a file of a used file's size is read to be compared.
 */
export async function usedFiles(
  used: readonly string[],
): Promise<(file: string, stat: Stats) => Promise<boolean>> {
  const stats = (await Promise.all(used.map((file) => fs.stat(file).catch(() => null)))).flatMap((stat, i) =>
    stat?.isFile() ? [{ file: used[i]!, stat }] : [],
  );
  const identities = new Set(stats.map(({ stat }) => identityOf(stat)));
  const digests = new Map<number, Promise<Set<string>>>();
  const digestsOfSize = (size: number) => {
    let found = digests.get(size);
    if (!found) {
      const same = stats.filter(({ stat }) => stat.size === size);
      found = Promise.all(same.map(({ file }) => digest(file).catch(() => ""))).then((d) => new Set(d));
      digests.set(size, found);
    }
    return found;
  };
  return async (file, stat) => {
    if (identities.has(identityOf(stat))) return true;
    if (!stats.some((used) => used.stat.size === stat.size)) return false;
    const [known, own] = await Promise.all([digestsOfSize(stat.size), digest(file).catch(() => null)]);
    return own !== null && known.has(own);
  };
}
