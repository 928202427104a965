import { useTranslation } from "react-i18next";
import { useMe } from "../../api/me.js";
import { BackLink } from "../../components/back-link.js";
import { PageLoading } from "../../components/page-states.js";
import { WorkerExportView } from "./worker-export-view.js";

/** In the worker portal: everything the centre holds about me, to print or download. */
export function MyDataPage() {
  const { t } = useTranslation("privacy");
  const me = useMe();
  if (!me.data?.workerId) return <PageLoading />;
  return (
    <WorkerExportView
      workerId={me.data.workerId}
      title={() => t("export.myTitle")}
      description={t("export.myDescription")}
      back={<BackLink to="/me" label={t("export.backHome")} />}
    />
  );
}
