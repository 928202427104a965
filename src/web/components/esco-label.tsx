import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type EscoKind, useEscoLabels } from "../api/reference.js";

/** A readable stand-in while a label loads, or if the API does not know the concept: never a raw URI. */
function shortId(uri: string): string {
  return uri.slice(uri.lastIndexOf("/") + 1, uri.lastIndexOf("/") + 9);
}

export function useEscoLabelOf(kind: EscoKind, uris: readonly string[]) {
  const { i18n, t } = useTranslation();
  const labels = useEscoLabels(kind, uris, i18n.language);
  return (uri: string) => labels.get(uri)?.label ?? t("esco.unknownConcept", { id: shortId(uri) });
}

/** One ESCO occupation or skill, labelled in the reader's language. */
export function EscoLabel({ kind, uri }: { kind: EscoKind; uri: string }) {
  const labelOf = useEscoLabelOf(kind, [uri]);
  return <Text span>{labelOf(uri)}</Text>;
}
