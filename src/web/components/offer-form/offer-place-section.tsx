import { Select, Stack } from "@mantine/core";
import { IconMapPin } from "@tabler/icons-react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useEmployer } from "../../api/employers.js";
import { EmployerSelect } from "../employer-select.js";
import { SectionCard } from "../section-card.js";
import { type OfferForm, offerFieldId } from "./offer-form-types.js";

/**
 * How the employer is set: chosen (a new offer by staff), fixed (an offer being edited: its employer never changes)
 * or own (the employer portal, where it is the signed-in company and is not shown).
 */
export type OfferEmployerMode = "choose" | "fixed" | "own";

/** Who offers the work and where: the site is one of that employer's own sites. */
export function OfferPlaceSection({ form, employerMode }: { form: OfferForm; employerMode: OfferEmployerMode }) {
  const { t } = useTranslation("offers");
  const { employerId, siteId } = form.getValues();
  const employer = useEmployer(employerId);
  const sites = employer.data?.sites ?? [];

  // An employer with one site has nothing to choose: the site is filled in. Filling it in is not a change of the
  // person's, so a form nobody touched yet stays "unchanged" (leaving it asks nothing).
  useEffect(() => {
    const only = employer.data?.sites.length === 1 ? employer.data.sites[0] : undefined;
    if (!only || form.getValues().siteId !== null) return;
    const untouched = !form.isDirty();
    form.setFieldValue("siteId", only.id);
    if (untouched) form.resetDirty({ ...form.getValues(), siteId: only.id });
  }, [employer.data, form]);

  return (
    <SectionCard
      title={t(employerMode === "own" ? "section.site" : "section.place")}
      description={t(employerMode === "own" ? "form.placeHintOwn" : "form.placeHint")}
    >
      <Stack gap="md">
        {employerMode !== "own" && (
          <EmployerSelect
            label={t("field.employer")}
            description={employerMode === "fixed" ? t("form.employerFixed") : undefined}
            disabled={employerMode === "fixed"}
            id={offerFieldId("employerId")}
            value={employerId}
            onChange={(next) => {
              form.setFieldValue("employerId", next);
              form.setFieldValue("siteId", null);
            }}
            error={form.getInputProps("employerId").error}
            required
          />
        )}
        <Select
          label={t("field.site")}
          description={employer.data && sites.length === 0 ? t("form.noSites") : undefined}
          placeholder={employerId ? t("form.sitePlaceholder") : t("form.chooseEmployerFirst")}
          data={sites.map((site) => ({ value: site.id, label: [site.name, site.address].filter(Boolean).join(" · ") }))}
          value={siteId}
          onChange={(next) => form.setFieldValue("siteId", next)}
          error={form.getInputProps("siteId").error}
          id={offerFieldId("siteId")}
          disabled={!employerId}
          leftSection={<IconMapPin size={18} aria-hidden />}
          required
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      </Stack>
    </SectionCard>
  );
}
