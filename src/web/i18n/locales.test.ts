import { describe, expect, it } from "vitest";
import { groupPlurals, localeLanguages, namespacesOf, placeholdersOf, REFERENCE_LANGUAGE, readNamespace } from "./testing/read-locales.js";

/**
 * Values that are rightly the same in English and another language: names, codes and abbreviations.
 * Keep it short: anything else equal to English is an untranslated string.
 */
const SAME_AS_ENGLISH_ALLOWED = new Set([
  "Primacenters",
  "OK",
  "ESCO",
  "ISCO-08",
  "NUTS",
  "A1",
  "A2",
  "B1",
  "B2",
  "C1",
  "C2",
  "WhatsApp",
  "SMS",
  "E-mail",
  "{{region}} ({{country}})",
  "{{language}} · {{level}}",
  "{{page}} · Primacenters",
  "{{given}} {{family}}",
  "{{status}} · {{date}}",
  "{{start}} – {{end}}",
  "ISCO {{code}}",
  "{{row}} · {{field}}",
  "{{amount}} {{unit}}",
  "{{employer}}, {{site}}",
  ", ",
  "No",
  // Names that are the same word in the other language: languages, a country, loanwords.
  "Wolof",
  "Hausa",
  "Tagalog",
  "Tigrinya",
  "Hindi",
  "Urdu",
  "Punjabi",
  "Fula",
  "Bengali",
  "Cyprus",
  "Password",
  "Man",
]);
/** Keys whose value is data, not language (the text direction of a language). */
const SAME_AS_ENGLISH_KEYS = new Set(["common:language.direction"]);

const languages = localeLanguages();
const others = languages.filter((language) => language !== REFERENCE_LANGUAGE);
const namespaces = namespacesOf(REFERENCE_LANGUAGE);

describe("translation files", () => {
  it("include the reference language and the staff languages", () => {
    expect(languages).toEqual(expect.arrayContaining(["en", "el", "es", "it", "fr", "nl", "ar"]));
  });

  it.each(others)("%s has exactly the namespaces of English", (language) => {
    expect(namespacesOf(language)).toEqual(namespaces);
  });

  describe.each(languages)("%s", (language) => {
    const pluralCategories = new Set(new Intl.PluralRules(language).resolvedOptions().pluralCategories);

    it.each(namespaces)("%s has every key of English and no other", (namespace) => {
      const reference = groupPlurals(readNamespace(REFERENCE_LANGUAGE, namespace));
      const translated = groupPlurals(readNamespace(language, namespace));
      expect([...translated.keys()].sort()).toEqual([...reference.keys()].sort());
    });

    it.each(namespaces)("%s has every plural form the language needs, and only those", (namespace) => {
      for (const group of groupPlurals(readNamespace(language, namespace)).values()) {
        if (group.forms.size === 0) continue;
        expect([...group.forms].sort(), `${namespace}:${group.base}`).toEqual([...pluralCategories].sort());
      }
    });

    it.each(namespaces)("%s uses the same placeholders as English", (namespace) => {
      const reference = groupPlurals(readNamespace(REFERENCE_LANGUAGE, namespace));
      for (const group of groupPlurals(readNamespace(language, namespace)).values()) {
        const english = reference.get(group.base);
        if (!english) continue;
        const expected = new Set(english.values.flatMap((value) => [...placeholdersOf(value)]));
        const used = new Set(group.values.flatMap((value) => [...placeholdersOf(value)]));
        // A plural form may say the number in words ("one worker"), so {{count}} may be left out of some forms.
        expected.delete("count");
        used.delete("count");
        expect([...used].sort(), `${namespace}:${group.base}`).toEqual([...expected].sort());
      }
    });

    it.each(namespaces)("%s has no empty translation", (namespace) => {
      for (const [key, value] of readNamespace(language, namespace)) expect(value.trim(), `${namespace}:${key}`).not.toBe("");
    });
  });

  describe.each(others)("%s", (language) => {
    it.each(namespaces)("%s is translated, not English under another name", (namespace) => {
      const english = readNamespace(REFERENCE_LANGUAGE, namespace);
      const untranslated = [...readNamespace(language, namespace)]
        .filter(([key, value]) => english.get(key) === value)
        .filter(([key, value]) => !SAME_AS_ENGLISH_ALLOWED.has(value) && !SAME_AS_ENGLISH_KEYS.has(`${namespace}:${key}`))
        .map(([key, value]) => `${namespace}:${key} = ${value}`);
      expect(untranslated).toEqual([]);
    });
  });
});
