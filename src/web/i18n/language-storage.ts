const STORAGE_KEY = "primacenters.language";

/** The language chosen on this device before anyone signs in; private browsing may forbid storage. */
export function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeLanguage(code: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Not remembered on this device: the choice still applies to this visit.
  }
}
