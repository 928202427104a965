import { Alert, Button, Stack, Text, Textarea } from "@mantine/core";
import { IconEye, IconShieldLock } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useRevealReporter } from "../../api/grievances.js";
import { FactGrid } from "../../components/fact-grid.js";
import { FormModal } from "../../components/form-modal.js";
import { ModalForm } from "../../components/modal-form.js";
import { AnchorLink } from "../../components/router-links.js";
import { SaveErrorAlert } from "../../components/save-error-alert.js";
import { SectionCard } from "../../components/section-card.js";

const MIN_REASON = 10;

/**
 * The data protection officer's reveal of who signed a grievance: a reason first (kept in the audit trail), then the
 * name, phone and worker file, shown on this screen only and never stored in the browser.
 */
export function RevealReporterPanel({ grievanceId, signed }: { grievanceId: string; signed: boolean | null }) {
  const { t } = useTranslation("grievances");
  const reveal = useRevealReporter();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const tooShort = reason.trim().length < MIN_REASON;
  const revealed = reveal.data;

  return (
    <SectionCard title={t("reveal.title")} description={t("reveal.description")}>
      {signed === false ? (
        <Text size="sm">{t("reveal.anonymous")}</Text>
      ) : revealed ? (
        <Alert color="orange" variant="light" icon={<IconShieldLock aria-hidden />} role="status">
          <Stack gap="sm">
            <Text size="sm">{t("reveal.shownOnce")}</Text>
            <FactGrid
              columns={2}
              facts={[
                { label: t("reveal.name"), value: revealed.name },
                { label: t("reveal.phone"), value: <span className="ltr-text">{revealed.phone}</span> },
                {
                  label: t("reveal.worker"),
                  value: revealed.workerId ? (
                    <AnchorLink to="/staff/workers/$workerId" params={{ workerId: revealed.workerId }}>
                      {t("reveal.openFile")}
                    </AnchorLink>
                  ) : (
                    t("reveal.noFile")
                  ),
                },
                { label: t("reveal.shared"), value: revealed.sharedWithCaseworkers ? t("yes") : t("no") },
              ]}
            />
          </Stack>
        </Alert>
      ) : (
        <Button color="orange" variant="light" leftSection={<IconEye size={18} aria-hidden />} onClick={() => setAsking(true)}>
          {t("reveal.action")}
        </Button>
      )}
      <FormModal opened={asking} onClose={() => setAsking(false)} title={t("reveal.confirmTitle")} size="md">
        <ModalForm
          onSubmit={() => {
            if (!tooShort) reveal.mutate({ id: grievanceId, reason: reason.trim() }, { onSuccess: () => setAsking(false) });
          }}
          onCancel={() => setAsking(false)}
          submitLabel={t("reveal.confirm")}
          submitIcon={<IconEye size={18} aria-hidden />}
          submitColor="orange"
          submitDisabled={tooShort}
          saving={reveal.isPending}
        >
          <Text size="sm">{t("reveal.confirmMessage")}</Text>
          <Textarea
            label={t("reveal.reason")}
            description={t("reveal.reasonHint", { min: MIN_REASON })}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={1000}
            required
            data-autofocus
            dir="auto"
          />
          {reveal.isError && <SaveErrorAlert error={reveal.error} conflictMessage={t("conflict")} />}
        </ModalForm>
      </FormModal>
    </SectionCard>
  );
}
