import * as path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "../../..");

/** One Office.js member the code uses, with the requirement set its declaration names. */
export interface ApiUse {
  /** "Interface.member", as declared in @types/office-js. */
  readonly member: string;
  /** E.g. { name: "ExcelApi", version: "1.9" }; null for Office's common API, which has no Excel set. */
  readonly set: { readonly name: string; readonly version: string } | null;
  readonly at: string;
  /** The isSetSupported checks around the use: a set name and version each. */
  readonly guards: readonly { readonly name: string; readonly version: string }[];
}

const API_SET = /\[\s*Api set:\s*([A-Za-z]+)\s+(\d+\.\d+)/;
const GUARD = /isSetSupported\(\s*["']([A-Za-z]+)["']\s*,\s*["'](\d+\.\d+)["']\s*\)/g;

const newer = (a: string, b: string) => {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am! > bm! || (am === bm && an! > bn!);
};

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile).config;
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT).options;
}

function apiSetOf(declaration: ts.Declaration): ApiUse["set"] {
  const text = declaration.getFullText();
  const match = API_SET.exec(text.slice(0, declaration.getLeadingTriviaWidth()));
  return match ? { name: match[1]!, version: match[2]! } : null;
}

/** The interface, class or namespace (Excel.run, Office.context) a member is declared in. */
function ownerName(declaration: ts.Declaration): string {
  for (let node: ts.Node = declaration.parent; node; node = node.parent)
    if (ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node) || ts.isModuleDeclaration(node))
      return node.name?.getText() ?? "?";
  return "?";
}

/** Where a use sits under an `if`, `?:` or `&&` whose condition checks requirement sets. */
function guardsAround(node: ts.Node): ApiUse["guards"] {
  const guards: { name: string; version: string }[] = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    const condition =
      ts.isIfStatement(parent) && parent.thenStatement === child
        ? parent.expression
        : ts.isConditionalExpression(parent) && parent.whenTrue === child
          ? parent.condition
          : ts.isBinaryExpression(parent) &&
              parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
              parent.right === child
            ? parent.left
            : undefined;
    if (condition)
      for (const m of condition.getText().matchAll(GUARD)) guards.push({ name: m[1]!, version: m[2]! });
  }
  return guards;
}

/** The declarations a property access or an object literal's property resolves to in @types/office-js. */
function officeDeclarations(checker: ts.TypeChecker, node: ts.Node): ts.Declaration[] {
  let declarations: readonly ts.Declaration[] | undefined;
  if (ts.isPropertyAccessExpression(node)) {
    const call = node.parent;
    const signature =
      ts.isCallExpression(call) && call.expression === node ? checker.getResolvedSignature(call) : undefined;
    declarations = signature?.declaration
      ? [signature.declaration as ts.Declaration]
      : checker.getSymbolAtLocation(node.name)?.declarations;
  } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
    const property = (node.propertyName ?? node.name).getText();
    declarations = checker.getTypeAtLocation(node.parent).getProperty(property)?.declarations;
  } else if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent)) {
    const contextual = checker.getContextualType(node.parent);
    declarations = contextual?.getProperty(node.name.getText())?.declarations;
  }
  return (declarations ?? []).filter((d) => d.getSourceFile().fileName.includes("@types/office-js"));
}

/** Every use of an Office.js member in `files`, resolved by the TypeScript compiler. */
export function officeApiUses(files: readonly string[]): ApiUse[] {
  const program = ts.createProgram(files, compilerOptions());
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const visit = (node: ts.Node): void => {
      for (const declaration of officeDeclarations(checker, node)) {
        const name = (declaration as ts.Declaration & { name?: ts.Node }).name?.getText() ?? "?";
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        uses.push({
          member: `${ownerName(declaration)}.${name}`,
          set: apiSetOf(declaration),
          at: `${path.relative(ROOT, file)}:${line + 1}`,
          guards: guardsAround(node),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/**
 * The uses that need a requirement check they lack: an Excel set newer than `minimum`, or any other
 * Excel set (ExcelApiOnline, ExcelApiDesktop), each unguarded by isSetSupported of that set and version.
 */
export function unguarded(uses: readonly ApiUse[], minimum: string): ApiUse[] {
  return uses.filter(({ set, guards }) => {
    if (!set || !set.name.startsWith("ExcelApi")) return false;
    if (set.name === "ExcelApi" && !newer(set.version, minimum)) return false;
    return !guards.some((g) => g.name === set.name && !newer(set.version, g.version));
  });
}

/** One line per member: its set and where it is used. */
export function auditReport(uses: readonly ApiUse[]): string {
  const byMember = new Map<string, { set: ApiUse["set"]; at: string[] }>();
  for (const use of uses) {
    const entry = byMember.get(use.member) ?? { set: use.set, at: [] };
    entry.at.push(use.at);
    byMember.set(use.member, entry);
  }
  return [...byMember]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([member, { set, at }]) => {
      const files = [...new Set(at.map((a) => a.split(":")[0]))].join(", ");
      return `${member.padEnd(44)} ${set ? `${set.name} ${set.version}` : "Office (common)"}  ${files}`;
    })
    .join("\n");
}
