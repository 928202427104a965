import { Alert, Button, Paper, PasswordInput, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle, IconCircleCheck, IconKey } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useChangePassword } from "../../api/auth.js";
import { FormErrorSummary } from "../form-error-summary.js";
import { ButtonLink } from "../router-links.js";
import { useFormProblems } from "../use-form-problems.js";
import { accountErrorMessage, passwordRefusalOf } from "./account-error.js";
import { type ChangePasswordValues, checkPasswordChange, emptyChangePassword } from "./change-password-values.js";

const fieldId = (path: string) => `change-password-${path}`;

const LABELS: Record<string, string> = {
  currentPassword: "changePassword.current",
  newPassword: "changePassword.new",
  repeatPassword: "changePassword.repeat",
};

/** The three fields, checked in the browser first; the server's refusals are shown at the field they are about. */
function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t, i18n } = useTranslation("account");
  const form = useForm<ChangePasswordValues>({ mode: "controlled", initialValues: emptyChangePassword });
  const problems = useFormProblems(form, t, i18n.language, {
    fieldIdOf: fieldId,
    labelOf: (tr, path) => (LABELS[path] ? tr(LABELS[path] ?? "", { ns: "account" }) : undefined),
  });
  const change = useChangePassword();
  // Mantine's PasswordInput marks its input invalid only with a data attribute: screen readers are told here.
  const input = (path: keyof ChangePasswordValues) => ({
    ...form.getInputProps(path),
    id: fieldId(path),
    "aria-invalid": form.errors[path] ? true : undefined,
  });
  const toggle = { "aria-label": t("password.toggle", { ns: "auth" }) };

  const submit = () => {
    const check = checkPasswordChange(form.getValues());
    if (!check.ok) {
      problems.show(check.problems);
      return;
    }
    problems.clear();
    change.mutate(check.value, {
      onSuccess: onChanged,
      onError: (error) => {
        const refusal = passwordRefusalOf(error);
        if (refusal) problems.show({ [refusal.field]: refusal.problem });
      },
    });
  };

  const otherError = change.error && !passwordRefusalOf(change.error) ? change.error : null;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md" maw={420}>
        <div ref={problems.summaryRef}>
          <FormErrorSummary problems={problems.summary} />
        </div>
        {otherError && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {accountErrorMessage(otherError, t, "changePassword.failed")}
          </Alert>
        )}
        <PasswordInput
          label={t("changePassword.current")}
          autoComplete="current-password"
          required
          visibilityToggleButtonProps={toggle}
          {...input("currentPassword")}
        />
        <PasswordInput
          label={t("changePassword.new")}
          description={t("changePassword.newHint")}
          autoComplete="new-password"
          required
          visibilityToggleButtonProps={toggle}
          {...input("newPassword")}
        />
        <PasswordInput
          label={t("changePassword.repeat")}
          autoComplete="new-password"
          required
          visibilityToggleButtonProps={toggle}
          {...input("repeatPassword")}
        />
        <Button type="submit" loading={change.isPending} leftSection={<IconKey size={20} aria-hidden />} w="fit-content">
          {t("changePassword.submit")}
        </Button>
      </Stack>
    </form>
  );
}

/** Done: said where the focus is (the form it replaces is gone), and the way back to work. */
function PasswordChanged({ home }: { home: "/staff" | "/employer" }) {
  const { t } = useTranslation("account");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Stack gap="md" align="flex-start" maw={560}>
      <Alert ref={ref} tabIndex={-1} color="olive" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
        {t("changePassword.done")}
      </Alert>
      <ButtonLink to={home} variant="default">
        {t("changePassword.backHome")}
      </ButtonLink>
    </Stack>
  );
}

/** The form, or once the password is changed, the confirmation in its place. */
export function ChangePassword({ home }: { home: "/staff" | "/employer" }) {
  const [changed, setChanged] = useState(false);
  return (
    <Paper withBorder p="lg">
      {changed ? <PasswordChanged home={home} /> : <ChangePasswordForm onChanged={() => setChanged(true)} />}
    </Paper>
  );
}
