import { Group, Paper, Text } from "@mantine/core";
import {
  type Icon,
  IconBed,
  IconBuildingWarehouse,
  IconBus,
  IconCalendar,
  IconCoins,
  IconMapPin,
  IconToolsKitchen2,
  IconUsersGroup,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { OfferView } from "../../api/offers.js";
import { DateRangeText } from "../../components/date-text.js";
import { formatNumber } from "../../components/money.js";
import { payText } from "../../components/offer-pay.js";
import { OfferStatusBadge } from "../../components/offer-status-badge.js";
import { RegionName } from "../../components/region-name.js";

function Fact({ icon: FactIcon, label, children }: { icon: Icon; label?: string; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" component="li">
      <FactIcon size={18} aria-hidden color="var(--mantine-color-olive-7)" style={{ flexShrink: 0 }} />
      <Text size="sm" span>
        {label && <Text span c="dimmed" size="sm">{`${label} `}</Text>}
        {children}
      </Text>
    </Group>
  );
}

/** What the caseworker matches against, in one glance: who, where, when, for how much, and what comes with it. */
export function OfferHeadline({ offer }: { offer: OfferView }) {
  const { t, i18n } = useTranslation("referrals");
  const extras: { provided: boolean; icon: Icon; label: string }[] = [
    { provided: offer.accommodationProvided, icon: IconBed, label: t("offer.accommodation") },
    { provided: offer.transportProvided, icon: IconBus, label: t("offer.transport") },
    { provided: offer.mealsProvided, icon: IconToolsKitchen2, label: t("offer.meals") },
  ];
  const provided = extras.filter((extra) => extra.provided);
  return (
    <Paper p="md" mb="md" component="section" aria-label={t("offer.label")}>
      <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
        <Group gap="lg" component="ul" m={0} p={0} wrap="wrap" style={{ listStyle: "none" }}>
          <Fact icon={IconBuildingWarehouse} label={t("offer.employer")}>
            {offer.employerName}
          </Fact>
          <Fact icon={IconMapPin} label={t("offer.place")}>
            {offer.siteName}
            {t("listSeparator", { ns: "common" })}
            <RegionName code={offer.regionCode} />
          </Fact>
          <Fact icon={IconCalendar} label={t("offer.dates")}>
            <DateRangeText start={offer.startDate} end={offer.endDate} />
          </Fact>
          <Fact icon={IconCoins} label={t("offer.pay")}>
            <Text span fw={600} size="sm">
              {payText(t, offer, i18n.language)}
            </Text>
          </Fact>
          <Fact icon={IconUsersGroup} label={t("offer.positions")}>
            {formatNumber(offer.positions, i18n.language)}
          </Fact>
          {provided.map((item) => (
            <Fact key={item.label} icon={item.icon}>
              {item.label}
            </Fact>
          ))}
        </Group>
        <OfferStatusBadge status={offer.status} />
      </Group>
    </Paper>
  );
}
