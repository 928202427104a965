import { Group, Select, SimpleGrid, Stack } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconBriefcase, IconUser } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { REFERRAL_STAGES } from "../../../core/referrals/referral-stages.js";
import { offerQuery, useOfferList } from "../../api/offers.js";
import { useWorkerList } from "../../api/workers.js";
import { ClearFiltersButton } from "../../components/clear-filters-button.js";
import { codeOptions } from "../../components/code-options.js";
import { FilterPanel } from "../../components/filter-panel.js";
import { hasReferralFilters, type ReferralListSearch } from "./referral-list-search.js";
import { RemoteSelect } from "./remote-select.js";

interface ReferralFiltersProps {
  search: ReferralListSearch;
  onChange: (changes: Partial<ReferralListSearch>) => void;
  onClear: () => void;
  /** The filtered worker's name as the list shows it: reading the worker's file just for a label would be audited. */
  workerName: string | null;
}

function useSearchText() {
  const [text, setText] = useState("");
  const [debounced] = useDebouncedValue(text.trim(), 250);
  return { text, setText, debounced };
}

export function ReferralFilters({ search, onChange, onClear, workerName }: ReferralFiltersProps) {
  const { t } = useTranslation("referrals");
  const offerText = useSearchText();
  const workerText = useSearchText();
  const offerLabel = (offer: { title: string; employerName: string }) =>
    t("filters.offerOption", { title: offer.title, employer: offer.employerName });
  const selectedOffer = useQuery({ ...offerQuery(search.offerId ?? ""), enabled: !!search.offerId });
  const selectedOfferLabel = selectedOffer.data ? offerLabel(selectedOffer.data) : null;
  const selectedWorkerLabel = workerName ?? t("filters.selectedWorker");
  // While a box shows the chosen record, its list offers everything rather than a search for that very label.
  const queryOf = (typed: string, selected: string | null) => (typed === "" || typed === selected ? undefined : typed);
  const offers = useOfferList({ q: queryOf(offerText.debounced, selectedOfferLabel), page: 1, pageSize: 30 });
  const workers = useWorkerList({ q: queryOf(workerText.debounced, selectedWorkerLabel), page: 1, pageSize: 30 });

  return (
    <FilterPanel label={t("filters.label")}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t("filters.stage")}
            placeholder={t("filters.anyStage")}
            data={codeOptions(t, "referralStage", REFERRAL_STAGES)}
            value={search.stage ?? null}
            onChange={(stage) => onChange({ stage: (stage ?? undefined) as ReferralListSearch["stage"] })}
            clearable
          />
          <RemoteSelect
            label={t("filters.offer")}
            placeholder={t("filters.searchOffer")}
            nothingFound={t("filters.nothingFound")}
            loadingText={t("state.loading", { ns: "common" })}
            icon={<IconBriefcase size={18} aria-hidden />}
            value={search.offerId ?? null}
            onChange={(offerId) => onChange({ offerId: offerId ?? undefined })}
            options={(offers.data?.items ?? []).map((offer) => ({ value: offer.id, label: offerLabel(offer) }))}
            selectedLabel={selectedOfferLabel}
            search={offerText.text}
            onSearchChange={offerText.setText}
            fetching={offers.isFetching}
          />
          <RemoteSelect
            label={t("filters.worker")}
            placeholder={t("filters.searchWorker")}
            nothingFound={t("filters.nothingFound")}
            loadingText={t("state.loading", { ns: "common" })}
            icon={<IconUser size={18} aria-hidden />}
            value={search.workerId ?? null}
            onChange={(workerId) => onChange({ workerId: workerId ?? undefined })}
            options={(workers.data?.items ?? []).map((worker) => ({
              value: worker.id,
              label: t("fullName", { given: worker.givenName, family: worker.familyName }),
            }))}
            selectedLabel={search.workerId ? selectedWorkerLabel : null}
            search={workerText.text}
            onSearchChange={workerText.setText}
            fetching={workers.isFetching}
          />
        </SimpleGrid>
        {hasReferralFilters(search) && (
          <Group justify="flex-end">
            <ClearFiltersButton variant="subtle" label={t("filters.clear")} onClick={onClear} />
          </Group>
        )}
      </Stack>
    </FilterPanel>
  );
}
