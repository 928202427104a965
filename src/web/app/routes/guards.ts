import type { QueryClient } from "@tanstack/react-query";
import { redirect } from "@tanstack/react-router";
import { type Me, meQuery } from "../../api/me.js";
import { type Area, areaOf, homeOf } from "../../components/areas.js";

/** Sends anyone not signed in to the sign-in page, and back here afterwards. */
export async function requireSignedIn(queryClient: QueryClient, returnTo: string): Promise<Me> {
  const me = await queryClient.ensureQueryData(meQuery);
  if (!me) throw redirect({ to: "/sign-in", search: { redirect: returnTo } });
  return me;
}

/** The guard of an area: a signed-in user of another area is sent to their own home instead. */
export async function requireArea(queryClient: QueryClient, area: Area, returnTo: string): Promise<{ me: Me }> {
  const me = await requireSignedIn(queryClient, returnTo);
  if (areaOf(me.role) !== area) throw redirect({ to: homeOf(me) });
  return { me };
}
