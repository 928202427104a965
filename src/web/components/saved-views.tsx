import { ActionIcon, Button, Group, Menu, Stack, Text, TextInput } from "@mantine/core";
import { useLocalStorage } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconBookmark, IconBookmarkPlus, IconChevronDown, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormModal } from "./form-modal.js";
import { ModalForm } from "./modal-form.js";
import type { ListSearchControls } from "./use-list-search.js";

interface SavedView {
  name: string;
  filters: Record<string, unknown>;
}

/**
 * Named sets of filters a staff member comes back to ("permits ending soon, Ilia"), kept on this device for each
 * list. Deleting one is undone from the notification rather than confirmed first: it is cheap to bring back.
 */
export function SavedViews({ listKey, search }: { listKey: string; search: ListSearchControls }) {
  const { t } = useTranslation();
  const [views, setViews] = useLocalStorage<SavedView[]>({ key: `primacenters.views.${listKey}`, defaultValue: [] });
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState("");
  const hasFilters = Object.values(search.filters).some((value) => value !== undefined && value !== "");

  const save = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    setViews((current) => [...current.filter((view) => view.name !== trimmed), { name: trimmed, filters: search.filters }]);
    setNaming(false);
    setName("");
  };
  const remove = (view: SavedView) => {
    setViews((current) => current.filter((other) => other.name !== view.name));
    const id = notifications.show({
      message: (
        <Group justify="space-between" gap="sm" wrap="nowrap">
          <Text size="sm">{t("views.deleted", { name: view.name })}</Text>
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              setViews((current) => [...current, view]);
              notifications.hide(id);
            }}
          >
            {t("views.undo")}
          </Button>
        </Group>
      ),
    });
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal shadow="md">
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconBookmark size={20} aria-hidden />}
            rightSection={<IconChevronDown size={16} aria-hidden />}
          >
            {t("views.menu")}
          </Button>
        </Menu.Target>
        <Menu.Dropdown miw={260}>
          {views.length === 0 && (
            <Text size="sm" c="dimmed" px="sm" py="xs">
              {t("views.none")}
            </Text>
          )}
          {views.map((view) => (
            <Group key={view.name} gap={0} wrap="nowrap">
              <Menu.Item onClick={() => search.applyFilters(view.filters)} mih={44} style={{ flex: 1 }}>
                {view.name}
              </Menu.Item>
              <ActionIcon
                variant="subtle"
                color="red"
                size={44}
                aria-label={t("views.delete", { name: view.name })}
                onClick={() => remove(view)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconBookmarkPlus size={18} aria-hidden />}
            disabled={!hasFilters}
            onClick={() => setNaming(true)}
            mih={44}
          >
            {hasFilters ? t("views.save") : t("views.saveNeedsFilters")}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <FormModal opened={naming} onClose={() => setNaming(false)} title={t("views.save")} size="md">
        <ModalForm
          onSubmit={save}
          onCancel={() => setNaming(false)}
          submitLabel={t("views.saveAction")}
          submitIcon={<IconBookmarkPlus size={18} aria-hidden />}
          submitDisabled={name.trim() === ""}
          saving={false}
        >
          <Stack gap="xs">
            <TextInput
              label={t("views.nameLabel")}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              maxLength={60}
              required
              data-autofocus
            />
          </Stack>
        </ModalForm>
      </FormModal>
    </>
  );
}
