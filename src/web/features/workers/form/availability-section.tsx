import { Stack } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { IconCalendar } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { AddRowButton, FormListRow, RemoveRowButton } from "../../../components/form-rows.js";
import { SectionCard } from "../../../components/section-card.js";
import { fieldId, type WorkerForm } from "./worker-form-types.js";
import { newAvailability } from "./worker-form-values.js";

const MAX_WINDOWS = 12;

/** When the worker can work: seasons, with the last day included. */
export function AvailabilitySection({ form }: { form: WorkerForm }) {
  const { t } = useTranslation("workers");
  const rows = form.getValues().availability;
  const input = (path: string) => ({ ...form.getInputProps(path), id: fieldId(path) });
  return (
    <SectionCard title={t("form.availability")} description={t("form.availabilityHint")}>
      <Stack gap="sm">
        {rows.map((row, index) => (
          <FormListRow
            key={row.key}
            remove={
              <RemoveRowButton
                label={t("form.removeAvailability", { number: index + 1 })}
                onClick={() => form.removeListItem("availability", index)}
              />
            }
          >
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
          </FormListRow>
        ))}
        <AddRowButton
          label={t("form.addAvailability")}
          onClick={() => form.insertListItem("availability", newAvailability())}
          disabled={rows.length >= MAX_WINDOWS}
        />
      </Stack>
    </SectionCard>
  );
}
