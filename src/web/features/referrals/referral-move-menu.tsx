import { Button, Menu } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCheck, IconChevronDown } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../core/access/roles.js";
import type { ReferralStage } from "../../../core/referrals/referral-stages.js";
import { type Referral, useMoveReferral } from "../../api/referrals.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { REFERRAL_STAGE_LOOK } from "../../components/referral-stage-badge.js";
import { refusalMessage } from "../../components/refusal-message.js";
import { DeclineModal } from "./decline-modal.js";
import { HireModal } from "./hire-modal.js";
import { type ReferralMoveOption, referralMoveOptions } from "./referral-moves.js";
import { WorkerYesModal } from "./worker-yes-modal.js";

/** The next steps the reader's role may record on a candidacy; each one that matters is confirmed or asks its details. */
export function ReferralMoveMenu({ referral, role }: { referral: Referral; role: Role }) {
  const { t } = useTranslation("referrals");
  const move = useMoveReferral();
  const [open, setOpen] = useState<ReferralMoveOption | null>(null);
  const options = referralMoveOptions(referral.stage, role);
  if (options.length === 0) return null;

  const names = { name: referral.workerName, employer: referral.employerName, title: referral.offerTitle };
  const done = (to: ReferralStage) => {
    setOpen(null);
    notifications.show({
      color: "olive",
      icon: <IconCheck size={18} aria-hidden />,
      message: t("move.done", { ...names, stage: t(`referralStage.${to}`, { ns: "codes" }) }),
    });
  };
  const run = (to: ReferralStage) =>
    // The promise rather than mutate's callbacks: in a list filtered by stage the row leaves (and this menu unmounts)
    // as soon as the list is read again, and the person must still hear whether the step was recorded.
    move.mutateAsync({ referral, move: { to } }).then(
      () => done(to),
      (error: unknown) => {
        setOpen(null);
        notifications.show({ color: "red", title: t("move.failed"), message: refusalMessage(t, error) });
      },
    );
  const choose = (option: ReferralMoveOption) => (option.form === "direct" ? run(option.to) : setOpen(option));
  const confirming = open?.form === "withdraw" ? open.to : null;
  const confirmLook = confirming ? REFERRAL_STAGE_LOOK[confirming] : null;
  // Ending a candidacy is red; a worker's own "no" is an ordinary answer and is not.
  const isWayOut = (to: ReferralStage) => to === "withdrawn" || to === "declined";

  return (
    <>
      <Menu position="bottom-end" withinPortal shadow="md">
        <Menu.Target>
          <Button
            variant="light"
            size="sm"
            rightSection={<IconChevronDown size={16} aria-hidden />}
            loading={move.isPending && !open}
            aria-label={t("move.menuFor", names)}
          >
            {t("move.menu")}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {options.map((option) => {
            const { Icon, mirrored } = REFERRAL_STAGE_LOOK[option.to];
            return (
              <Menu.Item
                key={option.to}
                leftSection={<Icon size={18} aria-hidden className={mirrored ? "mirror-in-rtl" : undefined} />}
                color={isWayOut(option.to) ? "red" : undefined}
                onClick={() => choose(option)}
                mih={44}
              >
                {t(`move.to.${option.to}`)}
              </Menu.Item>
            );
          })}
        </Menu.Dropdown>
      </Menu>
      <ConfirmDialog
        opened={confirming !== null}
        title={confirming ? t(`move.confirm.${confirming}.title`, names) : ""}
        message={confirming ? t(`move.confirm.${confirming}.message`, names) : ""}
        confirmLabel={confirming ? t(`move.confirm.${confirming}.action`) : ""}
        confirmIcon={
          confirmLook ? (
            <confirmLook.Icon size={18} aria-hidden className={confirmLook.mirrored ? "mirror-in-rtl" : undefined} />
          ) : undefined
        }
        destructive={confirming === "withdrawn"}
        loading={move.isPending}
        onCancel={() => setOpen(null)}
        onConfirm={() => confirming && run(confirming)}
      />
      {open?.form === "placement" && <HireModal referral={referral} onClose={() => setOpen(null)} onDone={() => done("hired")} />}
      {open?.form === "decline" && <DeclineModal referral={referral} onClose={() => setOpen(null)} onDone={() => done("declined")} />}
      {open?.form === "consent" && <WorkerYesModal referral={referral} onClose={() => setOpen(null)} onDone={() => done("referred")} />}
    </>
  );
}
