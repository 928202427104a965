import { Checkbox, Select } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { IconCalendar } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { CERTIFICATE_KINDS } from "../../../../core/reference/codes.js";
import { codeOptions } from "../../../components/code-options.js";
import { ListSection } from "./list-section.js";
import { fieldId, type WorkerForm } from "./worker-form-types.js";
import { newCertificate } from "./worker-form-values.js";

const MAX_CERTIFICATES = 20;

export function CertificatesSection({ form }: { form: WorkerForm }) {
  const { t } = useTranslation("workers");
  const input = (path: string) => ({ ...form.getInputProps(path), id: fieldId(path) });
  return (
    <ListSection
      form={form}
      list="certificates"
      title={t("form.certificates")}
      description={t("form.certificatesHint")}
      removeLabel={(number) => t("form.removeCertificate", { number })}
      addLabel={t("form.addCertificate")}
      newRow={newCertificate}
      max={MAX_CERTIFICATES}
    >
      {(_row, _index, path) => (
        <>
          <Select
            label={t("field.certificate")}
            data={codeOptions(t, "certificate", CERTIFICATE_KINDS)}
            required
            miw={240}
            style={{ flex: 2 }}
            {...input(`${path}.kind`)}
          />
          <DateInput
            label={t("field.issuedOn")}
            valueFormat="ll"
            leftSection={<IconCalendar size={18} aria-hidden />}
            clearable
            miw={170}
            {...input(`${path}.issuedOn`)}
          />
          <DateInput
            label={t("field.expiresOn")}
            valueFormat="ll"
            leftSection={<IconCalendar size={18} aria-hidden />}
            clearable
            miw={170}
            {...input(`${path}.expiresOn`)}
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
