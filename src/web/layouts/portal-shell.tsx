import { Box, Container, Group } from "@mantine/core";
import type { ReactNode } from "react";
import { CreditsFooter } from "../components/credits-footer.js";
import { LanguagePicker } from "../components/language-picker.js";
import { Brand } from "./brand.js";

interface PortalShellProps {
  centreName?: string | null;
  /** Right of the language picker, e.g. a sign-out button. */
  actions?: ReactNode;
  /** Narrow for the worker portal (one thing at a time on a phone), wider for employers. */
  width: "xs" | "sm" | "md";
  /** Larger type for people who read with effort or in a second language. */
  large?: boolean;
  children: ReactNode;
}

/** The frame of the portals and the public pages: no sidebar, the language always within reach. */
export function PortalShell({ centreName, actions, width, large = false, children }: PortalShellProps) {
  return (
    <Box mih="100vh" style={{ display: "flex", flexDirection: "column" }} fz={large ? "lg" : undefined}>
      <Box component="header" bg="white" py="sm" style={{ borderBlockEnd: "1px solid var(--mantine-color-gray-3)" }}>
        <Container size={width}>
          {/* On a 360 px phone the brand, the language and sign-out do not fit on one line: the buttons wrap below. */}
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Brand centreName={centreName} />
            <Group gap="xs" wrap="nowrap" ms="auto">
              <LanguagePicker size={large ? "lg" : "md"} />
              {actions}
            </Group>
          </Group>
        </Container>
      </Box>
      <Container component="main" size={width} py="xl" w="100%" style={{ flex: 1 }}>
        {children}
      </Container>
      <CreditsFooter />
    </Box>
  );
}
