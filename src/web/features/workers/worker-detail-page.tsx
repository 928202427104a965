import { Badge, Group, Tabs } from "@mantine/core";
import {
  IconCalendarCheck,
  IconFiles,
  IconHeartHandshake,
  IconId,
  IconMessageReport,
  IconPencil,
  IconShieldCheck,
} from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { permitStatus, permitValidity } from "../../../core/workers/permit-status.js";
import type { Worker } from "../../../core/workers/worker-schemas.js";
import { useWorker } from "../../api/workers.js";
import { BackLink } from "../../components/back-link.js";
import { PageHeader } from "../../components/page-header.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { PermitStatusBadge } from "../../components/permit-status-badge.js";
import { RegionName } from "../../components/region-name.js";
import { ButtonLink } from "../../components/router-links.js";
import { PrivacyActions } from "./detail/privacy-actions.js";
import { WorkerConsents } from "./detail/worker-consents.js";
import { WorkerMatches } from "./detail/worker-matches.js";
import { WorkerProfile } from "./detail/worker-profile.js";
import type { WorkerTab } from "./worker-tabs.js";

const route = getRouteApi("/staff/workers/$workerId");

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

interface WorkerDetailPageProps {
  /** The documents of the file, from the attachments feature; the route puts the two together. */
  documents?: (workerId: string) => ReactNode;
  /** The check-ins after placement, from the check-ins feature. */
  checkIns?: (workerId: string) => ReactNode;
  /** The grievances the worker shared with caseworkers, from the grievances feature. */
  grievances?: (workerId: string) => ReactNode;
}

export function WorkerDetailPage({ documents, checkIns, grievances }: WorkerDetailPageProps) {
  const { workerId } = route.useParams();
  const worker = useWorker(workerId);
  if (worker.isPending) return <PageLoading rows={10} />;
  if (worker.isError) return <PageError error={worker.error} onRetry={() => void worker.refetch()} />;
  return <WorkerFile worker={worker.data} documents={documents} checkIns={checkIns} grievances={grievances} />;
}

function WorkerFile({ worker, documents, checkIns, grievances }: { worker: Worker } & WorkerDetailPageProps) {
  const { t } = useTranslation("workers");
  const { tab = "profile" } = route.useSearch();
  const navigate = route.useNavigate();
  const name = t("fullName", { given: worker.givenName, family: worker.familyName });
  const validity = permitValidity(worker.authorisations);

  return (
    <>
      <PageHeader
        title={name}
        back={<BackLink to="/staff/workers" label={t("list.title")} />}
        description={
          <Group gap="sm" component="span" wrap="wrap">
            <span className="ltr-text">{worker.phone}</span>
            <RegionName code={worker.regionCode} />
            <PermitStatusBadge status={permitStatus(validity, todayIso())} validUntil={validity.validUntil} />
            <Badge variant="outline" color="gray">
              {t(`language.${worker.preferredLanguage}`, { ns: "codes" })}
            </Badge>
          </Group>
        }
        actions={
          <>
            <ButtonLink
              to="/staff/workers/$workerId/edit"
              params={{ workerId: worker.id }}
              leftSection={<IconPencil size={18} aria-hidden />}
            >
              {t("action.edit")}
            </ButtonLink>
            <PrivacyActions workerId={worker.id} />
          </>
        }
      />
      <Tabs
        value={tab}
        onChange={(next) => void navigate({ search: { tab: (next ?? "profile") as WorkerTab }, replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="profile" leftSection={<IconId size={18} aria-hidden />}>
            {t("tab.profile")}
          </Tabs.Tab>
          {documents && (
            <Tabs.Tab value="documents" leftSection={<IconFiles size={18} aria-hidden />}>
              {t("title", { ns: "attachments" })}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="consents" leftSection={<IconShieldCheck size={18} aria-hidden />}>
            {t("tab.consents")}
          </Tabs.Tab>
          <Tabs.Tab value="matches" leftSection={<IconHeartHandshake size={18} aria-hidden />}>
            {t("tab.matches")}
          </Tabs.Tab>
          {checkIns && (
            <Tabs.Tab value="check-ins" leftSection={<IconCalendarCheck size={18} aria-hidden />}>
              {t("tab", { ns: "checkIns" })}
            </Tabs.Tab>
          )}
          {grievances && (
            <Tabs.Tab value="grievances" leftSection={<IconMessageReport size={18} aria-hidden />}>
              {t("tab", { ns: "grievances" })}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="profile">
          <WorkerProfile worker={worker} />
        </Tabs.Panel>
        {documents && <Tabs.Panel value="documents">{documents(worker.id)}</Tabs.Panel>}
        <Tabs.Panel value="consents">
          <WorkerConsents workerId={worker.id} />
        </Tabs.Panel>
        <Tabs.Panel value="matches">
          <WorkerMatches workerId={worker.id} />
        </Tabs.Panel>
        {checkIns && <Tabs.Panel value="check-ins">{checkIns(worker.id)}</Tabs.Panel>}
        {grievances && <Tabs.Panel value="grievances">{grievances(worker.id)}</Tabs.Panel>}
      </Tabs>
    </>
  );
}
