import { Alert, Anchor, List } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface FormProblem {
  /** The id of the field to focus; absent for a problem of the whole form. */
  fieldId?: string;
  label?: string;
  message: ReactNode;
}

/**
 * Lists every problem at the top of a long form, each a link to its field: on a phone or with a screen reader
 * the first error may be far from the button that was pressed.
 */
export function FormErrorSummary({ problems }: { problems: readonly FormProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title={t("form.problems", { count: problems.length })}
      role="alert"
      tabIndex={-1}
    >
      <List spacing={4} size="sm">
        {problems.map((problem) => (
          <List.Item key={problem.fieldId ?? String(problem.message)}>
            {problem.fieldId ? (
              <Anchor
                c="red.9"
                underline="always"
                href={`#${problem.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  const field = document.getElementById(problem.fieldId ?? "");
                  field?.scrollIntoView({ block: "center", behavior: "smooth" });
                  field?.focus({ preventScroll: true });
                }}
              >
                {problem.label ? `${problem.label}: ` : null}
                {problem.message}
              </Anchor>
            ) : (
              problem.message
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
