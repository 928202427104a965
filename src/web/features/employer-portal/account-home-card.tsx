import { IconChevronRight, IconKey } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/router-links.js";
import { HomeCard } from "./home-card.js";

/** The home page's card of the contact person's own account: the address they sign in with, and a new password. */
export function AccountHomeCard({ email }: { email: string | null }) {
  const { t } = useTranslation("account");
  return (
    <HomeCard
      icon={IconKey}
      title={t("employerCard.title")}
      actions={
        <ButtonLink
          to="/employer/account/password"
          size="lg"
          variant="default"
          rightSection={<IconChevronRight size={20} aria-hidden className="mirror-in-rtl" />}
          fullWidth
        >
          {t("user.changePassword", { ns: "common" })}
        </ButtonLink>
      }
    >
      {email ? (
        <span>
          {t("employerCard.signsInWith")} <bdi dir="ltr">{email}</bdi>
        </span>
      ) : (
        t("employerCard.password")
      )}
    </HomeCard>
  );
}
