import { Avatar, Button, Menu, Text } from "@mantine/core";
import { IconChevronDown, IconKey, IconLogout, IconShieldLock } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { type Me, useSignOut } from "../api/me.js";

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");
}

/** Who is signed in, in which role, and the way out. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const leave = () => signOut.mutate(undefined, { onSettled: () => void navigate({ to: "/sign-in" }) });
  return (
    <Menu position="bottom-end" shadow="md" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          leftSection={
            <Avatar size={28} color="olive" radius="xl">
              {initialsOf(me.name)}
            </Avatar>
          }
          rightSection={<IconChevronDown size={16} aria-hidden />}
          aria-label={t("user.menu", { name: me.name })}
        >
          <Text span size="sm" visibleFrom="sm" maw={160} truncate>
            {me.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t("user.signedInAs", { role: t(`role.${me.role}`, { ns: "codes" }) })}</Menu.Label>
        <Menu.Item
          leftSection={<IconShieldLock size={18} aria-hidden />}
          onClick={() => void navigate({ to: "/staff/account/two-step" })}
          mih={44}
        >
          {t("user.twoStep")}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconKey size={18} aria-hidden />}
          onClick={() => void navigate({ to: "/staff/account/password" })}
          mih={44}
        >
          {t("user.changePassword")}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={18} aria-hidden />} onClick={leave} mih={44}>
          {t("action.signOut")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** A plain, always visible sign-out button for the portals: no menu to discover on a small phone. */
export function SignOutButton({ size = "md" }: { size?: "md" | "lg" }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <Button
      variant="default"
      size={size}
      leftSection={<IconLogout size={20} aria-hidden />}
      loading={signOut.isPending}
      onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate({ to: "/sign-in" }) })}
    >
      {t("action.signOut")}
    </Button>
  );
}
