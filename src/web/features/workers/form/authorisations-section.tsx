import { Checkbox, Select } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { IconCalendar } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { AUTHORISATION_TYPES } from "../../../../core/reference/codes.js";
import { codeOptions } from "../../../components/code-options.js";
import { ListSection } from "./list-section.js";
import { fieldId, type WorkerForm } from "./worker-form-types.js";
import { newAuthorisation } from "./worker-form-values.js";

const MAX_AUTHORISATIONS = 6;

/** Residence and work documents: matching never proposes work outside their dates. */
export function AuthorisationsSection({ form }: { form: WorkerForm }) {
  const { t } = useTranslation("workers");
  const input = (path: string) => ({ ...form.getInputProps(path), id: fieldId(path) });
  return (
    <ListSection
      form={form}
      list="authorisations"
      title={t("form.authorisations")}
      description={t("form.authorisationsHint")}
      removeLabel={(number) => t("form.removeAuthorisation", { number })}
      addLabel={t("form.addAuthorisation")}
      newRow={newAuthorisation}
      max={MAX_AUTHORISATIONS}
    >
      {(_row, index) => (
        <>
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
        </>
      )}
    </ListSection>
  );
}
