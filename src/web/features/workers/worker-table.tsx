import { Stack, Text } from "@mantine/core";
import { IconCheck, IconMinus } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { WorkerSummary } from "../../../core/workers/worker-schemas.js";
import { useEscoLabelOf } from "../../components/esco-label.js";
import { ListTable, type PagedTableProps } from "../../components/list-table.js";
import { PermitStatusBadge } from "../../components/permit-status-badge.js";
import { RegionName } from "../../components/region-name.js";
import { AnchorLink } from "../../components/router-links.js";

type WorkerTableProps = PagedTableProps<WorkerSummary>;

/** The centre's workers, a page at a time; a row opens the worker's file. */
export function WorkerTable({ page, ...paging }: WorkerTableProps) {
  const { t } = useTranslation("workers");
  const navigate = useNavigate();
  const occupationLabel = useEscoLabelOf(
    "occupations",
    page.items.flatMap((worker) => worker.occupationUris),
  );

  return (
    <ListTable<WorkerSummary>
      page={page}
      {...paging}
      label={t("list.tableLabel")}
      onRowClick={({ record }) => void navigate({ to: "/staff/workers/$workerId", params: { workerId: record.id } })}
      columns={[
        {
          accessor: "familyName",
          title: t("field.name"),
          render: (worker) => (
            <AnchorLink
              to="/staff/workers/$workerId"
              params={{ workerId: worker.id }}
              fw={600}
              onClick={(event) => event.stopPropagation()}
            >
              {t("fullName", { given: worker.givenName, family: worker.familyName })}
            </AnchorLink>
          ),
        },
        { accessor: "phone", title: t("field.phone"), render: (worker) => <span className="ltr-text">{worker.phone}</span> },
        {
          accessor: "languages",
          title: t("field.languages"),
          // One line per language keeps rows short in a table of hundreds of workers.
          render: (worker) => (
            <Stack gap={0}>
              {worker.languages.map((spoken) => (
                <Text key={spoken.language} size="sm" style={{ whiteSpace: "nowrap" }}>
                  {t("languageWithLevel", {
                    language: t(`language.${spoken.language}`, { ns: "codes" }),
                    level: t(`languageLevel.${spoken.level}`, { ns: "codes" }),
                  })}
                </Text>
              ))}
            </Stack>
          ),
        },
        {
          accessor: "occupationUris",
          title: t("field.occupations"),
          render: (worker) => (
            <Text size="sm" lineClamp={2} className="sentence-case">
              {worker.occupationUris.map(occupationLabel).join(t("listSeparator", { ns: "common" }))}
            </Text>
          ),
        },
        { accessor: "regionCode", title: t("filters.region"), render: (worker) => <RegionName code={worker.regionCode} /> },
        {
          accessor: "permitStatus",
          title: t("field.permit"),
          render: (worker) => <PermitStatusBadge status={worker.permitStatus} validUntil={worker.permitValidUntil} stacked />,
        },
        {
          accessor: "availableNow",
          title: t("field.availableNow"),
          textAlign: "center",
          render: (worker) =>
            worker.availableNow ? (
              <IconCheck size={20} color="var(--mantine-color-olive-7)" aria-label={t("value.yes", { ns: "common" })} />
            ) : (
              <IconMinus size={20} color="var(--mantine-color-gray-5)" aria-label={t("value.no", { ns: "common" })} />
            ),
        },
      ]}
    />
  );
}
