import { Button, Chip, Group, ScrollArea, Stack } from "@mantine/core";
import { IconBriefcase, IconFilterOff, IconPlus } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { OFFER_STATUSES, type OfferStatus } from "../../../../core/offers/offer-lifecycle.js";
import { useOfferList } from "../../../api/offers.js";
import { EmptyState, PageError, PageLoading } from "../../../components/page-states.js";
import { PaginationBar } from "../../../components/pagination-bar.js";
import { ButtonLink } from "../../../components/router-links.js";
import { PortalPage } from "../portal-page.js";
import { MyOfferCard } from "./my-offer-card.js";

const route = getRouteApi("/employer/offers");
const PAGE_SIZE = 10;
const ALL = "all";

/** The employer's own job offers, newest first, with the status of each; a new one starts as a draft. */
export function MyOffersPage() {
  const { t } = useTranslation("employerPortal");
  const { status, page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const offers = useOfferList({ status, page, pageSize: PAGE_SIZE });

  const newOffer = (
    <ButtonLink to="/employer/offers/new" size="lg" leftSection={<IconPlus size={22} aria-hidden />}>
      {t("offers.create")}
    </ButtonLink>
  );

  return (
    <PortalPage title={t("offers.title")} description={t("offers.description")} action={newOffer}>
      <Stack gap="md">
        <ScrollArea type="auto" offsetScrollbars>
          <Chip.Group
            multiple={false}
            value={status ?? ALL}
            onChange={(next) =>
              void navigate({ search: { status: next === ALL ? undefined : (next as OfferStatus), page: undefined }, replace: true })
            }
          >
            <Group gap="xs" wrap="nowrap" role="radiogroup" aria-label={t("offers.filter")}>
              <Chip value={ALL} type="radio" size="md">
                {t("offers.all")}
              </Chip>
              {OFFER_STATUSES.map((value) => (
                <Chip key={value} value={value} type="radio" size="md">
                  {t(`offerStatus.${value}`, { ns: "codes" })}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </ScrollArea>
        {offers.isPending ? (
          <PageLoading />
        ) : offers.isError ? (
          <PageError error={offers.error} onRetry={() => void offers.refetch()} />
        ) : offers.data.total === 0 ? (
          status ? (
            <EmptyState
              icon={<IconFilterOff size={32} aria-hidden />}
              title={t("offers.noneWithStatus", { status: t(`offerStatus.${status}`, { ns: "codes" }) })}
              action={
                <Button
                  variant="light"
                  size="lg"
                  leftSection={<IconFilterOff size={20} aria-hidden />}
                  onClick={() => void navigate({ search: {} })}
                >
                  {t("offers.showAll")}
                </Button>
              }
            />
          ) : (
            <EmptyState
              icon={<IconBriefcase size={32} aria-hidden />}
              title={t("offers.empty")}
              description={t("offers.emptyHint")}
              action={newOffer}
            />
          )
        ) : (
          <Stack gap="sm">
            {offers.data.items.map((offer) => (
              <MyOfferCard key={offer.id} offer={offer} />
            ))}
            {offers.data.total > PAGE_SIZE && (
              <PaginationBar
                page={page}
                pageSize={PAGE_SIZE}
                total={offers.data.total}
                onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
              />
            )}
          </Stack>
        )}
      </Stack>
    </PortalPage>
  );
}
