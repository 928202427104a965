import { Badge, Group, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import { IconCircleCheck, IconUserQuestion } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Worker } from "../../../../core/workers/worker-schemas.js";
import { DateRangeText, DateText } from "../../../components/date-text.js";
import { useEscoLabelOf } from "../../../components/esco-label.js";
import { FactGrid } from "../../../components/fact-grid.js";
import { formatCents } from "../../../components/money.js";
import { useCountryName } from "../../../components/nationality-select.js";
import { RegionName } from "../../../components/region-name.js";
import { ProfileCard } from "./profile-card.js";

function VerifiedBadge({ verified }: { verified: boolean }) {
  const { t } = useTranslation("workers");
  return verified ? (
    <Badge color="olive" variant="light" size="md" leftSection={<IconCircleCheck size={14} aria-hidden />}>
      {t("profile.verified")}
    </Badge>
  ) : (
    <Badge color="gray" variant="light" size="md" leftSection={<IconUserQuestion size={14} aria-hidden />}>
      {t("profile.selfDeclared")}
    </Badge>
  );
}

/** The whole file, read-only, in the staff member's language (ESCO labels too). */
export function WorkerProfile({ worker }: { worker: Worker }) {
  const { t, i18n } = useTranslation("workers");
  const code = (group: string, value: string) => t(`${group}.${value}`, { ns: "codes" });
  const yesNo = (value: boolean) => t(value ? "value.yes" : "value.no", { ns: "common" });
  const countryName = useCountryName();
  const occupationLabel = useEscoLabelOf(
    "occupations",
    worker.occupations.map((o) => o.occupationUri),
  );
  const skillLabel = useEscoLabelOf(
    "skills",
    worker.skills.map((s) => s.skillUri),
  );
  const none = t("profile.noneRecorded");

  return (
    <Stack gap="lg">
      <ProfileCard title={t("form.identity")}>
        <FactGrid
          facts={[
            { label: t("field.phone"), value: <span className="ltr-text">{worker.phone}</span> },
            { label: t("field.whatsapp"), value: yesNo(worker.whatsapp) },
            { label: t("field.gender"), value: code("gender", worker.gender) },
            { label: t("field.birthYear"), value: worker.birthYear },
            { label: t("field.nationality"), value: countryName(worker.nationality) },
            { label: t("field.preferredLanguage"), value: code("language", worker.preferredLanguage) },
          ]}
        />
      </ProfileCard>

      <ProfileCard title={t("form.location")}>
        <FactGrid
          facts={[
            { label: t("field.region"), value: <RegionName code={worker.regionCode} /> },
            { label: t("field.drivingLicence"), value: yesNo(worker.drivingLicence) },
            { label: t("field.ownTransport"), value: yesNo(worker.ownTransport) },
            { label: t("field.willingToRelocate"), value: yesNo(worker.willingToRelocate) },
            { label: t("field.childcareNeeded"), value: yesNo(worker.childcareNeeded) },
            { label: t("field.travellingWithFamily"), value: yesNo(worker.travellingWithFamily) },
          ]}
        />
      </ProfileCard>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ProfileCard title={t("form.languages")} empty={worker.languages.length === 0} emptyText={none}>
          <Group gap="xs">
            {worker.languages.map((spoken) => (
              <Badge key={spoken.language} variant="outline" color="gray" size="lg">
                {t("languageWithLevel", { language: code("language", spoken.language), level: code("languageLevel", spoken.level) })}
              </Badge>
            ))}
          </Group>
        </ProfileCard>
        <ProfileCard title={t("form.availability")} empty={worker.availability.length === 0} emptyText={none}>
          <Stack gap={4}>
            {worker.availability.map((window) => (
              <Text key={`${window.start}-${window.end}`}>
                <DateRangeText start={window.start} end={window.end} />
              </Text>
            ))}
          </Stack>
        </ProfileCard>
      </SimpleGrid>

      <ProfileCard title={t("form.authorisations")} empty={worker.authorisations.length === 0} emptyText={t("profile.noAuthorisation")}>
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("field.authorisationType")}</Table.Th>
                <Table.Th>{t("field.validFrom")}</Table.Th>
                <Table.Th>{t("field.validUntil")}</Table.Th>
                <Table.Th>{t("field.workAllowed")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {worker.authorisations.map((permit) => (
                <Table.Tr key={`${permit.type}-${permit.validFrom}-${permit.validUntil}`}>
                  <Table.Td>{code("authorisation", permit.type)}</Table.Td>
                  <Table.Td>
                    <DateText value={permit.validFrom} />
                  </Table.Td>
                  <Table.Td>{permit.validUntil ? <DateText value={permit.validUntil} /> : t("profile.noEndDate")}</Table.Td>
                  <Table.Td>{yesNo(permit.workAllowed)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </ProfileCard>

      <ProfileCard title={t("form.occupations")} empty={worker.occupations.length === 0} emptyText={none}>
        <Stack gap="xs">
          {worker.occupations.map((occupation) => (
            <Group key={occupation.occupationUri} gap="sm" justify="space-between" wrap="nowrap">
              <Text fw={600} className="sentence-case">
                {occupationLabel(occupation.occupationUri)}
              </Text>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm">{t("profile.years", { count: occupation.yearsExperience })}</Text>
                {occupation.informal && (
                  <Badge variant="light" color="gray" size="md">
                    {t("field.informal")}
                  </Badge>
                )}
              </Group>
            </Group>
          ))}
        </Stack>
      </ProfileCard>

      <ProfileCard title={t("form.skills")} empty={worker.skills.length === 0} emptyText={none}>
        <Stack gap="xs">
          {worker.skills.map((skill) => (
            <Group key={skill.skillUri} gap="sm" justify="space-between" wrap="nowrap">
              <Text className="sentence-case">{skillLabel(skill.skillUri)}</Text>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" c="dimmed">
                  {code("skillLevel", skill.level)}
                </Text>
                <VerifiedBadge verified={skill.verified} />
              </Group>
            </Group>
          ))}
        </Stack>
      </ProfileCard>

      <ProfileCard title={t("form.certificates")} empty={worker.certificates.length === 0} emptyText={none}>
        <Stack gap="xs">
          {worker.certificates.map((certificate) => (
            <Group
              key={`${certificate.kind}-${certificate.issuedOn}-${certificate.expiresOn}`}
              gap="sm"
              justify="space-between"
              wrap="wrap"
            >
              <Text fw={600}>{code("certificate", certificate.kind)}</Text>
              <Group gap="md" wrap="wrap">
                <Text size="sm">
                  {t("field.issuedOn")} <DateText value={certificate.issuedOn} />
                </Text>
                <Text size="sm">
                  {t("field.expiresOn")} <DateText value={certificate.expiresOn} />
                </Text>
                <VerifiedBadge verified={certificate.verified} />
              </Group>
            </Group>
          ))}
        </Stack>
      </ProfileCard>

      <ProfileCard title={t("form.preferences")}>
        <FactGrid
          facts={[
            {
              label: t("field.sectors"),
              value: worker.preferences.sectors.length
                ? worker.preferences.sectors.map((s) => code("sector", s)).join(t("listSeparator", { ns: "common" }))
                : t("profile.anySector"),
            },
            {
              label: t("field.minHourlyPay"),
              value:
                worker.preferences.minHourlyPayCents === null
                  ? t("profile.notStated")
                  : formatCents(worker.preferences.minHourlyPayCents, i18n.language),
            },
            { label: t("field.accommodationNeeded"), value: yesNo(worker.preferences.accommodationNeeded) },
          ]}
        />
      </ProfileCard>
    </Stack>
  );
}
