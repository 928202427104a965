import { SimpleGrid, TextInput } from "@mantine/core";
import { IconMail, IconPhone, IconUser } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { SectionCard } from "../../../components/section-card.js";
import { type EmployerForm, employerFieldId } from "./employer-form-types.js";

/** The person the centre calls; their e-mail becomes the portal sign-in when an account is opened. */
export function ContactSection({ form }: { form: EmployerForm }) {
  const { t } = useTranslation("employers");
  const input = (path: string) => ({ ...form.getInputProps(path), id: employerFieldId(path) });
  return (
    <SectionCard title={t("section.contact")} description={t("form.contactHint")}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" style={{ alignItems: "end" }}>
        <TextInput
          label={t("field.contactName")}
          maxLength={100}
          autoComplete="off"
          leftSection={<IconUser size={18} aria-hidden />}
          required
          {...input("contactName")}
        />
        <TextInput
          label={t("field.contactPhone")}
          description={t("form.phoneHint")}
          type="tel"
          inputMode="tel"
          dir="ltr"
          leftSection={<IconPhone size={18} aria-hidden />}
          required
          {...input("contactPhone")}
        />
        <TextInput
          label={t("field.contactEmail")}
          description={t("form.emailHint")}
          type="email"
          inputMode="email"
          dir="ltr"
          leftSection={<IconMail size={18} aria-hidden />}
          required
          {...input("contactEmail")}
        />
      </SimpleGrid>
    </SectionCard>
  );
}
