import { Stack, Text } from "@mantine/core";
import { IconBed, IconMinus } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Employer } from "../../api/employers.js";
import { ListTable, type PagedTableProps } from "../../components/list-table.js";
import { RegionName } from "../../components/region-name.js";
import { AnchorLink } from "../../components/router-links.js";

type EmployerTableProps = PagedTableProps<Employer>;

/** The centre's employers, a page at a time; a row opens the employer's page. */
export function EmployerTable({ page, ...paging }: EmployerTableProps) {
  const { t } = useTranslation("employers");
  const navigate = useNavigate();

  return (
    <ListTable<Employer>
      page={page}
      {...paging}
      label={t("list.tableLabel")}
      onRowClick={({ record }) => void navigate({ to: "/staff/employers/$employerId", params: { employerId: record.id } })}
      columns={[
        {
          accessor: "legalName",
          title: t("field.legalName"),
          render: (employer) => (
            <Stack gap={0}>
              <AnchorLink
                to="/staff/employers/$employerId"
                params={{ employerId: employer.id }}
                fw={600}
                onClick={(event) => event.stopPropagation()}
              >
                {employer.legalName}
              </AnchorLink>
              <Text size="xs" c="dimmed" className="ltr-text">
                {employer.taxId}
              </Text>
            </Stack>
          ),
        },
        { accessor: "sector", title: t("field.sector"), render: (employer) => t(`sector.${employer.sector}`, { ns: "codes" }) },
        { accessor: "size", title: t("field.size"), render: (employer) => t(`employerSizeShort.${employer.size}`) },
        {
          accessor: "sites",
          title: t("field.sites"),
          render: (employer) => {
            const first = employer.sites[0];
            return (
              <Stack gap={0}>
                {first && (
                  <Text size="sm">
                    <RegionName code={first.regionCode} />
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {t("list.siteCount", { count: employer.sites.length })}
                </Text>
              </Stack>
            );
          },
        },
        {
          accessor: "contactName",
          title: t("field.contact"),
          render: (employer) => (
            <Stack gap={0}>
              <Text size="sm">{employer.contactName}</Text>
              <Text size="xs" c="dimmed" className="ltr-text">
                {employer.contactPhone}
              </Text>
            </Stack>
          ),
        },
        {
          accessor: "accommodationOffered",
          title: t("field.accommodationShort"),
          textAlign: "center",
          render: (employer) =>
            employer.accommodationOffered ? (
              <IconBed size={20} color="var(--mantine-color-olive-7)" aria-label={t("value.yes", { ns: "common" })} />
            ) : (
              <IconMinus size={20} color="var(--mantine-color-gray-5)" aria-label={t("value.no", { ns: "common" })} />
            ),
        },
      ]}
    />
  );
}
