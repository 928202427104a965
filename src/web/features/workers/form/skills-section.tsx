import { Checkbox, Select, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SKILL_LEVELS } from "../../../../core/workers/worker-schemas.js";
import { codeOptions } from "../../../components/code-options.js";
import { EscoPicker } from "../../../components/esco-picker.js";
import { AddRowButton, FormListRow, RemoveRowButton } from "../../../components/form-rows.js";
import { SectionCard } from "../../../components/section-card.js";
import { fieldId, type WorkerForm } from "./worker-form-types.js";
import { newSkill } from "./worker-form-values.js";

const MAX_SKILLS = 80;

/** Skills in ESCO; the first occupation's skills are offered first. Self-declared until a caseworker verifies. */
export function SkillsSection({ form }: { form: WorkerForm }) {
  const { t } = useTranslation("workers");
  const { skills: rows, occupations } = form.getValues();
  const mainOccupation = occupations.find((occupation) => occupation.occupationUri)?.occupationUri ?? null;
  return (
    <SectionCard title={t("form.skills")} description={t("form.skillsHint")}>
      <Stack gap="sm">
        {rows.map((row, index) => {
          const path = `skills.${index}`;
          return (
            <FormListRow
              key={row.key}
              remove={
                <RemoveRowButton
                  label={t("form.removeSkill", { number: index + 1 })}
                  onClick={() => form.removeListItem("skills", index)}
                />
              }
            >
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
            </FormListRow>
          );
        })}
        <AddRowButton
          label={t("form.addSkill")}
          onClick={() => form.insertListItem("skills", newSkill())}
          disabled={rows.length >= MAX_SKILLS}
        />
      </Stack>
    </SectionCard>
  );
}
