import { Checkbox, Select, Stack } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { IconCalendar } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { AUTHORISATION_TYPES } from "../../../../core/reference/codes.js";
import { codeOptions } from "../../../components/code-options.js";
import { AddRowButton, FormListRow, RemoveRowButton } from "../../../components/form-rows.js";
import { SectionCard } from "../../../components/section-card.js";
import { fieldId, type WorkerForm } from "./worker-form-types.js";
import { newAuthorisation } from "./worker-form-values.js";

const MAX_AUTHORISATIONS = 6;

/** Residence and work documents: matching never proposes work outside their dates. */
export function AuthorisationsSection({ form }: { form: WorkerForm }) {
  const { t } = useTranslation("workers");
  const rows = form.getValues().authorisations;
  const input = (path: string) => ({ ...form.getInputProps(path), id: fieldId(path) });
  return (
    <SectionCard title={t("form.authorisations")} description={t("form.authorisationsHint")}>
      <Stack gap="sm">
        {rows.map((row, index) => (
          <FormListRow
            key={row.key}
            remove={
              <RemoveRowButton
                label={t("form.removeAuthorisation", { number: index + 1 })}
                onClick={() => form.removeListItem("authorisations", index)}
              />
            }
          >
            <Select
              label={t("field.authorisationType")}
              data={codeOptions(t, "authorisation", AUTHORISATION_TYPES)}
              required
              miw={240}
              style={{ flex: 2 }}
              {...input(`authorisations.${index}.type`)}
            />
            <DateInput
              label={t("field.validFrom")}
              valueFormat="ll"
              leftSection={<IconCalendar size={18} aria-hidden />}
              required
              miw={170}
              {...input(`authorisations.${index}.validFrom`)}
            />
            <DateInput
              label={t("field.validUntil")}
              description={t("field.validUntilHint")}
              valueFormat="ll"
              leftSection={<IconCalendar size={18} aria-hidden />}
              clearable
              miw={170}
              {...input(`authorisations.${index}.validUntil`)}
            />
            <Checkbox
              label={t("field.workAllowed")}
              mb={10}
              {...form.getInputProps(`authorisations.${index}.workAllowed`, { type: "checkbox" })}
              id={fieldId(`authorisations.${index}.workAllowed`)}
            />
          </FormListRow>
        ))}
        <AddRowButton
          label={t("form.addAuthorisation")}
          onClick={() => form.insertListItem("authorisations", newAuthorisation())}
          disabled={rows.length >= MAX_AUTHORISATIONS}
        />
      </Stack>
    </SectionCard>
  );
}
