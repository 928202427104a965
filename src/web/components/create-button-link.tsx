import { Kbd } from "@mantine/core";
import type { LinkProps } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { ButtonLink } from "./router-links.js";
import { SHORTCUT_KEYS } from "./shortcut-keys.js";

interface CreateButtonLinkProps {
  to: LinkProps["to"];
  icon: ReactNode;
  children: ReactNode;
}

/** A list page's main action, "New …", with its keyboard shortcut shown beside it. */
export function CreateButtonLink({ to, icon, children }: CreateButtonLinkProps) {
  return (
    <ButtonLink
      to={to}
      leftSection={icon}
      rightSection={
        <Kbd size="xs" visibleFrom="sm">
          {SHORTCUT_KEYS.create}
        </Kbd>
      }
    >
      {children}
    </ButtonLink>
  );
}
