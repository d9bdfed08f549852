import type { Entry } from "../../src/taskpane/components/folder-files";

/** A folder tree as the browser's entries describe it; a folder hands its entries over in batches. */
export type Tree = { readonly [name: string]: Tree | string };

export const BATCH = 2;

export function fakeFile(name: string, text = name): Entry {
  return {
    name,
    isFile: true,
    isDirectory: false,
    file: (ok: (file: File) => void) => ok(new File([text], name, { lastModified: 1_700_000_000_000 })),
  } as Entry;
}

export function fakeFolder(name: string, tree: Tree): Entry {
  const children = Object.entries(tree).map(([child, content]) =>
    typeof content === "string" ? fakeFile(child, content) : fakeFolder(child, content),
  );
  return {
    name,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let next = 0;
      return {
        readEntries: (ok: (entries: Entry[]) => void) => {
          ok(children.slice(next, next + BATCH));
          next += BATCH;
        },
      };
    },
  } as Entry;
}

/** Folders `levels` deep with one workbook at each level. */
export function deepFolder(levels: number): Tree {
  const workbook = { [`L${levels}.xlsx`]: "x" };
  return levels === 1 ? workbook : { ...workbook, sub: deepFolder(levels - 1) };
}
