import { Outlet } from "@tanstack/react-router";
import { useMe } from "../api/me.js";
import { PageLoading } from "../components/page-states.js";
import { PortalShell } from "./portal-shell.js";
import { SignOutButton } from "./user-menu.js";

/** The worker portal: phone-first, large text and buttons, one thing at a time. */
export function WorkerLayout() {
  const me = useMe();
  return (
    <PortalShell width="xs" large centreName={me.data?.centreName} actions={<SignOutButton size="lg" />}>
      {me.data ? <Outlet /> : <PageLoading />}
    </PortalShell>
  );
}
