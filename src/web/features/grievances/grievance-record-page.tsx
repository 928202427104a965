import {
  Alert,
  Button,
  Checkbox,
  Chip,
  Group,
  Input,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconArrowRight, IconDeviceFloppy, IconKey, IconPhonePlus, IconUser } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import { GRIEVANCE_CATEGORIES, type GrievanceCategory } from "../../../core/grievances/grievance-codes.js";
import type { GrievanceRecorded } from "../../../core/grievances/grievance-schemas.js";
import { type GrievanceRecordInput, STAFF_RECORD_CHANNELS } from "../../../core/grievances/grievance-schemas.js";
import { SPOKEN_LANGUAGES, type SpokenLanguage } from "../../../core/reference/codes.js";
import { isApiError } from "../../api/api-error.js";
import { useRecordGrievance } from "../../api/grievances.js";
import { actorOf, useMe } from "../../api/me.js";
import { useWorkerList } from "../../api/workers.js";
import { BackLink } from "../../components/back-link.js";
import { codeOptions } from "../../components/code-options.js";
import { EmployerSelect } from "../../components/employer-select.js";
import { PageHeader } from "../../components/page-header.js";
import { ButtonLink } from "../../components/router-links.js";
import { SaveErrorAlert } from "../../components/save-error-alert.js";
import { SectionCard } from "../../components/section-card.js";

type Channel = (typeof STAFF_RECORD_CHANNELS)[number];

/** A grievance taken down on the phone or in person; the follow-up code is shown once, to read out to the reporter. */
export function GrievanceRecordPage() {
  const { t } = useTranslation("grievances");
  const [recorded, setRecorded] = useState<GrievanceRecorded | null>(null);
  return (
    <>
      <PageHeader
        title={t("record.title")}
        description={t("record.description")}
        back={<BackLink to="/staff/grievances" label={t("list.title")} />}
      />
      {recorded ? <RecordedCode recorded={recorded} onAnother={() => setRecorded(null)} /> : <RecordForm onRecorded={setRecorded} />}
    </>
  );
}

function RecordedCode({ recorded, onAnother }: { recorded: GrievanceRecorded; onAnother: () => void }) {
  const { t } = useTranslation("grievances");
  return (
    <SectionCard title={t("record.doneTitle", { reference: recorded.reference })}>
      <Alert color="teal" variant="light" icon={<IconKey aria-hidden />} role="status">
        <Stack gap="sm">
          <Text>{t("record.codeHint")}</Text>
          <Title order={2} className="ltr-text" ff="monospace" style={{ letterSpacing: "0.15em" }} aria-label={t("record.codeLabel")}>
            {recorded.followUpCode}
          </Title>
          <Text size="sm" c="dimmed">
            {t("record.codeOnce")}
          </Text>
        </Stack>
      </Alert>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" leftSection={<IconPhonePlus size={18} aria-hidden />} onClick={onAnother}>
          {t("record.another")}
        </Button>
        <ButtonLink
          to="/staff/grievances/$grievanceId"
          params={{ grievanceId: recorded.id }}
          leftSection={<IconArrowRight size={18} aria-hidden />}
        >
          {t("record.open")}
        </ButtonLink>
      </Group>
    </SectionCard>
  );
}

function RecordForm({ onRecorded }: { onRecorded: (recorded: GrievanceRecorded) => void }) {
  const { t } = useTranslation("grievances");
  const me = useMe();
  const mayPickWorker = me.data ? mayEver(actorOf(me.data), "worker.list") : false;
  const record = useRecordGrievance();
  const [channel, setChannel] = useState<Channel>("phone");
  const [language, setLanguage] = useState<SpokenLanguage>((me.data?.locale ?? "en") as SpokenLanguage);
  const [categories, setCategories] = useState<GrievanceCategory[]>([]);
  const [description, setDescription] = useState("");
  const [employerId, setEmployerId] = useState<string | null>(null);
  const [workplaceGiven, setWorkplaceGiven] = useState("");
  const [signed, setSigned] = useState(false);
  const [workerId, setWorkerId] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [shared, setShared] = useState(false);
  const problems = isApiError(record.error) ? record.error.details : [];
  const fieldError = (...path: string[]) => {
    const found = problems.find((problem) => problem.path.join(".") === path.join("."));
    return found ? t(found.message, { ns: "errors", ...(found.params ?? {}) }) : undefined;
  };
  const ready = categories.length > 0 && description.trim() !== "" && (!signed || (name.trim() !== "" && phone.trim() !== ""));

  const submit = () => {
    if (!ready) return;
    const input: GrievanceRecordInput = {
      channel,
      language,
      categories,
      description: description.trim(),
      employerId,
      workplaceGiven: workplaceGiven.trim(),
      reporter: signed ? { workerId, name: name.trim(), phone: phone.replace(/\s+/g, ""), sharedWithCaseworkers: shared } : null,
    };
    record.mutate(input, { onSuccess: onRecorded });
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      noValidate
    >
      <Stack gap="lg">
        <SectionCard title={t("record.what")}>
          <Group gap="md" align="flex-end" wrap="wrap">
            <Input.Wrapper label={t("record.channel")}>
              <SegmentedControl
                display="flex"
                value={channel}
                onChange={(value) => setChannel(value as Channel)}
                data={STAFF_RECORD_CHANNELS.map((code) => ({ value: code, label: t(`channel.${code}`, { ns: "grievanceCodes" }) }))}
              />
            </Input.Wrapper>
            <Select
              label={t("record.language")}
              data={codeOptions(t, "language", SPOKEN_LANGUAGES)}
              value={language}
              onChange={(value) => setLanguage((value ?? "en") as SpokenLanguage)}
              searchable
              allowDeselect={false}
            />
          </Group>
          <Input.Wrapper label={t("record.categories")} description={t("record.categoriesHint")} error={fieldError("categories")} required>
            <Chip.Group multiple value={categories} onChange={(value) => setCategories(value as GrievanceCategory[])}>
              <Group gap="xs" mt="xs">
                {GRIEVANCE_CATEGORIES.map((code) => (
                  <Chip key={code} value={code} size="md">
                    {t(`category.${code}`, { ns: "grievanceCodes" })}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Input.Wrapper>
          <Textarea
            label={t("record.whatHappened")}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            autosize
            minRows={5}
            maxLength={4000}
            required
            error={fieldError("description")}
            dir="auto"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <EmployerSelect label={t("record.employer")} value={employerId} onChange={setEmployerId} error={fieldError("employerId")} />
            <TextInput
              label={t("record.workplace")}
              description={t("record.workplaceHint")}
              value={workplaceGiven}
              onChange={(event) => setWorkplaceGiven(event.currentTarget.value)}
              maxLength={200}
            />
          </SimpleGrid>
        </SectionCard>
        <SectionCard title={t("record.who")} description={t("record.whoHint")}>
          <Switch size="md" label={t("record.signed")} checked={signed} onChange={(event) => setSigned(event.currentTarget.checked)} />
          {signed && (
            <Stack gap="md">
              {mayPickWorker && (
                <WorkerPicker
                  value={workerId}
                  onPick={(picked) => {
                    setWorkerId(picked?.id ?? null);
                    if (picked) {
                      setName(picked.name);
                      setPhone(picked.phone);
                    }
                  }}
                />
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  label={t("record.name")}
                  value={name}
                  onChange={(event) => setName(event.currentTarget.value)}
                  required
                  maxLength={100}
                  error={fieldError("reporter", "name")}
                />
                <TextInput
                  label={t("record.phone")}
                  value={phone}
                  onChange={(event) => setPhone(event.currentTarget.value)}
                  required
                  type="tel"
                  className="ltr-text"
                  error={fieldError("reporter", "phone")}
                />
              </SimpleGrid>
              <Checkbox
                size="md"
                label={t("record.shared")}
                checked={shared}
                onChange={(event) => setShared(event.currentTarget.checked)}
              />
            </Stack>
          )}
        </SectionCard>
        {record.isError && problems.length === 0 && <SaveErrorAlert error={record.error} conflictMessage={t("conflict")} />}
        <Group justify="flex-end">
          <Button
            type="submit"
            size="md"
            loading={record.isPending}
            disabled={!ready}
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
          >
            {t("record.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Searches the centre's workers (only for roles that may list them) and hands back the one picked. */
function WorkerPicker({
  value,
  onPick,
}: {
  value: string | null;
  onPick: (worker: { id: string; name: string; phone: string } | null) => void;
}) {
  const { t } = useTranslation("grievances");
  const [workerSearch, setWorkerSearch] = useState("");
  const [debounced] = useDebouncedValue(workerSearch.trim(), 250);
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  // While the box shows the chosen worker, the list searches everything rather than that very label.
  const query = debounced && debounced !== picked?.label ? debounced : undefined;
  const workers = useWorkerList({ q: query, page: 1, pageSize: 20 });
  const options = (workers.data?.items ?? []).map((worker) => ({
    value: worker.id,
    label: `${worker.givenName} ${worker.familyName} · ${worker.phone}`,
  }));
  if (picked && !options.some((option) => option.value === picked.value)) options.unshift(picked);
  return (
    <Select
      label={t("record.worker")}
      description={t("record.workerHint")}
      placeholder={t("record.workerSearch")}
      leftSection={<IconUser size={18} aria-hidden />}
      data={options}
      value={value}
      onChange={(id, option) => {
        const worker = workers.data?.items.find((item) => item.id === id);
        setPicked(id && option ? { value: id, label: option.label } : null);
        if (!id) onPick(null);
        else if (worker) onPick({ id: worker.id, name: `${worker.givenName} ${worker.familyName}`, phone: worker.phone });
      }}
      searchValue={workerSearch}
      onSearchChange={setWorkerSearch}
      filter={({ options }) => options}
      searchable
      clearable
      nothingFoundMessage={t("record.noWorker")}
    />
  );
}
