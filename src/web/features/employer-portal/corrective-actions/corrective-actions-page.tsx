import { Button, Card, Group, Stack, Text, Textarea } from "@mantine/core";
import { IconChecklist, IconSend } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { mayRespond } from "../../../../core/inspections/inspection-rules.js";
import type { CorrectiveAction } from "../../../api/inspections.js";
import { useCorrectiveActionList, useRespondToCorrectiveAction } from "../../../api/inspections.js";
import { DateText } from "../../../components/date-text.js";
import { CorrectiveActionBadges } from "../../../components/inspections/inspection-badges.js";
import { EmptyState, PageError, PageLoading } from "../../../components/page-states.js";
import { PaginationBar } from "../../../components/pagination-bar.js";
import { SaveErrorAlert } from "../../../components/save-error-alert.js";
import { PortalPage } from "../portal-page.js";

const route = getRouteApi("/employer/corrective-actions");
const PAGE_SIZE = 10;

/** One thing to fix: what, by when, and the employer's answer (until the inspector has verified it). */
function ActionCard({ action }: { action: CorrectiveAction }) {
  const { t } = useTranslation("inspections");
  const respond = useRespondToCorrectiveAction();
  const [answer, setAnswer] = useState("");
  const fieldId = `answer-${action.id}`;
  const send = () => {
    if (!answer.trim()) return;
    respond.mutate({ id: action.id, response: answer.trim(), version: action.version }, { onSuccess: () => setAnswer("") });
  };
  return (
    <Card withBorder padding="md" component="li">
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap">
          <CorrectiveActionBadges action={action} />
          <Text size="sm" fw={600}>
            {t("plan.dueBy")} <DateText value={action.dueDate} format="LL" />
          </Text>
        </Group>
        <Text dir="auto" style={{ whiteSpace: "pre-wrap" }}>
          {action.description}
        </Text>
        {action.employerResponse && (
          <Text size="sm" c="dimmed" dir="auto" style={{ whiteSpace: "pre-wrap" }}>
            {t("portal.yourAnswer", { response: action.employerResponse })}
          </Text>
        )}
        {mayRespond(action.status) && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              send();
            }}
          >
            <Stack gap="xs">
              <Textarea
                id={fieldId}
                label={t(action.employerResponse ? "portal.answerAgain" : "portal.answer")}
                description={t("portal.answerHint")}
                value={answer}
                onChange={(event) => setAnswer(event.currentTarget.value)}
                autosize
                minRows={2}
                maxLength={2000}
              />
              {respond.isError && <SaveErrorAlert error={respond.error} conflictMessage={t("portal.stale")} />}
              <Group justify="flex-end">
                <Button
                  type="submit"
                  mih={48}
                  loading={respond.isPending}
                  disabled={!answer.trim()}
                  leftSection={<IconSend size={18} aria-hidden className="mirror-in-rtl" />}
                >
                  {t("portal.send")}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}

/** What the inspections asked the employer to fix, by when, with an answer for each. */
export function CorrectiveActionsPage() {
  const { t } = useTranslation("inspections");
  const { page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const actions = useCorrectiveActionList({ page, pageSize: PAGE_SIZE });
  return (
    <PortalPage title={t("portal.title")} description={t("portal.description")}>
      {actions.isPending ? (
        <PageLoading />
      ) : actions.isError ? (
        <PageError error={actions.error} onRetry={() => void actions.refetch()} />
      ) : actions.data.total === 0 ? (
        <EmptyState icon={<IconChecklist size={32} aria-hidden />} title={t("portal.empty")} description={t("portal.emptyHint")} />
      ) : (
        <Stack gap={0}>
          <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {actions.data.items.map((action) => (
              <ActionCard key={action.id} action={action} />
            ))}
          </Stack>
          <PaginationBar
            page={actions.data.page}
            pageSize={actions.data.pageSize}
            total={actions.data.total}
            onPageChange={(next) => void navigate({ search: { page: next } })}
          />
        </Stack>
      )}
    </PortalPage>
  );
}
