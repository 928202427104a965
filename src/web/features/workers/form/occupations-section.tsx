import { Checkbox, NumberInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { EscoPicker } from "../../../components/esco-picker.js";
import { ListSection } from "./list-section.js";
import { fieldId, type WorkerForm } from "./worker-form-types.js";
import { newOccupation } from "./worker-form-values.js";

const MAX_OCCUPATIONS = 20;

/** Occupations in ESCO with years of experience; informal and unpaid work (a family farm) counts too. */
export function OccupationsSection({ form }: { form: WorkerForm }) {
  const { t } = useTranslation("workers");
  return (
    <ListSection
      form={form}
      list="occupations"
      title={t("form.occupations")}
      description={t("form.occupationsHint")}
      removeLabel={(number) => t("form.removeOccupation", { number })}
      addLabel={t("form.addOccupation")}
      newRow={newOccupation}
      max={MAX_OCCUPATIONS}
    >
      {(row, _index, path) => (
        <>
          <div style={{ flex: 3, minWidth: 260 }}>
            <EscoPicker
              kind="occupations"
              label={t("field.occupation")}
              id={fieldId(`${path}.occupationUri`)}
              value={row.occupationUri}
              onChange={(uri) => form.setFieldValue(`${path}.occupationUri`, uri)}
              error={form.getInputProps(`${path}.occupationUri`).error}
              required
            />
          </div>
          <NumberInput
            label={t("field.yearsExperience")}
            min={0}
            max={60}
            step={0.5}
            decimalScale={1}
            allowNegative={false}
            miw={140}
            style={{ flex: 1 }}
            {...form.getInputProps(`${path}.yearsExperience`)}
            id={fieldId(`${path}.yearsExperience`)}
          />
          <Checkbox
            label={t("field.informal")}
            mb={10}
            {...form.getInputProps(`${path}.informal`, { type: "checkbox" })}
            id={fieldId(`${path}.informal`)}
          />
        </>
      )}
    </ListSection>
  );
}
