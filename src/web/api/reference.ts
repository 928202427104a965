import { keepPreviousData, type QueryClient, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiGet } from "./api-client.js";

/** An ESCO occupation or skill as the look-ups answer it, labelled in the requested language. */
export interface EscoConcept {
  uri: string;
  label: string;
  iscoCode?: string;
}

export interface NutsRegion {
  code: string;
  name: string;
  level: number;
}

export type EscoKind = "occupations" | "skills";

// Every label the API ever sent is kept per concept and language, so profiles and tables show a label at once
// for anything a search already brought back.
const labelKey = (kind: EscoKind, lang: string, uri: string) => ["reference", kind, "label", lang, uri] as const;

function rememberLabels(queryClient: QueryClient, kind: EscoKind, lang: string, items: readonly EscoConcept[]) {
  for (const item of items) queryClient.setQueryData(labelKey(kind, lang, item.uri), item);
}

async function searchConcepts(
  queryClient: QueryClient,
  kind: EscoKind,
  query: Record<string, string | undefined>,
  lang: string,
  signal: AbortSignal,
) {
  const answer = await apiGet<{ items: EscoConcept[] }>(`/api/reference/${kind}`, { query: { ...query, lang }, signal });
  rememberLabels(queryClient, kind, lang, answer.items);
  return answer.items;
}

/**
 * Concepts matching `q` in the reader's language. For skills, an occupation puts the skills ESCO lists for it
 * first (or only): what a caseworker usually looks for after choosing the worker's occupation.
 */
export function useConceptSearch(kind: EscoKind, q: string, lang: string, occupation?: string | null) {
  const queryClient = useQueryClient();
  const query = kind === "skills" ? { q, occupation: occupation ?? undefined } : { q };
  return useQuery({
    queryKey: ["reference", kind, "search", lang, query],
    queryFn: ({ signal }) => searchConcepts(queryClient, kind, query, lang, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * Labels for concepts a record refers to by URI. Labels already seen are used as they are; the others are asked
 * for in one request (`uris`, comma-separated). A URI the API does not know stays without a label.
 */
export function useEscoLabels(kind: EscoKind, uris: readonly string[], lang: string): Map<string, EscoConcept> {
  const queryClient = useQueryClient();
  const wanted = [...new Set(uris)].sort();
  const known = new Map<string, EscoConcept>();
  for (const uri of wanted) {
    const cached = queryClient.getQueryData<EscoConcept>(labelKey(kind, lang, uri));
    if (cached) known.set(uri, cached);
  }
  const missing = wanted.filter((uri) => !known.has(uri));
  const fetched = useQuery({
    queryKey: ["reference", kind, "labels", lang, missing],
    queryFn: ({ signal }) => searchConcepts(queryClient, kind, { uris: missing.join(",") }, lang, signal),
    enabled: missing.length > 0,
    staleTime: Number.POSITIVE_INFINITY,
  });
  for (const item of fetched.data ?? []) known.set(item.uri, item);
  return known;
}

export function useRegions(country: string | null | undefined, level: number) {
  return useQuery({
    queryKey: ["reference", "regions", country, level],
    queryFn: ({ signal }) =>
      apiGet<{ items: NutsRegion[] }>("/api/reference/regions", { query: { country: country ?? undefined, level }, signal }),
    enabled: !!country,
    staleTime: Number.POSITIVE_INFINITY,
    select: (answer) => answer.items,
  });
}
