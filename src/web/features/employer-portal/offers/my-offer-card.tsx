import { Group, Stack, Text } from "@mantine/core";
import { IconCalendar, IconCurrencyEuro, IconUsers } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { OfferView } from "../../../api/offers.js";
import { DateRangeText } from "../../../components/date-text.js";
import { formatNumber } from "../../../components/money.js";
import { payText } from "../../../components/offer-pay.js";
import { OfferStatusBadge } from "../../../components/offer-status-badge.js";
import { CardLink } from "../card-link.js";

/** One of the employer's offers: what, when, how many, the pay, and where it stands. */
export function MyOfferCard({ offer }: { offer: OfferView }) {
  const { t, i18n } = useTranslation("employerPortal");
  return (
    <CardLink to="/employer/offers/$offerId" params={{ offerId: offer.id }} aria-label={t("offers.open", { title: offer.title })}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text fw={700} size="lg" lh={1.3}>
            {offer.title}
          </Text>
          <OfferStatusBadge status={offer.status} size="md" />
        </Group>
        <Text size="sm" c="dimmed">
          {offer.siteName}
        </Text>
        <Group gap="lg" wrap="wrap">
          <Group gap={6} wrap="nowrap">
            <IconCalendar size={18} aria-hidden />
            <Text size="sm">
              <DateRangeText start={offer.startDate} end={offer.endDate} />
            </Text>
          </Group>
          <Group gap={6} wrap="nowrap">
            <IconUsers size={18} aria-hidden />
            <Text size="sm">
              {t("offers.positions", { count: offer.positions, positions: formatNumber(offer.positions, i18n.language) })}
            </Text>
          </Group>
          <Group gap={6} wrap="nowrap">
            <IconCurrencyEuro size={18} aria-hidden />
            <Text size="sm">{payText(t, offer, i18n.language)}</Text>
          </Group>
        </Group>
        <Text size="sm">{t(`offers.next.${offer.status}`)}</Text>
      </Stack>
    </CardLink>
  );
}
