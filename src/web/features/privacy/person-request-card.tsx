import { Group, TextInput } from "@mantine/core";
import { IconEraser, IconFileExport } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../../core/access/policy.js";
import { uuid } from "../../../core/shared/primitives.js";
import { actorOf, useMe } from "../../api/me.js";
import { ButtonLink } from "../../components/router-links.js";
import { SectionCard } from "../../components/section-card.js";

/**
 * Where the data protection officer answers a person's request: they see a file only through its export, so they
 * open the copy or the erasure by the file reference the person gives (printed on their copy of their data).
 */
export function PersonRequestCard() {
  const { t } = useTranslation("privacy");
  const me = useMe();
  const [reference, setReference] = useState("");
  if (!me.data) return null;
  const actor = actorOf(me.data);
  const mayExport = mayEver(actor, "worker.export");
  const mayErase = mayEver(actor, "worker.erase");
  if (!mayExport && !mayErase) return null;
  const workerId = reference.trim().toLowerCase();
  const valid = uuid.safeParse(workerId).success;
  return (
    <SectionCard title={t("request.title")} description={t("request.description")}>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t("request.reference")}
          value={reference}
          onChange={(event) => setReference(event.currentTarget.value)}
          error={reference.trim() !== "" && !valid ? t("request.invalid") : undefined}
          className="ltr-text"
          w={360}
          autoComplete="off"
        />
        {mayExport && (
          <ButtonLink
            to="/staff/workers/$workerId/export"
            params={{ workerId }}
            disabled={!valid}
            variant="default"
            leftSection={<IconFileExport size={18} aria-hidden />}
          >
            {t("export.link")}
          </ButtonLink>
        )}
        {mayErase && (
          <ButtonLink
            to="/staff/workers/$workerId/erase"
            params={{ workerId }}
            disabled={!valid}
            variant="default"
            color="red"
            leftSection={<IconEraser size={18} aria-hidden />}
          >
            {t("erase.link")}
          </ButtonLink>
        )}
      </Group>
    </SectionCard>
  );
}
