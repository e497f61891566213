// Every server action is defined one way (lib/actions/define.ts, issue 16): a module marked
// "use server" exports only values built by formAction, tapAction or plainAction — directly, or by a
// local factory that returns one of them — and types. A hand-rolled `export async function`, an
// arrow, or a wrapper of its own fails here: it would skip "who may call" or run it too late.
// Read from the source (the TypeScript parser): every such export type-checks as a plain function.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const BUILDERS = new Set(["formAction", "tapAction", "plainAction"]);
const DEFINE = "@/lib/actions/define";

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === "node_modules" || e.name === "generated") return [];
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const isUseServer = (s: ts.Statement) =>
  ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === "use server";

const exported = (n: ts.Node) =>
  ts.canHaveModifiers(n) && !!ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** What is wrong with a module's server actions ([] when each is defined one way). */
function strayActions(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const where = (n: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;

  // An inline "use server" (inside a function) is an action with no definition at all.
  const inline = (n: ts.Node): void => {
    if (ts.isBlock(n) && n.statements.some(isUseServer)) out.push(`${where(n)} inline "use server"`);
    ts.forEachChild(n, inline);
  };
  sf.statements.forEach((s) => ts.forEachChild(s, inline));
  if (!sf.statements.some(isUseServer)) return out;

  // The builders, as imported from define.ts (a local function of the same name does not count).
  const builders = new Set<string>();
  for (const s of sf.statements)
    if (ts.isImportDeclaration(s) && (s.moduleSpecifier as ts.StringLiteral).text === DEFINE)
      s.importClause?.namedBindings?.forEachChild((b) => {
        if (ts.isImportSpecifier(b) && BUILDERS.has((b.propertyName ?? b.name).text)) builders.add(b.name.text);
      });
  const builtBy = (e: ts.Expression | undefined, names: Set<string>) =>
    !!e && ts.isCallExpression(e) && ts.isIdentifier(e.expression) && names.has(e.expression.text);

  // Local factories: unexported functions whose every return is a builder's call.
  const makers = new Set(builders);
  for (const s of sf.statements) {
    if (!ts.isFunctionDeclaration(s) || !s.name || !s.body || exported(s)) continue;
    const returns = s.body.statements.filter(ts.isReturnStatement);
    if (returns.length && returns.every((r) => builtBy(r.expression, builders))) makers.add(s.name.text);
  }

  for (const s of sf.statements) {
    if (ts.isTypeAliasDeclaration(s) || ts.isInterfaceDeclaration(s)) continue;
    if (ts.isExportDeclaration(s)) {
      if (!s.isTypeOnly) out.push(`${where(s)} re-export`);
    } else if (ts.isExportAssignment(s)) out.push(`${where(s)} export default`);
    else if (ts.isVariableStatement(s) && exported(s)) {
      for (const d of s.declarationList.declarations)
        if (!builtBy(d.initializer, makers)) out.push(`${where(d)} ${d.name.getText()} is not built by define.ts`);
    } else if (exported(s)) out.push(`${where(s)} ${(s as ts.FunctionDeclaration).name?.text ?? "export"} hand-rolled`);
  }
  return out;
}

const modules = ["lib", "app", "components"].flatMap((d) => files(path.join(root, d)));

describe("server actions are defined one way", () => {
  it("finds the modules it checks, and tells a defined action from a hand-rolled one", () => {
    const marked = modules.filter((f) => /^"use server";/m.test(readFileSync(f, "utf8")));
    expect(marked.map((f) => path.relative(root, f))).toEqual(
      expect.arrayContaining(["lib/actions/job.ts", "lib/actions/settings.ts", "lib/actions/sign-in.ts"]),
    );
    const head = `"use server";\nimport { formAction, plainAction as plain } from "${DEFINE}";\n`;
    expect(
      strayActions(
        "ok.ts",
        `${head}export type S = {};\nfunction step(x: number) { return formAction({ x }); }\n` +
          `export const a = formAction({});\nexport const b = step(1);\nexport const c = plain({});`,
      ),
    ).toEqual([]);
    expect(
      strayActions(
        "bad.ts",
        `${head}export async function a() {}\nexport const b = async () => {};\n` +
          `function wrap(f: unknown) { return f; }\nexport const c = wrap(formAction({}));\nexport { d };`,
      ),
    ).toEqual([
      "bad.ts:3 a hand-rolled",
      "bad.ts:4 b is not built by define.ts",
      "bad.ts:6 c is not built by define.ts",
      "bad.ts:7 re-export",
    ]);
    // A builder of the same name that is not define.ts's does not count.
    expect(
      strayActions("own.ts", `"use server";\nconst formAction = (x: unknown) => x;\nexport const a = formAction({});`),
    ).toEqual(["own.ts:3 a is not built by define.ts"]);
    expect(strayActions("page.tsx", `export default function P() { async function go() { "use server"; } }`)).toEqual([
      'page.tsx:1 inline "use server"',
    ]);
  });

  it('every module marked "use server" under lib/, app/ and components/ exports only actions built by define.ts', () => {
    const stray = modules.flatMap((f) => strayActions(path.relative(root, f), readFileSync(f, "utf8")));
    expect(stray).toEqual([]);
  });
});
