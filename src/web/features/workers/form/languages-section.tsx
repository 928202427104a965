import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LANGUAGE_LEVELS, SPOKEN_LANGUAGES } from "../../../../core/reference/codes.js";
import { codeOptions } from "../../../components/code-options.js";
import { ListSection } from "./list-section.js";
import { fieldId, type WorkerForm } from "./worker-form-types.js";
import { newLanguage } from "./worker-form-values.js";

const MAX_LANGUAGES = 12;

export function LanguagesSection({ form }: { form: WorkerForm }) {
  const { t } = useTranslation("workers");
  const input = (path: string) => ({ ...form.getInputProps(path), id: fieldId(path) });
  return (
    <ListSection
      form={form}
      list="languages"
      title={t("form.languages")}
      description={t("form.languagesHint")}
      removeLabel={(number) => t("form.removeLanguage", { number })}
      addLabel={t("form.addLanguage")}
      newRow={newLanguage}
      max={MAX_LANGUAGES}
    >
      {(_row, index) => (
        <>
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
        </>
      )}
    </ListSection>
  );
}
