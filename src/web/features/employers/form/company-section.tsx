import { Checkbox, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { EMPLOYER_SIZES, SECTORS } from "../../../../core/reference/codes.js";
import { codeOptions } from "../../../components/code-options.js";
import { SectionCard } from "../../../components/section-card.js";
import { type EmployerForm, employerFieldId } from "./employer-form-types.js";

/** The legal identity the centre vets: name and tax number as on the company's papers. */
export function CompanySection({ form }: { form: EmployerForm }) {
  const { t } = useTranslation("employers");
  const input = (path: string) => ({ ...form.getInputProps(path), id: employerFieldId(path) });
  return (
    <SectionCard title={t("section.company")} description={t("form.companyHint")}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" style={{ alignItems: "end" }}>
        <TextInput
          label={t("field.legalName")}
          description={t("form.legalNameHint")}
          maxLength={200}
          autoComplete="off"
          required
          {...input("legalName")}
        />
        <TextInput
          label={t("field.taxId")}
          description={t("form.taxIdHint")}
          maxLength={24}
          autoComplete="off"
          dir="ltr"
          styles={{ input: { textTransform: "uppercase" } }}
          required
          {...input("taxId")}
        />
        <Select
          label={t("field.sector")}
          data={codeOptions(t, "sector", SECTORS)}
          required
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          {...input("sector")}
        />
        <Select
          label={t("field.size")}
          data={codeOptions(t, "employerSize", EMPLOYER_SIZES)}
          required
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          {...input("size")}
        />
        <Checkbox
          label={t("field.accommodationOffered")}
          description={t("form.accommodationHint")}
          {...form.getInputProps("accommodationOffered", { type: "checkbox" })}
          id={employerFieldId("accommodationOffered")}
        />
      </SimpleGrid>
    </SectionCard>
  );
}
