import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import { actorOf, useMe } from "../../api/me.js";
import { BackLink } from "../../components/back-link.js";
import { WorkerExportView } from "./worker-export-view.js";

const route = getRouteApi("/staff/workers/$workerId/export");

/** A worker's copy of their data, prepared by staff or the data protection officer for a request, printable. */
export function StaffWorkerExportPage() {
  const { t } = useTranslation("privacy");
  const { workerId } = route.useParams();
  const me = useMe();
  // The data protection officer sees files only through their export: back to the privacy page, not to the file.
  const mayRead = me.data ? mayEver(actorOf(me.data), "worker.read") : false;
  return (
    <WorkerExportView
      workerId={workerId}
      title={(name) => t("export.title", { name })}
      description={t("export.description")}
      back={
        mayRead ? (
          <BackLink to="/staff/workers/$workerId" params={{ workerId }} label={t("export.backToFile")} />
        ) : (
          <BackLink to="/staff/privacy" label={t("record.title")} />
        )
      }
    />
  );
}
