import { Anchor, Group, Stack, Table, Text } from "@mantine/core";
import { IconBriefcaseOff, IconPlus } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useOfferList } from "../../../api/offers.js";
import { DateRangeText } from "../../../components/date-text.js";
import { useEscoLabelOf } from "../../../components/esco-label.js";
import { formatNumber } from "../../../components/money.js";
import { OfferStatusBadge } from "../../../components/offer-status-badge.js";
import { EmptyState, PageError, PageLoading } from "../../../components/page-states.js";
import { PaginationBar } from "../../../components/pagination-bar.js";
import { ButtonLink } from "../../../components/router-links.js";
import { SectionCard } from "../../../components/section-card.js";

const PAGE_SIZE = 10;

/** The employer's job offers, newest first, each a link to its page. */
export function EmployerOffers({ employerId, mayCreate }: { employerId: string; mayCreate: boolean }) {
  const { t, i18n } = useTranslation("employers");
  const [page, setPage] = useState(1);
  const offers = useOfferList({ employerId, page, pageSize: PAGE_SIZE });
  const occupationLabel = useEscoLabelOf("occupations", (offers.data?.items ?? []).map((offer) => offer.occupationUri));
  const newOffer = mayCreate ? (
    <ButtonLink to="/staff/offers/new" search={{ employerId }} variant="light" leftSection={<IconPlus size={18} aria-hidden />}>
      {t("offers.create")}
    </ButtonLink>
  ) : undefined;

  return (
    <SectionCard title={t("offers.title")} actions={offers.data && offers.data.total > 0 ? newOffer : undefined}>
      {offers.isPending ? (
        <PageLoading rows={3} />
      ) : offers.isError ? (
        <PageError error={offers.error} onRetry={() => void offers.refetch()} />
      ) : offers.data.total === 0 ? (
        <EmptyState icon={<IconBriefcaseOff size={32} aria-hidden />} title={t("offers.empty")} description={t("offers.emptyHint")} action={newOffer} />
      ) : (
        <Stack gap="xs">
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" highlightOnHover aria-label={t("offers.title")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("offers.offer")}</Table.Th>
                  <Table.Th>{t("offers.dates")}</Table.Th>
                  <Table.Th>{t("offers.positions")}</Table.Th>
                  <Table.Th>{t("offers.status")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {offers.data.items.map((offer) => (
                  <Table.Tr key={offer.id}>
                    <Table.Td>
                      <Stack gap={0}>
                        <Anchor component={Link} to="/staff/offers/$offerId" params={{ offerId: offer.id }} fw={600}>
                          {offer.title}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {t("offers.occupationAtSite", { occupation: occupationLabel(offer.occupationUri), site: offer.siteName })}
                        </Text>
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <DateRangeText start={offer.startDate} end={offer.endDate} />
                    </Table.Td>
                    <Table.Td>{formatNumber(offer.positions, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <OfferStatusBadge status={offer.status} size="md" />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {offers.data.total > PAGE_SIZE && <PaginationBar page={page} pageSize={PAGE_SIZE} total={offers.data.total} onPageChange={setPage} />}
        </Stack>
      )}
    </SectionCard>
  );
}
