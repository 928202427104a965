import { Checkbox, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SKILL_LEVELS } from "../../../../core/workers/worker-schemas.js";
import { codeOptions } from "../../../components/code-options.js";
import { EscoPicker } from "../../../components/esco-picker.js";
import { ListSection } from "./list-section.js";
import { fieldId, type WorkerForm } from "./worker-form-types.js";
import { newSkill } from "./worker-form-values.js";

const MAX_SKILLS = 80;

/** Skills in ESCO; the first occupation's skills are offered first. Self-declared until a caseworker verifies. */
export function SkillsSection({ form }: { form: WorkerForm }) {
  const { t } = useTranslation("workers");
  const { occupations } = form.getValues();
  const mainOccupation = occupations.find((occupation) => occupation.occupationUri)?.occupationUri ?? null;
  return (
    <ListSection
      form={form}
      list="skills"
      title={t("form.skills")}
      description={t("form.skillsHint")}
      removeLabel={(number) => t("form.removeSkill", { number })}
      addLabel={t("form.addSkill")}
      newRow={newSkill}
      max={MAX_SKILLS}
    >
      {(row, _index, path) => (
        <>
          <div style={{ flex: 3, minWidth: 260 }}>
            <EscoPicker
              kind="skills"
              label={t("field.skill")}
              id={fieldId(`${path}.skillUri`)}
              occupation={mainOccupation}
              value={row.skillUri}
              onChange={(uri) => form.setFieldValue(`${path}.skillUri`, uri)}
              error={form.getInputProps(`${path}.skillUri`).error}
              required
            />
          </div>
          <Select
            label={t("field.skillLevel")}
            data={codeOptions(t, "skillLevel", SKILL_LEVELS)}
            allowDeselect={false}
            miw={160}
            style={{ flex: 1 }}
            {...form.getInputProps(`${path}.level`)}
            id={fieldId(`${path}.level`)}
          />
          <Checkbox
            label={t("field.verified")}
            mb={10}
            {...form.getInputProps(`${path}.verified`, { type: "checkbox" })}
            id={fieldId(`${path}.verified`)}
          />
        </>
      )}
    </ListSection>
  );
}
