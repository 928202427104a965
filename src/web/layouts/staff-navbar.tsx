import { NavLink, Stack } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useRouter, useRouterState } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { mayEver } from "../../core/access/policy.js";
import { actorOf, type Me } from "../api/me.js";
import { STAFF_NAV, type StaffNavItem } from "./staff-nav.js";

function isActive(item: StaffNavItem, pathname: string): boolean {
  const path = pathname.replace(/\/$/, "") || "/";
  return item.exact ? path === item.to : path === item.to || path.startsWith(`${item.to}/`);
}

/**
 * The console's navigation. Items are plain paths (not typed router links) because some areas' routes are added
 * by other parts of the app; the router still handles every click without a page load.
 */
export function StaffNavbar({ me, onNavigate }: { me: Me; onNavigate: () => void }) {
  const { t } = useTranslation();
  const router = useRouter();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const actor = actorOf(me);

  const open = (to: string) => (event: React.MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    router.history.push(to);
    onNavigate();
  };

  return (
    <Stack component="nav" aria-label={t("nav.label")} gap={4} h="100%" justify="space-between">
      <Stack gap={4}>
        {STAFF_NAV.filter((item) => mayEver(actor, item.action)).map((item) => (
          <NavLink
            key={item.to}
            href={item.to}
            onClick={open(item.to)}
            label={t(item.labelKey)}
            leftSection={<item.icon size={20} aria-hidden />}
            active={isActive(item, pathname)}
            aria-current={isActive(item, pathname) ? "page" : undefined}
            variant="light"
            mih={44}
            style={{ borderRadius: "var(--mantine-radius-md)" }}
          />
        ))}
      </Stack>
      <NavLink
        href="/about"
        onClick={open("/about")}
        label={t("nav.about")}
        leftSection={<IconInfoCircle size={20} aria-hidden />}
        mih={44}
        style={{ borderRadius: "var(--mantine-radius-md)" }}
      />
    </Stack>
  );
}
