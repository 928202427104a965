import { WorkerDocuments } from "../../features/attachments/worker-documents.js";
import { WorkerCheckIns } from "../../features/check-ins/worker-check-ins.js";
import { WorkerGrievances } from "../../features/grievances/worker-grievances.js";
import { WorkerDetailPage } from "../../features/workers/worker-detail-page.js";

/** A worker's file with its documents: the two features meet here, in the route, and never import each other. */
export function WorkerFileRoute() {
  return (
    <WorkerDetailPage
      documents={(workerId) => <WorkerDocuments workerId={workerId} />}
      checkIns={(workerId) => <WorkerCheckIns workerId={workerId} />}
      grievances={(workerId) => <WorkerGrievances workerId={workerId} />}
    />
  );
}
