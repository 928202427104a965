import { SimpleGrid, Text, UnstyledButton } from "@mantine/core";
import {
  type Icon,
  IconBriefcase,
  IconBuildingWarehouse,
  IconChecklist,
  IconHome,
  IconScale,
  IconShieldCheck,
  IconUsers,
} from "@tabler/icons-react";
import { createLink, type LinkComponent, useRouterState } from "@tanstack/react-router";
import type { AnchorHTMLAttributes, Ref } from "react";
import { useTranslation } from "react-i18next";

interface TileAnchorProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  icon: Icon;
  label: string;
  active: boolean;
  ref?: Ref<HTMLAnchorElement>;
}

/** A big square target with the icon over its label: easy to hit with a thumb, readable on a narrow phone. */
function TileAnchor({ icon: TileIcon, label, active, ref, ...props }: TileAnchorProps) {
  return (
    <UnstyledButton
      component="a"
      ref={ref}
      {...props}
      aria-current={active ? "page" : undefined}
      p="xs"
      mih={64}
      style={{
        display: "flex",
        flexDirection: "column",
        alignItems: "center",
        justifyContent: "center",
        gap: 4,
        borderRadius: "var(--mantine-radius-md)",
        background: active ? "var(--mantine-color-olive-light)" : "var(--mantine-color-white)",
        color: active ? "var(--mantine-color-olive-8)" : "var(--mantine-color-dark-6)",
        border: `1px solid ${active ? "var(--mantine-color-olive-3)" : "var(--mantine-color-gray-3)"}`,
      }}
    >
      <TileIcon size={24} aria-hidden />
      <Text size="sm" fw={active ? 700 : 500} ta="center" lh={1.2}>
        {label}
      </Text>
    </UnstyledButton>
  );
}

const TileLink: LinkComponent<typeof TileAnchor> = createLink(TileAnchor);

const ITEMS = [
  { to: "/employer", labelKey: "nav.home", icon: IconHome },
  { to: "/employer/offers", labelKey: "nav.offers", icon: IconBriefcase },
  { to: "/employer/candidates", labelKey: "nav.candidates", icon: IconUsers },
  { to: "/employer/company", labelKey: "nav.company", icon: IconBuildingWarehouse },
  { to: "/employer/vetting", labelKey: "vetting:portal.nav", icon: IconShieldCheck },
  { to: "/employer/corrective-actions", labelKey: "inspections:portal.nav", icon: IconChecklist },
  { to: "/employer/compliance", labelKey: "fairWork:portal.nav", icon: IconScale },
] as const;

function isActive(to: string, pathname: string): boolean {
  const path = pathname.replace(/\/$/, "");
  return to === "/employer" ? path === "/employer" : path === to || path.startsWith(`${to}/`);
}

/** The portal's four places, always at the top: the employer is never more than one tap from any of them. */
export function PortalNav() {
  const { t } = useTranslation("employerPortal");
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <SimpleGrid component="nav" aria-label={t("nav.label")} cols={{ base: 3, sm: ITEMS.length }} spacing="xs" mb="lg">
      {ITEMS.map((item) => (
        <TileLink key={item.to} to={item.to} icon={item.icon} label={t(item.labelKey)} active={isActive(item.to, pathname)} />
      ))}
    </SimpleGrid>
  );
}
