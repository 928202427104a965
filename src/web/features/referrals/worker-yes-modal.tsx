import { Radio, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Referral, useMoveReferral } from "../../api/referrals.js";
import { FormModal } from "../../components/form-modal.js";
import { ModalForm } from "../../components/modal-form.js";
import { REFERRAL_STAGE_LOOK } from "../../components/referral-stage-badge.js";
import { refusalMessage } from "../../components/refusal-message.js";

const CONSENT_METHODS = ["in_person", "phone"] as const;
type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** Staff record a worker's yes to a proposal, and how the worker said it: that is the consent on file. */
export function WorkerYesModal({ referral, onClose, onDone }: { referral: Referral; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation("referrals");
  const move = useMoveReferral();
  const [method, setMethod] = useState<ConsentMethod | null>(null);
  const names = { name: referral.workerName, employer: referral.employerName, title: referral.offerTitle };
  const { Icon } = REFERRAL_STAGE_LOOK.referred;
  return (
    <FormModal opened onClose={onClose} title={t("move.confirm.referred.title", names)}>
      <ModalForm
        onCancel={onClose}
        onSubmit={() => method && move.mutate({ referral, move: { to: "referred", consentMethod: method } }, { onSuccess: onDone })}
        submitLabel={t("move.confirm.referred.action")}
        submitIcon={<Icon size={18} aria-hidden />}
        submitDisabled={method === null}
        saving={move.isPending}
      >
        <Stack gap="md">
          <Text>{t("move.confirm.referred.message", names)}</Text>
          <Radio.Group label={t("move.consentMethod")} value={method} onChange={(value) => setMethod(value as ConsentMethod)} withAsterisk>
            <Stack gap="xs" mt="xs">
              {CONSENT_METHODS.map((value) => (
                <Radio key={value} value={value} label={t(`consentMethod.${value}`, { ns: "codes" })} />
              ))}
            </Stack>
          </Radio.Group>
          {move.error && (
            <Text c="red.8" role="alert">
              {refusalMessage(t, move.error)}
            </Text>
          )}
        </Stack>
      </ModalForm>
    </FormModal>
  );
}
