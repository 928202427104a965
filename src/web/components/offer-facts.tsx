import { Badge, Group, Stack, Text } from "@mantine/core";
import { IconCertificate, IconLanguage, IconSteeringWheel } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { OfferView } from "../api/offers.js";
import { DateRangeText } from "./date-text.js";
import { useEscoLabelOf } from "./esco-label.js";
import { FactGrid } from "./fact-grid.js";
import { formatCents, formatNumber } from "./money.js";
import { deductionText, payText } from "./offer-pay.js";
import { RegionName } from "./region-name.js";
import { SectionCard } from "./section-card.js";

interface OfferFactsProps {
  offer: OfferView;
  /** The employer's name as the page wants it: a link to the employer for staff, plain text for the employer. */
  employer?: ReactNode;
}

/** Everything an offer says, read-only, in the reader's language (ESCO labels, dates and money too). */
export function OfferFacts({ offer, employer }: OfferFactsProps) {
  const { t, i18n } = useTranslation("offers");
  const language = i18n.language;
  const code = (group: string, value: string) => t(`${group}.${value}`, { ns: "codes" });
  const yesNo = (value: boolean) => t(value ? "value.yes" : "value.no", { ns: "common" });
  const occupationLabel = useEscoLabelOf("occupations", [offer.occupationUri]);
  const skillLabel = useEscoLabelOf("skills", offer.requiredSkills);
  const provided = (isProvided: boolean, cents: number) =>
    isProvided ? t("facts.providedWith", { deduction: deductionText(t, cents, offer, language) }) : t("facts.notProvided");
  const noRequirements =
    offer.requiredSkills.length === 0 &&
    offer.requiredLanguages.length === 0 &&
    offer.requiredCertificates.length === 0 &&
    !offer.drivingLicenceRequired &&
    offer.minYearsExperience === 0;

  return (
    <Stack gap="lg">
      <SectionCard title={t("section.job")}>
        <FactGrid
          facts={[
            { label: t("field.employer"), value: employer ?? offer.employerName },
            { label: t("field.site"), value: offer.siteName },
            { label: t("field.region"), value: <RegionName code={offer.regionCode} /> },
            { label: t("field.occupation"), value: occupationLabel(offer.occupationUri) },
            { label: t("field.dates"), value: <DateRangeText start={offer.startDate} end={offer.endDate} /> },
            { label: t("field.positions"), value: formatNumber(offer.positions, language) },
            { label: t("field.contractType"), value: code("contractType", offer.contractType) },
            { label: t("field.hoursPerWeek"), value: t("facts.hoursPerWeek", { hours: formatNumber(offer.hoursPerWeek, language) }) },
          ]}
        />
        {offer.tasks && (
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t("field.tasks")}
            </Text>
            {/* Typed by people in any language: the text takes its own direction, whatever the interface's. */}
            <Text dir="auto" style={{ whiteSpace: "pre-wrap" }}>
              {offer.tasks}
            </Text>
          </Stack>
        )}
      </SectionCard>

      <SectionCard title={t("section.payAndConditions")}>
        <FactGrid
          facts={[
            {
              label: t("field.pay"),
              value: (
                <Text fw={700} span>
                  {payText(t, offer, language)}
                </Text>
              ),
            },
            ...(offer.payUnit === "piece" && offer.piecesPerHour
              ? [
                  {
                    label: t("field.piecesPerHour"),
                    value: t("facts.piecesPerHour", { count: offer.piecesPerHour, pieces: formatNumber(offer.piecesPerHour, language) }),
                  },
                  // What a piece rate comes to for an average worker: the figure to hold against the hourly legal floor.
                  {
                    label: t("field.hourlyEquivalent"),
                    value: t("facts.aboutPerHour", {
                      amount: formatCents(Math.round(offer.payAmountCents * offer.piecesPerHour), language),
                    }),
                  },
                ]
              : []),
            { label: t("field.accommodation"), value: provided(offer.accommodationProvided, offer.accommodationDeductionCents) },
            { label: t("field.meals"), value: provided(offer.mealsProvided, offer.mealsDeductionCents) },
            { label: t("field.transport"), value: yesNo(offer.transportProvided) },
          ]}
        />
      </SectionCard>

      <SectionCard title={t("section.requirements")}>
        {noRequirements ? (
          <Text c="dimmed">{t("facts.noRequirements")}</Text>
        ) : (
          <Stack gap="md">
            {offer.requiredSkills.length > 0 && (
              <Stack gap={4}>
                <Text size="sm" c="dimmed">
                  {t("field.requiredSkills")}
                </Text>
                <Group gap="xs">
                  {offer.requiredSkills.map((uri) => (
                    <Badge key={uri} variant="outline" color="gray" size="lg" tt="none" fw={500}>
                      {skillLabel(uri)}
                    </Badge>
                  ))}
                </Group>
              </Stack>
            )}
            {offer.requiredLanguages.length > 0 && (
              <Stack gap={4}>
                <Text size="sm" c="dimmed">
                  {t("field.requiredLanguages")}
                </Text>
                <Group gap="xs">
                  {offer.requiredLanguages.map((required) => (
                    <Badge
                      key={required.language}
                      variant="outline"
                      color="gray"
                      size="lg"
                      tt="none"
                      fw={500}
                      leftSection={<IconLanguage size={14} aria-hidden />}
                    >
                      {t("facts.languageAtLeast", {
                        language: code("language", required.language),
                        level: code("languageLevel", required.level),
                      })}
                    </Badge>
                  ))}
                </Group>
              </Stack>
            )}
            {offer.requiredCertificates.length > 0 && (
              <Stack gap={4}>
                <Text size="sm" c="dimmed">
                  {t("field.requiredCertificates")}
                </Text>
                <Group gap="xs">
                  {offer.requiredCertificates.map((kind) => (
                    <Badge
                      key={kind}
                      variant="outline"
                      color="gray"
                      size="lg"
                      tt="none"
                      fw={500}
                      leftSection={<IconCertificate size={14} aria-hidden />}
                    >
                      {code("certificate", kind)}
                    </Badge>
                  ))}
                </Group>
              </Stack>
            )}
            <FactGrid
              facts={[
                {
                  label: t("field.drivingLicenceRequired"),
                  value: (
                    <Group gap={6} component="span">
                      {offer.drivingLicenceRequired && <IconSteeringWheel size={16} aria-hidden />}
                      {yesNo(offer.drivingLicenceRequired)}
                    </Group>
                  ),
                },
                {
                  label: t("field.minYearsExperience"),
                  value:
                    offer.minYearsExperience === 0
                      ? t("facts.noExperienceNeeded")
                      : t("facts.years", { count: offer.minYearsExperience, years: formatNumber(offer.minYearsExperience, language) }),
                },
              ]}
            />
          </Stack>
        )}
      </SectionCard>
    </Stack>
  );
}
