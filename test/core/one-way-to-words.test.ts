import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const SRC = resolve(__dirname, "../../src");
const VOCABULARY = join(SRC, "core", "vocabulary");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (path === VOCABULARY) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(path) ? [path] : [];
  });
}

/**
 * The ways around `WORDS.section.key` that the code once took: a section's two languages paired by hand
 * (`vi.report, en.report`), and a whole section kept under a name of its own (`const M = WORDS.campaign`).
 */
const DETOURS = [/\bvi\.(\w+(?:\.\w+)*),\s*en\.\1\b/g, /=\s*WORDS\.\w+;/g];

test("code reaches the words one way, WORDS.section.key", () => {
  const found = sourceFiles(SRC).flatMap((file) => {
    const text = readFileSync(file, "utf8");
    return DETOURS.flatMap((detour) =>
      [...text.matchAll(detour)].map((m) => `${relative(SRC, file)}: ${m[0]}`),
    );
  });
  expect(found).toEqual([]);
});
