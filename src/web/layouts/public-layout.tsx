import { Outlet } from "@tanstack/react-router";
import { PortalShell } from "./portal-shell.js";

/** Sign-in and About: open to everyone, the language picker first. */
export function PublicLayout() {
  return (
    <PortalShell width="sm">
      <Outlet />
    </PortalShell>
  );
}
