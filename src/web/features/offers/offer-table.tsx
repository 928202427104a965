import { Stack, Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { DataTable } from "mantine-datatable";
import { useTranslation } from "react-i18next";
import type { Page } from "../../../core/shared/pagination.js";
import type { OfferView } from "../../api/offers.js";
import { DateRangeText } from "../../components/date-text.js";
import { useEscoLabelOf } from "../../components/esco-label.js";
import { formatNumber } from "../../components/money.js";
import { payText } from "../../components/offer-pay.js";
import { OfferStatusBadge } from "../../components/offer-status-badge.js";
import { RegionName } from "../../components/region-name.js";
import { AnchorLink } from "../../components/router-links.js";
import { OFFER_PAGE_SIZES } from "./offer-list-search.js";

interface OfferTableProps {
  page: Page<OfferView>;
  fetching: boolean;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}

/** The centre's job offers, a page at a time; a row opens the offer. */
export function OfferTable({ page, fetching, onPageChange, onPageSizeChange }: OfferTableProps) {
  const { t, i18n } = useTranslation("offers");
  const navigate = useNavigate();
  const occupationLabel = useEscoLabelOf(
    "occupations",
    page.items.map((offer) => offer.occupationUri),
  );
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <DataTable<OfferView>
      records={page.items}
      idAccessor="id"
      fetching={fetching}
      withTableBorder
      borderRadius="md"
      highlightOnHover
      verticalSpacing="sm"
      minHeight={200}
      aria-label={t("list.tableLabel")}
      onRowClick={({ record }) => void navigate({ to: "/staff/offers/$offerId", params: { offerId: record.id } })}
      totalRecords={page.total}
      recordsPerPage={page.pageSize}
      page={page.page}
      onPageChange={onPageChange}
      recordsPerPageOptions={[...OFFER_PAGE_SIZES]}
      onRecordsPerPageChange={onPageSizeChange}
      recordsPerPageLabel={t("pagination.pageSize", { ns: "common" })}
      paginationText={({ from, to, totalRecords }) =>
        t("pagination.range", { ns: "common", from: number.format(from), to: number.format(to), total: number.format(totalRecords) })
      }
      getPaginationControlProps={(control) => ({ "aria-label": t(`pagination.${control}`, { ns: "common" }) })}
      paginationSize="md"
      columns={[
        {
          accessor: "title",
          title: t("field.title"),
          render: (offer) => (
            <Stack gap={0}>
              <AnchorLink to="/staff/offers/$offerId" params={{ offerId: offer.id }} fw={600} onClick={(event) => event.stopPropagation()}>
                {offer.title}
              </AnchorLink>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {occupationLabel(offer.occupationUri)}
              </Text>
            </Stack>
          ),
        },
        {
          accessor: "employerName",
          title: t("field.employer"),
          render: (offer) => (
            <Stack gap={0}>
              <Text size="sm">{offer.employerName}</Text>
              <Text size="xs" c="dimmed">
                <RegionName code={offer.regionCode} />
              </Text>
            </Stack>
          ),
        },
        {
          accessor: "startDate",
          title: t("field.dates"),
          width: 200,
          render: (offer) => <DateRangeText start={offer.startDate} end={offer.endDate} />,
        },
        { accessor: "positions", title: t("field.positions"), render: (offer) => formatNumber(offer.positions, i18n.language) },
        { accessor: "payAmountCents", title: t("field.pay"), render: (offer) => payText(t, offer, i18n.language) },
        {
          accessor: "status",
          title: t("field.status"),
          noWrap: true,
          width: 150,
          render: (offer) => <OfferStatusBadge status={offer.status} size="md" />,
        },
      ]}
    />
  );
}
