import { IconEraser, IconFileExport } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../../core/access/policy.js";
import { actorOf, useMe } from "../../../api/me.js";
import { ButtonLink } from "../../../components/router-links.js";

/** The worker's copy of their data (art. 15) and erasure (art. 17), each shown to the roles the policy allows. */
export function PrivacyActions({ workerId }: { workerId: string }) {
  const { t } = useTranslation("privacy");
  const me = useMe();
  if (!me.data) return null;
  const actor = actorOf(me.data);
  return (
    <>
      {mayEver(actor, "worker.export") && (
        <ButtonLink
          to="/staff/workers/$workerId/export"
          params={{ workerId }}
          variant="default"
          leftSection={<IconFileExport size={18} aria-hidden />}
        >
          {t("export.link")}
        </ButtonLink>
      )}
      {mayEver(actor, "worker.erase") && (
        <ButtonLink
          to="/staff/workers/$workerId/erase"
          params={{ workerId }}
          variant="default"
          color="red"
          leftSection={<IconEraser size={18} aria-hidden />}
        >
          {t("erase.link")}
        </ButtonLink>
      )}
    </>
  );
}
