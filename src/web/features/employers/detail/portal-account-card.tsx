import { Alert, Button, Stack, Text } from "@mantine/core";
import { IconAlertCircle, IconKey } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessageKey } from "../../../api/api-error.js";
import { type Employer, type EmployerAccountCreated, useCreateEmployerAccount } from "../../../api/employers.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { fieldDetailsOf, problemsFromApi, translateProblem } from "../../../components/form-problems.js";
import { SectionCard } from "../../../components/section-card.js";
import { TemporaryPasswordModal } from "./temporary-password-modal.js";

/** Opens the employer's own sign-in to the portal, for the contact e-mail, with a password shown once. */
export function PortalAccountCard({ employer }: { employer: Employer }) {
  const { t } = useTranslation("employers");
  const create = useCreateEmployerAccount(employer.id);
  const [confirming, setConfirming] = useState(false);
  const [account, setAccount] = useState<EmployerAccountCreated | null>(null);
  const fieldProblem = Object.values(problemsFromApi(fieldDetailsOf(create.error)))[0];

  return (
    <SectionCard title={t("account.title")} description={t("account.description")}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t("account.forEmail", { email: employer.contactEmail })}</Text>
        {create.error && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert" w="100%">
            {fieldProblem ? translateProblem(t, fieldProblem) : t(errorMessageKey(create.error), { ns: "errors" })}
          </Alert>
        )}
        <Button leftSection={<IconKey size={18} aria-hidden />} onClick={() => setConfirming(true)} loading={create.isPending}>
          {t("account.create")}
        </Button>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t("account.confirmTitle", { name: employer.legalName })}
        message={t("account.confirmMessage", { email: employer.contactEmail, name: employer.contactName })}
        confirmLabel={t("account.create")}
        confirmIcon={<IconKey size={18} aria-hidden />}
        loading={create.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          create.mutate(undefined, {
            onSuccess: (created) => {
              setConfirming(false);
              setAccount(created);
            },
            onError: () => setConfirming(false),
          })
        }
      />
      <TemporaryPasswordModal
        account={account}
        contactName={employer.contactName}
        onClose={() => {
          // The password leaves memory with the dialog: nothing keeps it after this.
          setAccount(null);
          create.reset();
        }}
      />
    </SectionCard>
  );
}
