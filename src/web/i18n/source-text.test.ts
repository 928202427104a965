import { describe, expect, it } from "vitest";
import { groupPlurals, namespacesOf, REFERENCE_LANGUAGE, readNamespace } from "./testing/read-locales.js";
import { literalTextIn, parse, translationKeysIn, webSourceFiles } from "./testing/scan-sources.js";

const files = webSourceFiles();

describe("the web app's source", () => {
  it("is found", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it("has no literal text for people in JSX: every word comes from the translation files", () => {
    const findings = files.filter((file) => file.endsWith(".tsx")).flatMap((file) => literalTextIn(parse(file)));
    expect(findings.map((finding) => `${finding.at}: ${finding.text}`)).toEqual([]);
  });

  it("asks only for translation keys that exist in English", () => {
    const known = new Map<string, Set<string>>();
    const namespaces = new Set(namespacesOf(REFERENCE_LANGUAGE));
    const keysOf = (namespace: string) => {
      if (!known.has(namespace)) {
        known.set(
          namespace,
          namespaces.has(namespace) ? new Set(groupPlurals(readNamespace(REFERENCE_LANGUAGE, namespace)).keys()) : new Set<string>(),
        );
      }
      return known.get(namespace) ?? new Set<string>();
    };
    const missing = files
      .flatMap((file) => translationKeysIn(parse(file)))
      .filter((use) => !keysOf(use.namespace).has(use.key))
      .map((use) => `${use.at}: ${use.namespace}:${use.key}`);
    expect(missing).toEqual([]);
  });
});

describe("the literal-text check itself", () => {
  it("flags text and labelled props, and lets translated ones through", async () => {
    const { writeFileSync, mkdtempSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const file = join(mkdtempSync(join(tmpdir(), "jsx-")), "sample.tsx");
    writeFileSync(
      file,
      `export const A = () => <div title="Hello">Save now<Input label={t("ok")} placeholder="Type here" aria-label={"Κλείσιμο"} />{"Bonjour"} {count} · </div>;`,
    );
    const texts = literalTextIn(parse(file)).map((finding) => finding.text);
    expect(texts).toEqual(['title="Hello"', "Save now", 'placeholder="Type here"', 'aria-label="Κλείσιμο"', "Bonjour"]);
  });
});
