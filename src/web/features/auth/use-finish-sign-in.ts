import { useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useRouter } from "@tanstack/react-router";
import { meQuery } from "../../api/me.js";
import { homeOf, safeReturnPath } from "../../components/areas.js";

const signInRoute = getRouteApi("/public/sign-in");

/** After a session starts: read who it is, then go back where they were headed, or to their area's home. */
export function useFinishSignIn() {
  const queryClient = useQueryClient();
  const router = useRouter();
  const { redirect } = signInRoute.useSearch();
  return async () => {
    const me = await queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
    if (!me) return false;
    router.history.push(safeReturnPath(redirect) ?? homeOf(me));
    return true;
  };
}
