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
  /** The name in the region's own language and script (Αττική, Andalucía). */
  name: string;
  /** The same name in Latin script (Attiki). */
  nameLatin: string;
  level: number;
  country: string;
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

/** The API lists every concept of a kind when asked without `q`; the subset shipped is small (61 occupations, 871 skills). */
const WHOLE_CATALOGUE = 1000;

/**
 * Labels for concepts a record refers to by URI, in the reader's language. The whole catalogue of the kind is
 * fetched once per language and kept for the visit, so tables and profiles label everything without a request
 * per row. A URI the catalogue does not have stays without a label.
 */
export function useEscoLabels(kind: EscoKind, uris: readonly string[], lang: string): Map<string, EscoConcept> {
  const queryClient = useQueryClient();
  const catalogue = useQuery({
    queryKey: ["reference", kind, "catalogue", lang],
    queryFn: async ({ signal }) =>
      (await apiGet<{ items: EscoConcept[] }>(`/api/reference/${kind}`, { query: { lang, limit: WHOLE_CATALOGUE }, signal })).items,
    enabled: uris.length > 0,
  });
  const labels = new Map<string, EscoConcept>();
  const byUri = new Map((catalogue.data ?? []).map((concept) => [concept.uri, concept]));
  for (const uri of uris) {
    const concept = byUri.get(uri) ?? queryClient.getQueryData<EscoConcept>(labelKey(kind, lang, uri));
    if (concept) labels.set(uri, concept);
  }
  return labels;
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
