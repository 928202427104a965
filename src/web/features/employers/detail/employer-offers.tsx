import { Group, Stack, Text } from "@mantine/core";
import { IconBriefcaseOff, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useOfferList } from "../../../api/offers.js";
import { DateRangeText } from "../../../components/date-text.js";
import { useEscoLabelOf } from "../../../components/esco-label.js";
import { OfferStatusBadge } from "../../../components/offer-status-badge.js";
import { EmptyState, PageError, PageLoading } from "../../../components/page-states.js";
import { PaginationBar } from "../../../components/pagination-bar.js";
import { AnchorLink, ButtonLink } from "../../../components/router-links.js";
import { SectionCard } from "../../../components/section-card.js";

const PAGE_SIZE = 10;

/** The employer's job offers, each a link to its page, with its dates, positions and status. */
export function EmployerOffers({ employerId, mayCreate }: { employerId: string; mayCreate: boolean }) {
  const { t } = useTranslation("employers");
  const [page, setPage] = useState(1);
  const offers = useOfferList({ employerId, page, pageSize: PAGE_SIZE });
  const occupationLabel = useEscoLabelOf(
    "occupations",
    (offers.data?.items ?? []).map((offer) => offer.occupationUri),
  );
  const title = offers.data ? t("offers.titleCount", { count: offers.data.total }) : t("offers.title");

  return (
    <SectionCard title={title}>
      {offers.isPending ? (
        <PageLoading rows={3} />
      ) : offers.isError ? (
        <PageError error={offers.error} onRetry={() => void offers.refetch()} />
      ) : offers.data.total === 0 ? (
        <EmptyState
          icon={<IconBriefcaseOff size={32} aria-hidden />}
          title={t("offers.empty")}
          description={t("offers.emptyHint")}
          action={
            mayCreate ? (
              <ButtonLink to="/staff/offers/new" search={{ employerId }} variant="light" leftSection={<IconPlus size={18} aria-hidden />}>
                {t("offers.create")}
              </ButtonLink>
            ) : undefined
          }
        />
      ) : (
        <Stack gap="xs">
          <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: "none" }}>
            {offers.data.items.map((offer) => (
              <Group
                component="li"
                key={offer.id}
                justify="space-between"
                align="flex-start"
                wrap="nowrap"
                gap="sm"
                py="sm"
                style={{ borderBlockEnd: "1px solid var(--mantine-color-gray-2)" }}
              >
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <AnchorLink to="/staff/offers/$offerId" params={{ offerId: offer.id }} fw={600}>
                    {offer.title}
                  </AnchorLink>
                  <Text size="sm" c="dimmed">
                    {occupationLabel(offer.occupationUri)}
                    {" · "}
                    {offer.siteName}
                  </Text>
                  <Text size="sm">
                    <DateRangeText start={offer.startDate} end={offer.endDate} />
                    {" · "}
                    {t("offers.positions", { count: offer.positions })}
                  </Text>
                </Stack>
                <OfferStatusBadge status={offer.status} size="md" />
              </Group>
            ))}
          </Stack>
          {offers.data.total > PAGE_SIZE && (
            <PaginationBar page={page} pageSize={PAGE_SIZE} total={offers.data.total} onPageChange={setPage} />
          )}
        </Stack>
      )}
    </SectionCard>
  );
}
