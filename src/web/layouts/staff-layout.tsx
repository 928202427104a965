import { AppShell, Burger, Group } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Outlet } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/me.js";
import { CreditsFooter } from "../components/credits-footer.js";
import { LanguagePicker } from "../components/language-picker.js";
import { PageLoading } from "../components/page-states.js";
import { Brand } from "./brand.js";
import { KeyboardShortcuts } from "./keyboard-shortcuts.js";
import { StaffNavbar } from "./staff-navbar.js";
import { UserMenu } from "./user-menu.js";

/** The staff console: navigation on the side (a drawer on phones), the centre and the user on top. */
export function StaffLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  // The route guard has loaded the user; this only covers the moment after a sign-out.
  if (!me.data) return <PageLoading />;
  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !navOpened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t(navOpened ? "nav.close" : "nav.open")} />
            <Brand centreName={me.data.centreName} compactOnMobile />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <KeyboardShortcuts />
            <LanguagePicker />
            <UserMenu me={me.data} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <StaffNavbar me={me.data} onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <div style={{ maxWidth: 1280, marginInline: "auto" }}>
          <Outlet />
        </div>
        <CreditsFooter />
      </AppShell.Main>
    </AppShell>
  );
}
