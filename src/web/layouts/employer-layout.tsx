import { Outlet } from "@tanstack/react-router";
import { useMe } from "../api/me.js";
import { PageLoading } from "../components/page-states.js";
import { PortalShell } from "./portal-shell.js";
import { SignOutButton } from "./user-menu.js";

/** The employer portal: a farm office or a phone in the field; simple pages, one task each. */
export function EmployerLayout() {
  const me = useMe();
  return (
    <PortalShell width="md" centreName={me.data?.centreName} actions={<SignOutButton />}>
      {me.data ? <Outlet /> : <PageLoading />}
    </PortalShell>
  );
}
