import { DateInput } from "@mantine/dates";
import { IconCalendar } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ListSection } from "./list-section.js";
import { fieldId, type WorkerForm } from "./worker-form-types.js";
import { newAvailability } from "./worker-form-values.js";

const MAX_WINDOWS = 12;

/** When the worker can work: seasons, with the last day included. */
export function AvailabilitySection({ form }: { form: WorkerForm }) {
  const { t } = useTranslation("workers");
  const input = (path: string) => ({ ...form.getInputProps(path), id: fieldId(path) });
  return (
    <ListSection
      form={form}
      list="availability"
      title={t("form.availability")}
      description={t("form.availabilityHint")}
      removeLabel={(number) => t("form.removeAvailability", { number })}
      addLabel={t("form.addAvailability")}
      newRow={newAvailability}
      max={MAX_WINDOWS}
    >
      {(row, index) => (
        <>
          <DateInput
            label={t("field.from")}
            valueFormat="ll"
            leftSection={<IconCalendar size={18} aria-hidden />}
            required
            miw={180}
            {...input(`availability.${index}.start`)}
          />
          <DateInput
            label={t("field.to")}
            valueFormat="ll"
            leftSection={<IconCalendar size={18} aria-hidden />}
            minDate={row.start ?? undefined}
            required
            miw={180}
            {...input(`availability.${index}.end`)}
          />
        </>
      )}
    </ListSection>
  );
}
