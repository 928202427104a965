import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export const WEB_DIR = fileURLToPath(new URL("../..", import.meta.url));

export function webSourceFiles(dir = WEB_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "locales" || entry.name === "testing" ? [] : webSourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

export function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

export function where(source: ts.SourceFile, node: ts.Node): string {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  return `${relative(WEB_DIR, source.fileName)}:${line + 1}`;
}

export function visit(node: ts.Node, each: (node: ts.Node) => void) {
  each(node);
  node.forEachChild((child) => visit(child, each));
}

/** Props whose text a person reads or hears. */
export const USER_FACING_PROPS = new Set([
  "label",
  "placeholder",
  "title",
  "aria-label",
  "aria-description",
  "alt",
  "description",
  "nothingFoundMessage",
  "confirmLabel",
  "message",
  "tooltip",
  "loaderProps",
  "error",
  "cite",
]);

export interface Finding {
  at: string;
  text: string;
}

/** Letters in any script: a literal with letters is text for people, which must come from the translation files. */
const LETTERS = /\p{L}/u;

export function literalTextIn(source: ts.SourceFile): Finding[] {
  const findings: Finding[] = [];
  visit(source, (node) => {
    if (ts.isJsxText(node) && LETTERS.test(node.text)) findings.push({ at: where(source, node), text: node.text.trim() });
    if (ts.isJsxAttribute(node) && USER_FACING_PROPS.has(node.name.getText(source)) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (value && (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) && LETTERS.test(value.text)) {
        findings.push({ at: where(source, node), text: `${node.name.getText(source)}="${value.text}"` });
      }
    }
    // {"Save"} as a child of an element is literal text too.
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      ts.isStringLiteral(node.expression) &&
      ts.isJsxElement(node.parent) &&
      LETTERS.test(node.expression.text)
    ) {
      findings.push({ at: where(source, node), text: node.expression.text });
    }
  });
  return findings;
}

export interface KeyUse {
  at: string;
  namespace: string;
  key: string;
}

function stringProperty(options: ts.Expression | undefined, name: string): string | undefined {
  if (!options || !ts.isObjectLiteralExpression(options)) return undefined;
  for (const property of options.properties) {
    if (ts.isPropertyAssignment(property) && property.name.getText() === name && ts.isStringLiteral(property.initializer))
      return property.initializer.text;
  }
  return undefined;
}

/**
 * Static t("key") calls and the namespace each resolves to: `{ ns }` in the options, "ns:key", or the namespace the
 * file's useTranslation("ns") names (the default namespace, common, without one).
 */
export function translationKeysIn(source: ts.SourceFile): KeyUse[] {
  let fileNamespace = "common";
  visit(source, (node) => {
    if (ts.isCallExpression(node) && node.expression.getText(source) === "useTranslation") {
      const [first] = node.arguments;
      if (first && ts.isStringLiteral(first)) fileNamespace = first.text;
    }
  });
  const uses: KeyUse[] = [];
  visit(source, (node) => {
    if (!ts.isCallExpression(node) || node.expression.getText(source) !== "t") return;
    const [keyArgument, options] = node.arguments;
    // t(done ? "a" : "b") asks for both keys.
    const literals = keyArgument && ts.isConditionalExpression(keyArgument) ? [keyArgument.whenTrue, keyArgument.whenFalse] : [keyArgument];
    for (const literal of literals) {
      if (!literal || !ts.isStringLiteral(literal)) continue;
      const [namespace, key] = literal.text.includes(":")
        ? literal.text.split(":", 2)
        : [stringProperty(options, "ns") ?? fileNamespace, literal.text];
      uses.push({ at: where(source, node), namespace: namespace ?? fileNamespace, key: key ?? "" });
    }
  });
  return uses;
}
