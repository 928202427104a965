import { IconArrowBack } from "@tabler/icons-react";
import { ButtonLink } from "../../components/router-links.js";

/** The way back up in the worker portal: a large link at the top of the page. */
export function BackButton({ to, label }: { to: "/me" | "/me/reports"; label: string }) {
  return (
    <ButtonLink
      to={to}
      size="lg"
      variant="subtle"
      leftSection={<IconArrowBack size={24} aria-hidden />}
      style={{ alignSelf: "flex-start" }}
    >
      {label}
    </ButtonLink>
  );
}
