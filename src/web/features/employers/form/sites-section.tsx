import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AddRowButton, FormListRow, RemoveRowButton } from "../../../components/form-rows.js";
import { SectionCard } from "../../../components/section-card.js";
import { type EmployerForm, employerFieldId } from "./employer-form-types.js";
import { newSite } from "./employer-form-values.js";
import { SiteFields } from "./site-fields.js";

const MAX_SITES = 50;

/** Where the work happens: at least one site, each with its region (offers are placed at a site). */
export function SitesSection({ form }: { form: EmployerForm }) {
  const { t } = useTranslation("employers");
  const { sites } = form.getValues();
  const sitesError = form.errors.sites;
  return (
    <SectionCard title={t("section.sitesPlain")} description={t("form.sitesHint")}>
      <Stack gap="sm" id={employerFieldId("sites")} tabIndex={-1}>
        {sites.map((site, index) => (
          <FormListRow
            key={site.key}
            remove={
              sites.length > 1 ? (
                <RemoveRowButton label={t("form.removeSite", { number: index + 1 })} onClick={() => form.removeListItem("sites", index)} />
              ) : null
            }
          >
            <SiteFields site={site} path={`sites.${index}`} inputProps={(path) => form.getInputProps(path)} fieldId={employerFieldId} />
          </FormListRow>
        ))}
        {sitesError && (
          <div role="alert" style={{ color: "var(--mantine-color-error)" }}>
            {sitesError}
          </div>
        )}
        <AddRowButton
          label={t("form.addSite")}
          onClick={() => form.insertListItem("sites", newSite())}
          disabled={sites.length >= MAX_SITES}
        />
      </Stack>
    </SectionCard>
  );
}
