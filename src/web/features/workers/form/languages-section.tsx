import { Select, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LANGUAGE_LEVELS, SPOKEN_LANGUAGES } from "../../../../core/reference/codes.js";
import { codeOptions } from "../../../components/code-options.js";
import { AddRowButton, FormListRow, RemoveRowButton } from "../../../components/form-rows.js";
import { SectionCard } from "../../../components/section-card.js";
import { fieldId, type WorkerForm } from "./worker-form-types.js";
import { newLanguage } from "./worker-form-values.js";

const MAX_LANGUAGES = 12;

export function LanguagesSection({ form }: { form: WorkerForm }) {
  const { t } = useTranslation("workers");
  const rows = form.getValues().languages;
  const input = (path: string) => ({ ...form.getInputProps(path), id: fieldId(path) });
  return (
    <SectionCard title={t("form.languages")} description={t("form.languagesHint")}>
      <Stack gap="sm">
        {rows.map((row, index) => (
          <FormListRow
            key={row.key}
            remove={
              <RemoveRowButton
                label={t("form.removeLanguage", { number: index + 1 })}
                onClick={() => form.removeListItem("languages", index)}
              />
            }
          >
            <Select
              label={t("field.language")}
              data={codeOptions(t, "language", SPOKEN_LANGUAGES)}
              searchable
              required
              miw={220}
              style={{ flex: 2 }}
              {...input(`languages.${index}.language`)}
            />
            <Select
              label={t("field.level")}
              data={codeOptions(t, "languageLevel", LANGUAGE_LEVELS)}
              required
              miw={200}
              style={{ flex: 1 }}
              {...input(`languages.${index}.level`)}
            />
          </FormListRow>
        ))}
        <AddRowButton
          label={t("form.addLanguage")}
          onClick={() => form.insertListItem("languages", newLanguage())}
          disabled={rows.length >= MAX_LANGUAGES}
        />
      </Stack>
    </SectionCard>
  );
}
