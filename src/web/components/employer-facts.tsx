import { Anchor, Group, Stack, Text } from "@mantine/core";
import { IconBed, IconMail, IconMapPin, IconPhone } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Employer, EmployerSite } from "../api/employers.js";
import { FactGrid } from "./fact-grid.js";
import { formatNumber } from "./money.js";
import { RegionName } from "./region-name.js";
import { SectionCard } from "./section-card.js";

/** The company as the centre registered it: legal identity, sector, size and the contact person. */
export function EmployerCompanyFacts({ employer, actions }: { employer: Employer; actions?: ReactNode }) {
  const { t } = useTranslation("employers");
  const code = (group: string, value: string) => t(`${group}.${value}`, { ns: "codes" });
  return (
    <SectionCard title={t("section.company")} actions={actions}>
      <FactGrid
        facts={[
          { label: t("field.legalName"), value: employer.legalName },
          { label: t("field.taxId"), value: <span className="ltr-text">{employer.taxId}</span> },
          { label: t("field.sector"), value: code("sector", employer.sector) },
          { label: t("field.size"), value: code("employerSize", employer.size) },
          {
            label: t("field.accommodationOffered"),
            value: (
              <Group gap={6} component="span">
                {employer.accommodationOffered && <IconBed size={16} aria-hidden />}
                {t(employer.accommodationOffered ? "value.yes" : "value.no", { ns: "common" })}
              </Group>
            ),
          },
        ]}
      />
    </SectionCard>
  );
}

export function EmployerContactFacts({ employer }: { employer: Employer }) {
  const { t } = useTranslation("employers");
  return (
    <SectionCard title={t("section.contact")}>
      <FactGrid
        facts={[
          { label: t("field.contactName"), value: employer.contactName },
          {
            label: t("field.contactPhone"),
            value: (
              <Anchor href={`tel:${employer.contactPhone}`} className="ltr-text">
                <Group gap={6} component="span" wrap="nowrap">
                  <IconPhone size={16} aria-hidden />
                  {employer.contactPhone}
                </Group>
              </Anchor>
            ),
          },
          {
            label: t("field.contactEmail"),
            value: (
              <Anchor href={`mailto:${employer.contactEmail}`} className="ltr-text">
                <Group gap={6} component="span" wrap="nowrap">
                  <IconMail size={16} aria-hidden />
                  {employer.contactEmail}
                </Group>
              </Anchor>
            ),
          },
        ]}
      />
    </SectionCard>
  );
}

/** A link to the place on OpenStreetMap, when the site has coordinates. */
function mapLink(site: EmployerSite): string | null {
  if (site.latitude === null || site.longitude === null) return null;
  return `https://www.openstreetmap.org/?mlat=${site.latitude}&mlon=${site.longitude}#map=14/${site.latitude}/${site.longitude}`;
}

/** Each place where the employer's work happens, with its region and, when known, its position on a map. */
export function EmployerSites({ sites, actions }: { sites: readonly EmployerSite[]; actions?: ReactNode }) {
  const { t, i18n } = useTranslation("employers");
  const coordinate = (value: number) => formatNumber(Number(value.toFixed(5)), i18n.language);
  return (
    <SectionCard title={t("section.sites", { count: sites.length })} actions={actions}>
      {sites.length === 0 ? (
        <Text c="dimmed">{t("sites.none")}</Text>
      ) : (
        <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
          {sites.map((site) => {
            const link = mapLink(site);
            return (
              <Group
                key={site.id}
                component="li"
                gap="sm"
                align="flex-start"
                wrap="nowrap"
                p="sm"
                bg="gray.0"
                style={{ borderRadius: "var(--mantine-radius-md)" }}
              >
                <IconMapPin size={22} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} color="var(--mantine-color-olive-7)" />
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text fw={600}>{site.name}</Text>
                  <Text size="sm">
                    <RegionName code={site.regionCode} />
                  </Text>
                  {site.address && (
                    <Text size="sm" c="dimmed">
                      {site.address}
                    </Text>
                  )}
                  {link && site.latitude !== null && site.longitude !== null && (
                    <Anchor href={link} target="_blank" rel="noreferrer" size="sm">
                      {t("sites.onMap", { latitude: coordinate(site.latitude), longitude: coordinate(site.longitude) })}
                    </Anchor>
                  )}
                </Stack>
              </Group>
            );
          })}
        </Stack>
      )}
    </SectionCard>
  );
}
