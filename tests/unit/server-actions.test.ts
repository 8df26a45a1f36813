import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Every server action goes through one of the wrappers of lib/actions (STYLE.md, issue 14): they
 * parse the input with zod on the server, check the session or the link, keep the NUL refusal and
 * the database outage guard, and answer with ActionState. A hand-rolled action (`export async
 * function`, `export const x = async ...`, an inline "use server") skips all of that unnoticed, so
 * this lists every "use server" module of app/ and names each export not made by a wrapper.
 */
const WRAPPERS = new Set(["publicAction", "tokenAction", "organiserAction", "eventAction"]);
const WRAPPER_MODULE = "@/lib/actions";

const root = join(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

function isUseServer(statement: ts.Statement | undefined): boolean {
  return (
    !!statement &&
    ts.isExpressionStatement(statement) &&
    ts.isStringLiteral(statement.expression) &&
    statement.expression.text === "use server"
  );
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The local names under which this module imports the wrappers. */
function wrapperNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || (statement.moduleSpecifier as ts.StringLiteral).text !== WRAPPER_MODULE) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      if (WRAPPERS.has((element.propertyName ?? element.name).text) && !element.isTypeOnly) names.add(element.name.text);
    }
  }
  return names;
}

/** "file#export" for every action of this source that no wrapper made; [] when all are wrapped. */
function handRolledActions(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  // An inline "use server" (a function in a page or component) is an action no wrapper made.
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body && ts.isBlock(node.body) && isUseServer(node.body.statements[0])) {
      const name =
        node.name && ts.isIdentifier(node.name) ? node.name.text : `line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      found.push(`${file}#${name} (inline "use server")`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!isUseServer(source.statements[0])) return found;

  const wrappers = wrapperNames(source);
  const madeByWrapper = (init: ts.Expression | undefined) =>
    !!init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && wrappers.has(init.expression.text);
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!madeByWrapper(declaration.initializer)) found.push(`${file}#${declaration.name.getText(source)}`);
      }
    } else if (ts.isFunctionDeclaration(statement) && isExported(statement)) {
      found.push(`${file}#${statement.name?.text ?? "default"}`);
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      found.push(`${file}#${statement.exportClause?.getText(source) ?? "*"} (re-export: define actions here, with a wrapper)`);
    } else if (ts.isExportAssignment(statement)) {
      found.push(`${file}#default`);
    }
  }
  return found;
}

describe("server actions", () => {
  const files = sourceFiles(join(root, "app")).map((path) => ({ file: relative(root, path), text: readFileSync(path, "utf8") }));
  const modules = files.filter(({ text }) => /^\s*["']use server["']/.test(text));

  it("finds the action modules of app/", () => {
    expect(modules.length).toBeGreaterThanOrEqual(17);
  });

  it("are all made by a wrapper of lib/actions", () => {
    expect(files.flatMap(({ file, text }) => handRolledActions(file, text))).toEqual([]);
  });

  it("names a hand-rolled action, whatever its form", () => {
    const module = `"use server";
import { publicAction } from "@/lib/actions";
import { organiserAction as other } from "./elsewhere";
export const wrapped = publicAction(schema, run);
export const viaLookalike = other(roles, schema, run);
export const arrow = async (_state: unknown, formData: FormData) => ({ ok: true });
export async function plain(_state: unknown, formData: FormData) {}
`;
    expect(handRolledActions("app/x/actions.ts", module)).toEqual([
      "app/x/actions.ts#viaLookalike",
      "app/x/actions.ts#arrow",
      "app/x/actions.ts#plain",
    ]);
    const page = `export default function Page() { async function save() { "use server"; } return null; }`;
    expect(handRolledActions("app/x/page.tsx", page)).toEqual(['app/x/page.tsx#save (inline "use server")']);
  });
});
