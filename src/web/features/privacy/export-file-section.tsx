import { List } from "@mantine/core";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { WorkerExport } from "../../api/privacy.js";
import { useEscoLabelOf } from "../../components/esco-label.js";
import { FactGrid } from "../../components/fact-grid.js";
import { formatCents } from "../../components/money.js";
import { useCountryName } from "../../components/nationality-select.js";
import { RegionName } from "../../components/region-name.js";
import { SectionCard } from "../../components/section-card.js";

/** The worker's file as held, every field, labelled as on the file's own page. */
export function ExportFileSection({ file }: { file: WorkerExport["file"] }) {
  const { t, i18n } = useTranslation("workers");
  const code = (group: string, value: string) => t(`${group}.${value}`, { ns: "codes" });
  const yesNo = (value: boolean) => t(value ? "value.yes" : "value.no", { ns: "common" });
  const none = t("value.none", { ns: "common" });
  const list = (items: string[]) => (items.length === 0 ? none : items.join(t("listSeparator", { ns: "common" })));
  const countryName = useCountryName();
  const occupationLabel = useEscoLabelOf(
    "occupations",
    file.occupations.map((o) => o.occupationUri),
  );
  const skillLabel = useEscoLabelOf(
    "skills",
    file.skills.map((s) => s.skillUri),
  );
  const day = (iso: string) => dayjs(iso).format("ll");
  const range = (start: string, end: string | null) =>
    end
      ? t("value.dateRange", { ns: "common", start: day(start), end: day(end) })
      : t("export.openEnded", { ns: "privacy", start: day(start) });

  return (
    <SectionCard title={t("export.file", { ns: "privacy" })}>
      <FactGrid
        facts={[
          { label: t("field.name"), value: t("fullName", { given: file.givenName, family: file.familyName }) },
          { label: t("field.phone"), value: <span className="ltr-text">{file.phone}</span> },
          { label: t("field.whatsapp"), value: yesNo(file.whatsapp) },
          { label: t("field.gender"), value: code("gender", file.gender) },
          { label: t("field.birthYear"), value: file.birthYear },
          { label: t("field.nationality"), value: countryName(file.nationality) },
          { label: t("field.preferredLanguage"), value: code("language", file.preferredLanguage) },
          { label: t("field.region"), value: <RegionName code={file.regionCode} /> },
          { label: t("field.drivingLicence"), value: yesNo(file.drivingLicence) },
          { label: t("field.ownTransport"), value: yesNo(file.ownTransport) },
          { label: t("field.willingToRelocate"), value: yesNo(file.willingToRelocate) },
          { label: t("field.childcareNeeded"), value: yesNo(file.childcareNeeded) },
          { label: t("field.travellingWithFamily"), value: yesNo(file.travellingWithFamily) },
          { label: t("field.accommodationNeeded"), value: yesNo(file.preferences.accommodationNeeded) },
          { label: t("field.sectors"), value: list(file.preferences.sectors.map((s) => code("sector", s))) },
          {
            label: t("field.minHourlyPay"),
            value: file.preferences.minHourlyPayCents === null ? none : formatCents(file.preferences.minHourlyPayCents, i18n.language),
          },
        ]}
      />
      <FactGrid
        columns={2}
        facts={[
          {
            label: t("field.languages"),
            value: list(
              file.languages.map((l) =>
                t("languageWithLevel", { language: code("language", l.language), level: code("languageLevel", l.level) }),
              ),
            ),
          },
          {
            label: t("form.authorisations"),
            value: (
              <Items items={file.authorisations.map((a) => `${code("authorisation", a.type)} · ${range(a.validFrom, a.validUntil)}`)} />
            ),
          },
          {
            label: t("field.occupations"),
            value: (
              <Items
                items={file.occupations.map(
                  (o) => `${occupationLabel(o.occupationUri)} · ${t("profile.years", { count: o.yearsExperience })}`,
                )}
              />
            ),
          },
          {
            label: t("form.skills"),
            value: <Items items={file.skills.map((s) => `${skillLabel(s.skillUri)} · ${code("skillLevel", s.level)}`)} />,
          },
          {
            label: t("form.certificates"),
            value: (
              <Items
                items={file.certificates.map((c) =>
                  c.expiresOn
                    ? `${code("certificate", c.kind)} · ${t("export.validUntil", { ns: "privacy", date: day(c.expiresOn) })}`
                    : code("certificate", c.kind),
                )}
              />
            ),
          },
          { label: t("form.availability"), value: <Items items={file.availability.map((a) => range(a.start, a.end))} /> },
        ]}
      />
    </SectionCard>
  );
}

function Items({ items }: { items: string[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return t("value.none", { ns: "common" });
  return (
    <List size="sm">
      {items.map((item) => (
        <List.Item key={item}>{item}</List.Item>
      ))}
    </List>
  );
}
