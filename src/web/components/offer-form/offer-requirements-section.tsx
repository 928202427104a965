import { Checkbox, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CERTIFICATE_KINDS, LANGUAGE_LEVELS, SPOKEN_LANGUAGES } from "../../../core/reference/codes.js";
import { codeOptions } from "../code-options.js";
import { EscoPicker } from "../esco-picker.js";
import { AddRowButton, FormListRow, RemoveRowButton } from "../form-rows.js";
import { SectionCard } from "../section-card.js";
import { type OfferForm, offerFieldId, offerInput } from "./offer-form-types.js";
import { newRequiredLanguage, newRequiredSkill } from "./offer-form-values.js";
import { OfferSkillSuggestions } from "./offer-skill-suggestions.js";

// The limits of the shared schema: 30 skills, 5 languages.
const MAX_SKILLS = 30;
const MAX_LANGUAGES = 5;

/** What a worker must bring. Matching treats certificates as hard rules, so only what is truly needed goes here. */
export function OfferRequirementsSection({ form }: { form: OfferForm }) {
  const { t } = useTranslation("offers");
  const { requiredSkills, requiredLanguages, occupationUri } = form.getValues();
  return (
    <SectionCard title={t("section.requirements")} description={t("form.requirementsHint")}>
      <Stack gap="lg">
        <Stack gap="sm">
          <Text fw={600}>{t("field.requiredSkills")}</Text>
          {requiredSkills.map((row, index) => {
            const path = `requiredSkills.${index}.skillUri`;
            return (
              <FormListRow
                key={row.key}
                remove={
                  <RemoveRowButton
                    label={t("form.removeSkill", { number: index + 1 })}
                    onClick={() => form.removeListItem("requiredSkills", index)}
                  />
                }
              >
                <div style={{ flex: 1, minWidth: 240 }}>
                  <EscoPicker
                    kind="skills"
                    label={t("form.skillRow", { number: index + 1 })}
                    id={offerFieldId(path)}
                    occupation={occupationUri}
                    value={row.skillUri}
                    onChange={(uri) => form.setFieldValue(`requiredSkills.${index}.skillUri`, uri)}
                    error={form.getInputProps(path).error}
                    required
                  />
                </div>
              </FormListRow>
            );
          })}
          {occupationUri && requiredSkills.length < MAX_SKILLS && (
            <OfferSkillSuggestions
              occupationUri={occupationUri}
              chosen={requiredSkills.map((row) => row.skillUri)}
              onAdd={(uri) => form.insertListItem("requiredSkills", newRequiredSkill(uri))}
            />
          )}
          <AddRowButton
            label={t("form.addSkill")}
            onClick={() => form.insertListItem("requiredSkills", newRequiredSkill())}
            disabled={requiredSkills.length >= MAX_SKILLS}
          />
        </Stack>

        <Stack gap="sm">
          <Text fw={600}>{t("field.requiredLanguages")}</Text>
          {requiredLanguages.map((row, index) => (
            <FormListRow
              key={row.key}
              remove={
                <RemoveRowButton
                  label={t("form.removeLanguage", { number: index + 1 })}
                  onClick={() => form.removeListItem("requiredLanguages", index)}
                />
              }
            >
              <Select
                label={t("field.language")}
                data={codeOptions(t, "language", SPOKEN_LANGUAGES)}
                searchable
                required
                miw={200}
                style={{ flex: 2 }}
                comboboxProps={{ withinPortal: true }}
                {...offerInput(form, `requiredLanguages.${index}.language`)}
              />
              <Select
                label={t("field.level")}
                description={t("form.levelHint")}
                data={codeOptions(t, "languageLevel", LANGUAGE_LEVELS)}
                required
                miw={180}
                style={{ flex: 1 }}
                comboboxProps={{ withinPortal: true }}
                {...offerInput(form, `requiredLanguages.${index}.level`)}
              />
            </FormListRow>
          ))}
          <AddRowButton
            label={t("form.addLanguage")}
            onClick={() => form.insertListItem("requiredLanguages", newRequiredLanguage())}
            disabled={requiredLanguages.length >= MAX_LANGUAGES}
          />
        </Stack>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <MultiSelect
            label={t("field.requiredCertificates")}
            description={t("form.certificatesHint")}
            data={codeOptions(t, "certificate", CERTIFICATE_KINDS)}
            clearable
            maxValues={10}
            comboboxProps={{ withinPortal: true }}
            {...offerInput(form, "requiredCertificates")}
          />
          <NumberInput
            label={t("field.minYearsExperience")}
            min={0}
            max={30}
            step={0.5}
            decimalScale={1}
            allowNegative={false}
            {...offerInput(form, "minYearsExperience")}
          />
          <Checkbox label={t("field.drivingLicenceRequired")} {...offerInput(form, "drivingLicenceRequired", "checkbox")} />
        </SimpleGrid>
      </Stack>
    </SectionCard>
  );
}
