import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMe } from "../../../api/me.js";
import { useVettingFile } from "../../../api/vetting.js";
import { PageError, PageLoading } from "../../../components/page-states.js";
import { DeclarationsForm } from "../../../components/vetting/declarations-form.js";
import { SelfAssessmentForm } from "../../../components/vetting/self-assessment-form.js";
import { VettingDocuments } from "../../../components/vetting/vetting-documents.js";
import { VettingHistory } from "../../../components/vetting/vetting-history.js";
import { VettingSummary } from "../../../components/vetting/vetting-summary.js";
import { PortalPage } from "../portal-page.js";

/** The employer's own vetting file: status and what is missing, documents, declarations, self-assessment, history. */
export function MyVettingPage() {
  const { t } = useTranslation("vetting");
  const me = useMe();
  const employerId = me.data?.employerId ?? "";
  return (
    <PortalPage title={t("portal.title")} description={t("portal.description")}>
      {employerId === "" ? <PageLoading rows={8} /> : <MyVettingFile employerId={employerId} />}
    </PortalPage>
  );
}

function MyVettingFile({ employerId }: { employerId: string }) {
  const file = useVettingFile(employerId);
  if (file.isPending) return <PageLoading rows={8} />;
  if (file.isError) return <PageError error={file.error} onRetry={() => void file.refetch()} />;
  return (
    <Stack gap="lg">
      <VettingSummary file={file.data} />
      <VettingDocuments employerId={employerId} file={file.data} mayUpload mayVerify={false} />
      <DeclarationsForm employerId={employerId} file={file.data} editable />
      <SelfAssessmentForm employerId={employerId} file={file.data} editable />
      <VettingHistory history={file.data.history} />
    </Stack>
  );
}
