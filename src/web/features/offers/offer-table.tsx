import { Stack, Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { OfferView } from "../../api/offers.js";
import { DateRangeText } from "../../components/date-text.js";
import { useEscoLabelOf } from "../../components/esco-label.js";
import { ListTable, type PagedTableProps } from "../../components/list-table.js";
import { formatNumber } from "../../components/money.js";
import { payText } from "../../components/offer-pay.js";
import { OfferStatusBadge } from "../../components/offer-status-badge.js";
import { RegionName } from "../../components/region-name.js";
import { AnchorLink } from "../../components/router-links.js";

type OfferTableProps = PagedTableProps<OfferView>;

/** The centre's job offers, a page at a time; a row opens the offer. */
export function OfferTable({ page, ...paging }: OfferTableProps) {
  const { t, i18n } = useTranslation("offers");
  const navigate = useNavigate();
  const occupationLabel = useEscoLabelOf(
    "occupations",
    page.items.map((offer) => offer.occupationUri),
  );

  return (
    <ListTable<OfferView>
      page={page}
      {...paging}
      label={t("list.tableLabel")}
      onRowClick={({ record }) => void navigate({ to: "/staff/offers/$offerId", params: { offerId: record.id } })}
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
