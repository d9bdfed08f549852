import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The README is read in one sitting and sends the reader to docs/ for the rest: a link that leads nowhere
// (a doc renamed, a heading reworded) loses a fact as surely as deleting it. Reads files only.

const ROOT = path.resolve(__dirname, "..");
const DOCS = path.join(ROOT, "docs");

const README = path.join(ROOT, "README.md");
const DOC_FILES = readdirSync(DOCS)
  .filter((name) => name.endsWith(".md"))
  .map((name) => path.join(DOCS, name));

/** The lines outside fenced code blocks (those inside blank), brackets in inline code blanked so links still parse. */
function prose(text: string): string[] {
  const lines: string[] = [];
  let fenced = false;
  for (const line of text.split("\n")) {
    const fence = /^\s*```/.test(line);
    if (fence) fenced = !fenced;
    lines.push(fence || fenced ? "" : line.replace(/`[^`]*`/g, (code) => code.replace(/[[\]()]/g, "_")));
  }
  return lines;
}

/** GitHub's anchor of a heading: lower case, only letters, marks, digits, "_", "-" and spaces, spaces as "-". */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** Every anchor a markdown file offers, numbered as GitHub numbers a repeated heading ("x", "x-1"…). */
function anchors(file: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const line of prose(readFileSync(file, "utf8"))) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = (heading[1] ?? "").replace(/`/g, "");
    const base = slug(text);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

/** The relative links and images of a markdown file, with the line each is on. */
function links(file: string): { target: string; line: number }[] {
  const found: { target: string; line: number }[] = [];
  prose(readFileSync(file, "utf8")).forEach((text, index) => {
    for (const match of text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = match[1] ?? "";
      if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) found.push({ target, line: index + 1 });
    }
  });
  return found;
}

/** Why a link of `file` leads nowhere, or null when it resolves. */
function brokenBecause(file: string, target: string): string | null {
  const [pathPart = "", anchor] = target.split("#", 2);
  const resolved = pathPart === "" ? file : path.resolve(path.dirname(file), decodeURIComponent(pathPart));
  if (!existsSync(resolved)) return `no file ${path.relative(ROOT, resolved)}`;
  if (anchor === undefined) return null;
  if (!resolved.endsWith(".md"))
    return `an anchor into ${path.relative(ROOT, resolved)}, which is no markdown`;
  return anchors(resolved).has(decodeURIComponent(anchor).toLowerCase())
    ? null
    : `no heading #${anchor} in ${path.relative(ROOT, resolved)}`;
}

describe("the README's and docs' links", () => {
  it.each([README, ...DOC_FILES].map((file) => [path.relative(ROOT, file), file]))(
    "%s links only to files and headings that exist",
    (_name, file) => {
      const broken = links(file)
        .map(({ target, line }) => ({ target, line, why: brokenBecause(file, target) }))
        .filter(({ why }) => why !== null)
        .map(({ target, line, why }) => `line ${line}: ${target} (${why})`);
      expect(broken).toEqual([]);
    },
  );

  it("finds a broken link and a broken anchor as broken", () => {
    expect(brokenBecause(README, "docs/no-such-doc.md")).toMatch(/no file/);
    expect(brokenBecause(README, "#no-such-heading")).toMatch(/no heading/);
    expect(brokenBecause(README, "#4-sổ-kế-hoạch-thi-đua")).toBeNull();
  });

  it("lists every doc of docs/ in the README, so none is found only by browsing the folder", () => {
    const linked = new Set(
      links(README)
        .map(({ target }) => target.split("#")[0] ?? "")
        .filter((target) => target.startsWith("docs/") && target.endsWith(".md")),
    );
    const unlisted = DOC_FILES.map((file) => path.relative(ROOT, file).split(path.sep).join("/")).filter(
      (doc) => !linked.has(doc),
    );
    expect(unlisted).toEqual([]);
  });

  it("opens the English quick start with the two commands that run the product and pass the tests", () => {
    const readme = readFileSync(README, "utf8");
    const quickStart = /## Quick start[^\n]*\n+```bash\n([^\n]*)\n([^\n]*)\n/.exec(readme);
    expect(quickStart?.[1]).toMatch(/^npm install && npm start\s+#/);
    expect(quickStart?.[2]).toMatch(/^npm test\s+#/);
    const scripts = (
      JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(["start", "test"]));
  });
});
