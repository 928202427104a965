import { ActionIcon, Group, Kbd, Modal, Table, Tooltip } from "@mantine/core";
import { useDisclosure, useHotkeys } from "@mantine/hooks";
import { IconKeyboard } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { SHORTCUT_KEYS } from "../components/shortcut-keys.js";

/** The shortcuts of the staff console. Pages register "/" and "n" themselves; this lists them all. */
const SHORTCUTS = [
  { keys: [SHORTCUT_KEYS.search], labelKey: "shortcuts.search" },
  { keys: [SHORTCUT_KEYS.create], labelKey: "shortcuts.new" },
  { keys: [SHORTCUT_KEYS.help], labelKey: "shortcuts.help" },
  { keys: [SHORTCUT_KEYS.close], labelKey: "shortcuts.close" },
] as const;

export function KeyboardShortcuts() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  useHotkeys([["shift+?", open]]);
  return (
    <>
      <Tooltip label={t("shortcuts.title")}>
        <ActionIcon color="dark" onClick={open} aria-label={t("shortcuts.title")} visibleFrom="sm">
          <IconKeyboard size={22} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Modal opened={opened} onClose={close} title={t("shortcuts.title")} centered closeButtonProps={{ "aria-label": t("action.close") }}>
        <Table verticalSpacing="sm">
          <Table.Tbody>
            {SHORTCUTS.map((shortcut) => (
              <Table.Tr key={shortcut.labelKey}>
                <Table.Td w={90}>
                  <Group gap={4} className="ltr-text">
                    {shortcut.keys.map((key) => (
                      <Kbd key={key}>{key}</Kbd>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{t(shortcut.labelKey)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Modal>
    </>
  );
}
