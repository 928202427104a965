import { createRoute, redirect } from "@tanstack/react-router";
import { z } from "zod";
import { meQuery } from "../../api/me.js";
import { homeOf, safeReturnPath } from "../../components/areas.js";
import { AboutPage } from "../../features/about/about-page.js";
import { SignInPage } from "../../features/auth/sign-in-page.js";
import { PublicLayout } from "../../layouts/public-layout.js";
import { rootRoute } from "./root-route.js";

/** "/" has no page of its own: it sends people to their area, or to sign in. */
export const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    throw redirect({ to: me ? homeOf(me) : "/sign-in" });
  },
});

export const publicLayoutRoute = createRoute({ getParentRoute: () => rootRoute, id: "public", component: PublicLayout });

export const signInRoute = createRoute({
  getParentRoute: () => publicLayoutRoute,
  path: "sign-in",
  validateSearch: z.object({ redirect: z.string().max(500).optional().catch(undefined) }),
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me) throw redirect({ to: safeReturnPath(search.redirect) ?? homeOf(me) });
  },
  component: SignInPage,
});

export const aboutRoute = createRoute({ getParentRoute: () => publicLayoutRoute, path: "about", component: AboutPage });
