import { Alert, Checkbox, Group, Radio, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertTriangle, IconBan, IconCheck, IconPhone, IconSend, IconUser, IconUserShare } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCreateReferral } from "../../api/referrals.js";
import { FormModal } from "../../components/form-modal.js";
import { MatchReasons, useReasonLabels } from "../../components/match-reasons.js";
import { ModalForm } from "../../components/modal-form.js";
import { refusalMessage } from "../../components/refusal-message.js";
import { reasonsFromNotEligible } from "./not-eligible.js";

export type PutForwardMode = "propose" | "refer";
const CONSENT_METHODS = ["in_person", "phone"] as const;
type ConsentMethod = (typeof CONSENT_METHODS)[number];

export interface PutForwardTarget {
  mode: PutForwardMode;
  workerId: string;
  workerName: string;
}

interface PutForwardDialogProps {
  target: PutForwardTarget | null;
  offer: { id: string; title: string; employerName: string };
  onClose: () => void;
}

/**
 * Puts a worker forward, always with their consent: "propose" asks the worker in their portal (the employer sees
 * nothing until they accept); "refer" is allowed only after the caseworker says how the worker agreed and
 * confirms it, and that consent is recorded with the referral.
 */
export function PutForwardDialog({ target, offer, onClose }: PutForwardDialogProps) {
  const { t } = useTranslation("referrals");
  const create = useCreateReferral();
  const [method, setMethod] = useState<ConsentMethod | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [note, setNote] = useState("");
  const [tried, setTried] = useState(false);
  const excluded = reasonsFromNotEligible(create.error);
  const labels = useReasonLabels(excluded);

  const close = () => {
    setMethod(null);
    setConfirmed(false);
    setNote("");
    setTried(false);
    create.reset();
    onClose();
  };

  if (!target) return null;
  const refer = target.mode === "refer";
  const names = { name: target.workerName, employer: offer.employerName, title: offer.title };
  const methodError = refer && tried && !method ? t("consentRequired", { ns: "errors" }) : undefined;
  const confirmError = refer && tried && !confirmed ? t("putForward.confirmRequired") : undefined;

  const submit = () => {
    setTried(true);
    if (refer && (!method || !confirmed)) return;
    create.mutate(
      {
        offerId: offer.id,
        workerId: target.workerId,
        mode: target.mode,
        consentMethod: refer ? (method ?? undefined) : undefined,
        note: note.trim() || undefined,
      },
      {
        onSuccess: () => {
          notifications.show({
            color: "olive",
            icon: <IconCheck size={18} aria-hidden />,
            message: t(refer ? "putForward.referred" : "putForward.proposed", names),
          });
          close();
        },
      },
    );
  };

  return (
    <FormModal opened onClose={close} title={t(refer ? "putForward.referTitle" : "putForward.proposeTitle", names)}>
      <ModalForm
        onSubmit={submit}
        onCancel={close}
        submitLabel={t(refer ? "candidates.refer" : "candidates.propose")}
        submitIcon={refer ? <IconUserShare size={18} aria-hidden /> : <IconSend size={18} aria-hidden className="mirror-in-rtl" />}
        submitDisabled={excluded.length > 0}
        saving={create.isPending}
      >
        <Text>{t(refer ? "putForward.referExplain" : "putForward.proposeExplain", names)}</Text>
        {refer && (
          <>
            <Radio.Group
              label={t("putForward.methodLabel", names)}
              value={method}
              onChange={(value) => setMethod(value as ConsentMethod)}
              error={methodError}
              withAsterisk
            >
              <Group gap="lg" mt="xs">
                {CONSENT_METHODS.map((value) => (
                  <Radio
                    key={value}
                    value={value}
                    size="md"
                    label={
                      <Group gap={6} component="span" wrap="nowrap">
                        {value === "phone" ? <IconPhone size={18} aria-hidden /> : <IconUser size={18} aria-hidden />}
                        {t(`consentMethod.${value}`, { ns: "codes" })}
                      </Group>
                    }
                  />
                ))}
              </Group>
            </Radio.Group>
            <Checkbox
              checked={confirmed}
              onChange={(event) => setConfirmed(event.currentTarget.checked)}
              label={t("putForward.confirmLabel", names)}
              error={confirmError}
            />
          </>
        )}
        <Textarea
          label={t("putForward.note")}
          description={t(refer ? "putForward.noteHintRefer" : "putForward.noteHintPropose")}
          maxLength={1000}
          autosize
          minRows={2}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        {create.isError &&
          (excluded.length > 0 ? (
            <Alert color="red" variant="light" icon={<IconBan aria-hidden />} title={t("putForward.notEligibleTitle", names)} role="alert">
              <MatchReasons reasons={excluded} labels={labels} />
            </Alert>
          ) : (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {refusalMessage(t, create.error)}
            </Alert>
          ))}
      </ModalForm>
    </FormModal>
  );
}
