import { Grid, Stack } from "@mantine/core";
import { mayEver } from "../../../core/access/policy.js";
import { actorOf, useMe } from "../../api/me.js";
import { useVettingFile } from "../../api/vetting.js";
import { PageError, PageLoading } from "../../components/page-states.js";
import { DeclarationsForm } from "../../components/vetting/declarations-form.js";
import { SelfAssessmentForm } from "../../components/vetting/self-assessment-form.js";
import { VettingDocuments } from "../../components/vetting/vetting-documents.js";
import { VettingHistory } from "../../components/vetting/vetting-history.js";
import { VettingSummary } from "../../components/vetting/vetting-summary.js";
import { DecisionPanel } from "./decision-panel.js";

/**
 * The "Vetting" tab of an employer's page in the staff console: where the file stands, the decision (coordinator,
 * inspector), documents to verify, the declarations and self-assessment (which staff can fill in for the employer).
 */
export function EmployerVetting({ employerId }: { employerId: string }) {
  const me = useMe();
  const file = useVettingFile(employerId);
  if (file.isPending) return <PageLoading rows={8} />;
  if (file.isError) return <PageError error={file.error} onRetry={() => void file.refetch()} />;
  const actor = me.data ? actorOf(me.data) : null;
  const mayDeclare = actor !== null && mayEver(actor, "vetting.declare");
  const mayDecide = actor !== null && mayEver(actor, "vetting.decide");
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack gap="lg">
          <VettingSummary file={file.data} />
          <VettingDocuments employerId={employerId} file={file.data} mayUpload={mayDeclare} mayVerify={mayDecide} />
          <DeclarationsForm employerId={employerId} file={file.data} editable={mayDeclare} />
          <SelfAssessmentForm employerId={employerId} file={file.data} editable={mayDeclare} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Stack gap="lg">
          {mayDecide && <DecisionPanel employerId={employerId} file={file.data} />}
          <VettingHistory history={file.data.history} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
