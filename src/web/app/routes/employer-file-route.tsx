import { EmployerDetailPage } from "../../features/employers/employer-detail-page.js";
import { EmployerFairWork } from "../../features/fair-work/employer-fair-work.js";
import { EmployerVetting } from "../../features/vetting/employer-vetting.js";

/** An employer's page with its vetting file: the two features meet here, in the route, and never import each other. */
export function EmployerFileRoute() {
  return (
    <EmployerDetailPage
      vetting={(employerId) => <EmployerVetting employerId={employerId} />}
      fairWork={(employerId) => <EmployerFairWork employerId={employerId} />}
    />
  );
}
