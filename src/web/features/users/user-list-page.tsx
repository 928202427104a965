import { Badge, Button, Group, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconLock, IconLockOpen, IconShieldCheck, IconUserShield } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { UserAccount } from "../../../core/accounts/account-schemas.js";
import { errorMessageKey } from "../../api/api-error.js";
import { actorOf, useMe } from "../../api/me.js";
import { useSetAccountDisabled, useUserAccountList } from "../../api/users.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { DateText } from "../../components/date-text.js";
import { ListPage } from "../../components/list-page.js";
import { ListTable } from "../../components/list-table.js";
import { useListSearch } from "../../components/use-list-search.js";
import { useListShortcuts } from "../../components/use-list-shortcuts.js";
import { UserFilters } from "./user-filters.js";
import { hasUserFilters, USER_FILTER_KEYS } from "./user-list-search.js";

const route = getRouteApi("/staff/users");

/**
 * The sign-in accounts of the centre (every centre for a network administrator): who signs in with what, and the
 * switch that disables an account, ending its sessions at once, or enables it again.
 */
export function UserListPage() {
  const { t } = useTranslation("users");
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const searchInput = useRef<HTMLInputElement>(null);
  const listSearch = useListSearch(search, navigate, USER_FILTER_KEYS);
  const { page, pageSize, filters, setSearch, clearFilters } = listSearch;
  const list = useUserAccountList({ ...filters, page, pageSize });
  const me = useMe();
  const actor = me.data ? actorOf(me.data) : null;
  const setDisabled = useSetAccountDisabled();
  const [disabling, setDisabling] = useState<UserAccount | null>(null);
  useListShortcuts(searchInput);

  const change = (account: UserAccount, disabled: boolean) =>
    setDisabled.mutate(
      { id: account.id, disabled },
      {
        onSuccess: () =>
          notifications.show({ color: "olive", message: t(disabled ? "done.disabled" : "done.enabled", { name: account.name }) }),
        onError: (error) => notifications.show({ color: "red", message: t(errorMessageKey(error), { ns: "errors" }) }),
        onSettled: () => setDisabling(null),
      },
    );

  const action = (account: UserAccount) => {
    if (account.id === actor?.userId) {
      return (
        <Text size="sm" c="dimmed">
          {t("you")}
        </Text>
      );
    }
    if (account.disabled) {
      return (
        <Button
          variant="subtle"
          leftSection={<IconLockOpen size={18} aria-hidden />}
          aria-label={t("enableLabel", { name: account.name })}
          loading={setDisabled.isPending && setDisabled.variables?.id === account.id}
          onClick={() => change(account, false)}
        >
          {t("enable")}
        </Button>
      );
    }
    return (
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconLock size={18} aria-hidden />}
        aria-label={t("disableLabel", { name: account.name })}
        onClick={() => setDisabling(account)}
      >
        {t("disable")}
      </Button>
    );
  };

  return (
    <>
      <ListPage
        texts={{
          title: t("title"),
          description: t("description"),
          noneMatching: t("emptyFilteredTitle"),
          noneMatchingHint: t("emptyFilteredHint"),
          clearFilters: t("filter.clear"),
          empty: t("emptyTitle"),
          emptyHint: t("emptyHint"),
        }}
        list={list}
        filters={
          <UserFilters search={search} onChange={(changes) => setSearch(changes)} onClear={clearFilters} searchInputRef={searchInput} />
        }
        filtered={hasUserFilters(search)}
        search={listSearch}
        viewsKey="users"
        emptyIcon={<IconUserShield size={32} aria-hidden />}
      >
        {(table) => (
          <ListTable<UserAccount>
            {...table}
            label={t("title")}
            columns={[
              {
                accessor: "name",
                title: t("column.name"),
                render: (account) => (
                  <Text fw={600} dir="auto">
                    {account.name}
                  </Text>
                ),
              },
              { accessor: "signIn", title: t("column.signIn"), render: (account) => <span className="ltr-text">{account.signIn}</span> },
              {
                accessor: "role",
                title: t("column.role"),
                render: (account) => (
                  <Group gap={6} wrap="nowrap">
                    {t(`role.${account.role}`, { ns: "codes" })}
                    {account.twoFactorEnabled && (
                      <IconShieldCheck size={16} aria-label={t("twoStep")} role="img" color="var(--mantine-color-olive-7)" />
                    )}
                  </Group>
                ),
              },
              {
                accessor: "centreName",
                title: t("column.centre"),
                hidden: actor?.centreId !== null,
                render: (account) => account.centreName ?? t("network"),
              },
              { accessor: "createdAt", title: t("column.since"), render: (account) => <DateText value={account.createdAt} format="ll" /> },
              {
                accessor: "disabled",
                title: t("column.status"),
                render: (account) => (
                  <Badge color={account.disabled ? "red" : "olive"} variant="light">
                    {t(account.disabled ? "status.disabled" : "status.active")}
                  </Badge>
                ),
              },
              { accessor: "id", title: t("column.actions"), textAlign: "right", render: action },
            ]}
          />
        )}
      </ListPage>
      <ConfirmDialog
        opened={disabling !== null}
        title={t("confirm.title", { name: disabling?.name ?? "" })}
        message={t("confirm.message")}
        confirmLabel={t("disable")}
        confirmIcon={<IconLock size={18} aria-hidden />}
        destructive
        loading={setDisabled.isPending}
        onCancel={() => setDisabling(null)}
        onConfirm={() => disabling && change(disabling, true)}
      />
    </>
  );
}
