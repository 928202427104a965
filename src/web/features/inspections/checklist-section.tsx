import { Button, Card, Group, Stack, Text, Textarea } from "@mantine/core";
import { IconAlertTriangle, IconCheck, IconMinus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CHECKLIST_RESULTS, type ChecklistItem } from "../../../core/inspections/inspection-codes.js";
import type { InspectionDetail } from "../../api/inspections.js";
import { useUpdateInspection } from "../../api/inspections.js";
import { SaveErrorAlert } from "../../components/save-error-alert.js";
import { SectionCard } from "../../components/section-card.js";

type Result = (typeof CHECKLIST_RESULTS)[number];
type Entry = InspectionDetail["checklist"][number];

const RESULT_LOOK: Record<Result, { colour: string; icon: typeof IconCheck }> = {
  ok: { colour: "green", icon: IconCheck },
  issue: { colour: "red", icon: IconAlertTriangle },
  not_applicable: { colour: "gray", icon: IconMinus },
};

interface ChecklistCardProps {
  entry: Entry;
  number: number;
  total: number;
  editable: boolean;
  saving: boolean;
  onSave: (item: ChecklistItem, answer: { result: Result; note: string }) => void;
}

/** One item per card: three big buttons and a note, made for a thumb at the farm. */
function ChecklistCard({ entry, number, total, editable, saving, onSave }: ChecklistCardProps) {
  const { t } = useTranslation("inspections");
  const [note, setNote] = useState(entry.note ?? "");
  const labelId = `checklist-${entry.item}`;
  const noteChanged = note.trim() !== (entry.note ?? "");
  return (
    <Card withBorder padding="md" component="li" aria-labelledby={labelId}>
      <Stack gap="sm">
        <Text size="xs" c="dimmed" tt="uppercase">
          {t("checklist.itemOf", { number, total })}
        </Text>
        <Text fw={600} id={labelId}>
          {t(`item.${entry.item}`)}
        </Text>
        <Text size="sm" c="dimmed">
          {t(`itemHint.${entry.item}`)}
        </Text>
        <Group gap="xs" grow role="group" aria-labelledby={labelId}>
          {CHECKLIST_RESULTS.map((result) => {
            const { colour, icon: ResultIcon } = RESULT_LOOK[result];
            const chosen = entry.result === result;
            return (
              <Button
                key={result}
                mih={52}
                color={colour}
                variant={chosen ? "filled" : "outline"}
                aria-pressed={chosen}
                disabled={!editable || saving}
                leftSection={<ResultIcon size={20} aria-hidden />}
                onClick={() => onSave(entry.item, { result, note: note.trim() })}
              >
                {t(`result.${result}`)}
              </Button>
            );
          })}
        </Group>
        <Textarea
          label={t("checklist.note")}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          onBlur={() => {
            if (noteChanged && entry.result) onSave(entry.item, { result: entry.result, note: note.trim() });
          }}
          disabled={!editable}
          autosize
          minRows={1}
          maxLength={2000}
          description={entry.result ? undefined : t("checklist.noteAfterAnswer")}
        />
      </Stack>
    </Card>
  );
}

/** The checklist of the visit; each answer is saved at once (starting a planned visit). */
export function ChecklistSection({ visit }: { visit: InspectionDetail }) {
  const { t } = useTranslation("inspections");
  const update = useUpdateInspection(visit.id);
  const editable = visit.status === "planned" || visit.status === "in_progress";
  const answered = visit.checklist.filter((entry) => entry.result !== null).length;
  const save = (item: ChecklistItem, answer: { result: Result; note: string }) =>
    update.mutate({ patch: { checklist: { [item]: answer } }, version: visit.version });
  return (
    <SectionCard title={t("checklist.title")} description={t("checklist.progress", { answered, total: visit.checklist.length })}>
      {update.isError && <SaveErrorAlert error={update.error} conflictMessage={t("staleVisit")} />}
      <Stack gap="sm" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {visit.checklist.map((entry, index) => (
          <ChecklistCard
            key={entry.item}
            entry={entry}
            number={index + 1}
            total={visit.checklist.length}
            editable={editable}
            saving={update.isPending}
            onSave={save}
          />
        ))}
      </Stack>
    </SectionCard>
  );
}
