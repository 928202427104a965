import { Checkbox, NumberInput, Select, SimpleGrid, TextInput } from "@mantine/core";
import { IconPhone } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { GENDERS, UI_LANGUAGES } from "../../../../core/reference/codes.js";
import { codeOptions } from "../../../components/code-options.js";
import { NationalitySelect } from "../../../components/nationality-select.js";
import { SectionCard } from "../../../components/section-card.js";
import { fieldId, type WorkerForm } from "./worker-form-types.js";

export function IdentitySection({ form }: { form: WorkerForm }) {
  const { t } = useTranslation("workers");
  const input = (path: string) => ({ ...form.getInputProps(path), id: fieldId(path) });
  const check = (path: string) => ({ ...form.getInputProps(path, { type: "checkbox" }), id: fieldId(path) });

  return (
    <SectionCard title={t("form.identity")} description={t("form.identityHint")}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t("field.givenName")} autoComplete="off" required {...input("givenName")} />
        <TextInput label={t("field.familyName")} autoComplete="off" required {...input("familyName")} />
        <TextInput
          label={t("field.phone")}
          description={t("field.phoneHint")}
          type="tel"
          inputMode="tel"
          dir="ltr"
          leftSection={<IconPhone size={18} aria-hidden />}
          required
          {...input("phone")}
        />
        <Checkbox label={t("field.whatsapp")} mt={{ sm: 32 }} {...check("whatsapp")} />
        <Select label={t("field.gender")} data={codeOptions(t, "gender", GENDERS)} required {...input("gender")} />
        <NumberInput
          label={t("field.birthYear")}
          min={1940}
          max={2012}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=""
          required
          {...input("birthYear")}
        />
        <NationalitySelect label={t("field.nationality")} required {...input("nationality")} />
        <Select
          label={t("field.preferredLanguage")}
          description={t("field.preferredLanguageHint")}
          data={codeOptions(t, "language", UI_LANGUAGES)}
          searchable
          required
          {...input("preferredLanguage")}
        />
      </SimpleGrid>
    </SectionCard>
  );
}
