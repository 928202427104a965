import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCheck, IconSignature, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { VETTING_DECLARATIONS, type VettingDeclaration } from "../../../core/vetting/vetting-codes.js";
import type { VettingFile } from "../../../core/vetting/vetting-schemas.js";
import { useDeclareVetting } from "../../api/vetting.js";
import { DateText } from "../date-text.js";
import { SaveErrorAlert } from "../save-error-alert.js";
import { SectionCard } from "../section-card.js";
import { ChoiceButtons } from "./choice-buttons.js";

type Answers = Partial<Record<VettingDeclaration, boolean>>;
const asChoice = (value: boolean | undefined) => (value === undefined ? null : value ? "yes" : "no");

/** The declarations on the employer's honour, each answered yes or no, signed with the sender's name and the time. */
export function DeclarationsForm({ employerId, file, editable }: { employerId: string; file: VettingFile; editable: boolean }) {
  const { t } = useTranslation("vetting");
  const declare = useDeclareVetting(employerId);
  const [answers, setAnswers] = useState<Answers>(file.declarations);
  const [agreement, setAgreement] = useState(file.collectiveAgreement);
  const [tried, setTried] = useState(false);
  const unanswered = VETTING_DECLARATIONS.filter((code) => answers[code] === undefined);
  const agreementMissing = answers.collective_agreement_applied === true && agreement.trim() === "";

  const sign = () => {
    setTried(true);
    if (unanswered.length > 0 || agreementMissing) return;
    const declarations = Object.fromEntries(VETTING_DECLARATIONS.map((code) => [code, answers[code] === true])) as Record<
      VettingDeclaration,
      boolean
    >;
    declare.mutate(
      { input: { declarations, collectiveAgreement: declarations.collective_agreement_applied ? agreement : "" }, version: file.version },
      { onSuccess: () => notifications.show({ color: "olive", icon: <IconCheck size={18} />, message: t("declarations.saved") }) },
    );
  };

  return (
    <SectionCard
      title={t("declarations.title")}
      description={
        file.declaredAt ? (
          <>
            {t("declarations.signedBy", { name: file.declaredByName ?? t("history.someone") })}{" "}
            <DateText value={file.declaredAt} format="lll" />
          </>
        ) : (
          t("declarations.notSigned")
        )
      }
    >
      <Stack gap="lg">
        {VETTING_DECLARATIONS.map((code) => (
          <Stack key={code} gap={6}>
            <Text fw={500} id={`declaration-${code}`}>
              {t(`declaration.${code}`)}
            </Text>
            <ChoiceButtons
              label={t(`declaration.${code}`)}
              value={asChoice(answers[code])}
              disabled={!editable}
              onChange={(value) => setAnswers((current) => ({ ...current, [code]: value === "yes" }))}
              options={[
                { value: "yes", label: t("answer.yes"), icon: <IconCheck size={18} aria-hidden />, color: "olive" },
                { value: "no", label: t("answer.no"), icon: <IconX size={18} aria-hidden />, color: "red" },
              ]}
            />
            {tried && answers[code] === undefined && (
              <Text size="sm" c="red" role="alert">
                {t("declarations.answerRequired")}
              </Text>
            )}
          </Stack>
        ))}
        {answers.collective_agreement_applied === true && (
          <TextInput
            label={t("declarations.agreement")}
            description={t("declarations.agreementHint")}
            value={agreement}
            onChange={(event) => setAgreement(event.currentTarget.value)}
            maxLength={200}
            required
            disabled={!editable}
            error={tried && agreementMissing ? t("required", { ns: "errors" }) : undefined}
          />
        )}
        {declare.isError && <SaveErrorAlert error={declare.error} conflictMessage={t("conflict")} />}
        {editable && (
          <Group justify="flex-end">
            <Button size="md" leftSection={<IconSignature size={20} aria-hidden />} loading={declare.isPending} onClick={sign}>
              {t("declarations.sign")}
            </Button>
          </Group>
        )}
      </Stack>
    </SectionCard>
  );
}
