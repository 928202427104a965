import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../core/access/roles.js";
import type { Referral } from "../../api/referrals.js";
import { DateText } from "../../components/date-text.js";
import { ListTable, type PagedTableProps } from "../../components/list-table.js";
import { ReferralStageBadge } from "../../components/referral-stage-badge.js";
import { AnchorLink } from "../../components/router-links.js";
import { ScoreBar } from "../../components/score-bar.js";
import { ReferralMoveMenu } from "./referral-move-menu.js";

interface ReferralTableProps extends PagedTableProps<Referral> {
  role: Role;
}

/** The centre's candidacies, most recently changed first, each with the next steps the reader may record. */
export function ReferralTable({ role, ...table }: ReferralTableProps) {
  const { t } = useTranslation("referrals");

  return (
    <ListTable<Referral>
      {...table}
      label={t("list.tableLabel")}
      columns={[
        {
          accessor: "workerName",
          title: t("list.worker"),
          render: (referral) => (
            <AnchorLink to="/staff/workers/$workerId" params={{ workerId: referral.workerId }} fw={600}>
              {referral.workerName}
            </AnchorLink>
          ),
        },
        {
          accessor: "offerTitle",
          title: t("list.offer"),
          render: (referral) => (
            <Stack gap={0}>
              <AnchorLink to="/staff/offers/$offerId" params={{ offerId: referral.offerId }} fw={600}>
                {referral.offerTitle}
              </AnchorLink>
              <Text size="sm" c="dimmed">
                {referral.employerName}
              </Text>
            </Stack>
          ),
        },
        {
          accessor: "stage",
          title: t("list.stage"),
          // Stage names are a few words long; the badge must not be cut.
          width: 250,
          render: (referral) => (
            <Stack gap={4} align="flex-start">
              <ReferralStageBadge stage={referral.stage} />
              {referral.declineReason && (
                <Text size="sm" c="dimmed">
                  {t(`declineReason.${referral.declineReason}`, { ns: "codes" })}
                </Text>
              )}
            </Stack>
          ),
        },
        {
          accessor: "score",
          title: t("list.score"),
          width: 110,
          render: (referral) =>
            referral.score === null ? <Text c="dimmed">{t("value.none", { ns: "common" })}</Text> : <ScoreBar score={referral.score} />,
        },
        {
          accessor: "updatedAt",
          title: t("list.updated"),
          render: (referral) => <DateText value={referral.updatedAt} relative />,
        },
        {
          accessor: "actions",
          title: t("list.actions"),
          render: (referral) => <ReferralMoveMenu referral={referral} role={role} />,
        },
      ]}
    />
  );
}
