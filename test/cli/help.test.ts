import type { Command } from "commander";
import { displayWidth } from "../../src/cli/display-width";
import { EXAMPLES } from "../../src/cli/help-examples";
import { buildProgram, everyCommand } from "../../src/cli/main";
import { runCli } from "./run-cli";

const io = { out: () => undefined, err: () => undefined, errIsTerminal: false, width: 80 };
const pathOf = (c: Command): string[] => (c.parent ? [...pathOf(c.parent), c.name()] : []);
const PATHS = everyCommand(buildProgram(io, "vi", () => undefined)).map(pathOf);

describe("the help", () => {
  it.each(PATHS.map((p) => [p.join(" ") || "thidua"] as const))(
    "of %s is Vietnamese first, English with --lang en, examples included, within 80 columns",
    async (name) => {
      const path = name === "thidua" ? [] : name.split(" ");
      const [vi, en] = [await runCli([...path, "--help"]), await runCli([...path, "--help", "--lang", "en"])];
      expect([vi.code, en.code]).toEqual([0, 0]);
      expect(vi.out).toMatch(/^Cách dùng: thidua/);
      expect(en.out).toMatch(/^Usage: thidua/);
      for (const english of [
        "Usage:",
        "Options:",
        "Arguments:",
        "Commands:",
        "display help",
        "[options]",
        "(choices",
      ])
        expect(vi.out).not.toContain(english);
      const examples = EXAMPLES[path.join(" ")]!;
      expect(examples.length).toBeGreaterThan(0);
      expect(vi.out).toContain("\nVí dụ:\n  thidua ");
      expect(en.out).toContain("\nExamples:\n  thidua ");
      // Each example is shown whole: its words in order, however the lines break.
      const words = (out: string) => out.replace(/ \\\n\s+/g, " ");
      for (const example of examples) {
        const line = `thidua ${example.map((a) => (a.includes(" ") ? `"${a}"` : a)).join(" ")}`;
        expect(words(vi.out)).toContain(line);
        expect(words(en.out)).toContain(line);
      }
      for (const line of [...vi.out.split("\n"), ...en.out.split("\n")])
        expect(displayWidth(line)).toBeLessThanOrEqual(80);
    },
  );

  it("describes every command, option and argument in Vietnamese, and again in English", () => {
    const commands = (lang: "vi" | "en") => everyCommand(buildProgram(io, lang, () => undefined));
    const [vi, en] = [commands("vi"), commands("en")];
    vi.forEach((command, i) => {
      const other = en[i]!;
      const described = (c: Command) => [
        c.description(),
        ...c.options.map((o) => o.description ?? ""),
        ...c.registeredArguments.map((a) => a.description),
      ];
      const [inVi, inEn] = [described(command), described(other)];
      for (const [j, text] of inVi.entries()) {
        expect(text.length).toBeGreaterThan(5);
        if (text !== "") expect(text).not.toBe(inEn[j]);
      }
      expect(command.options.map((o) => o.long)).toEqual(other.options.map((o) => o.long));
    });
  });

  it("is English for `thidua --lang en --help` and `thidua rollup --help --lang en`", async () => {
    expect((await runCli(["--lang", "en", "--help"])).out).toMatch(/^Usage: thidua \[options\] \[command\]/);
    expect((await runCli(["rollup", "--help", "--lang", "en"])).out).toMatch(
      /^Usage: thidua rollup \[options\]/,
    );
    expect((await runCli(["--lang=en", "rollup", "--help"])).out).toContain("Examples:");
  });
});

describe("the help's examples", () => {
  const cases = Object.entries(EXAMPLES).flatMap(([path, examples]) =>
    examples.map((e) => [path, e] as const),
  );

  it.each(cases)("for %j are real command lines: %j", async (path, example) => {
    const program = buildProgram(io, "vi", () => undefined);
    const ran: string[] = [];
    for (const command of everyCommand(program))
      command.action(() => {
        ran.push(pathOf(command).join(" "));
      });
    // Unknown or misspelt options, missing required ones or arguments make commander throw.
    await program.parseAsync([...example], { from: "user" });
    expect(ran).toHaveLength(1);
    expect(`${ran[0]} `.startsWith(path ? `${path} ` : "")).toBe(true);
    expect(program.commands.map((c) => c.name())).toContain(example[0]);
  });
});
