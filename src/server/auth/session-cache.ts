/**
 * Sessions looked up in the last few seconds, by the value of the session cookie, so that a burst of requests from
 * one person costs one lookup instead of one each (the session and its user were two statements per request, and
 * switching the connection to the system scope and back two more). Only what `getSession` confirmed is kept: the
 * key is the signed cookie value, whose signature it checked.
 *
 * Anything that ends or changes sessions forgets them all at once (`forgetCachedSessions`): every request to the
 * sign-in endpoints, disabling an account, erasing a worker, a session ending on its time-out. Another server
 * process on the same database learns of such a change when its own entries lapse, within `SESSION_CACHE_MS`.
 */
export const SESSION_CACHE_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry<T> {
  value: T;
  until: number;
}

const entries = new Map<string, Entry<unknown>>();

export function cachedSession<T>(cookieValue: string, now: number): T | undefined {
  const entry = entries.get(cookieValue);
  if (!entry) return undefined;
  if (entry.until > now) return entry.value as T;
  entries.delete(cookieValue);
  return undefined;
}

export function cacheSession<T>(cookieValue: string, value: T, now: number): void {
  // A full cache starts again: simpler than an LRU, and only ever costs one lookup per person.
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(cookieValue, { value, until: now + SESSION_CACHE_MS });
}

export function forgetCachedSessions(): void {
  entries.clear();
}
