import { Button, Checkbox, Group, Stack, Textarea } from "@mantine/core";
import { IconMessagePlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNoteGrievance } from "../../api/grievances.js";
import { SaveErrorAlert } from "../../components/save-error-alert.js";

/** An internal note, or a message the reporter reads when they follow the case with their code. */
export function GrievanceNoteForm({ grievanceId }: { grievanceId: string }) {
  const { t } = useTranslation("grievances");
  const note = useNoteGrievance();
  const [body, setBody] = useState("");
  const [visibleToReporter, setVisibleToReporter] = useState(false);
  const submit = () => {
    if (!body.trim()) return;
    note.mutate(
      { id: grievanceId, note: { body: body.trim(), visibleToReporter } },
      {
        onSuccess: () => {
          setBody("");
          setVisibleToReporter(false);
        },
      },
    );
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <Textarea
          label={t("note.label")}
          description={visibleToReporter ? t("note.visibleHint") : t("note.internalHint")}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={4000}
          dir="auto"
        />
        <Checkbox
          size="md"
          label={t("note.visibleToReporter")}
          checked={visibleToReporter}
          onChange={(event) => setVisibleToReporter(event.currentTarget.checked)}
        />
        {note.isError && <SaveErrorAlert error={note.error} conflictMessage={t("conflict")} />}
        <Group justify="flex-end">
          <Button type="submit" loading={note.isPending} disabled={!body.trim()} leftSection={<IconMessagePlus size={18} aria-hidden />}>
            {visibleToReporter ? t("note.send") : t("note.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
