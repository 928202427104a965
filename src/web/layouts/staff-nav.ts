import {
  type Icon,
  IconArrowsExchange,
  IconBriefcase,
  IconBuildingWarehouse,
  IconCalendarCheck,
  IconCalendarStats,
  IconClipboardCheck,
  IconGavel,
  IconLayoutDashboard,
  IconLock,
  IconMail,
  IconMessageReport,
  IconScale,
  IconShieldLock,
  IconUserShield,
  IconUsers,
} from "@tabler/icons-react";
import type { Action } from "../../core/access/policy.js";

export interface StaffNavItem {
  /** The path the item opens; an area that has no route yet shows the console's "not available yet" page. */
  to: string;
  /** Key in the "common" namespace, or "namespace:key" for an area with its own. */
  labelKey: string;
  icon: Icon;
  /** Shown only to roles the access policy allows to take this action at all. */
  action: Action;
  /** Active for the path only, not for paths below it. */
  exact?: boolean;
}

/** The staff console's navigation, in order. Employers, offers and referrals get their routes from their own areas. */
export const STAFF_NAV: readonly StaffNavItem[] = [
  { to: "/staff", labelKey: "nav.dashboard", icon: IconLayoutDashboard, action: "dashboard.read", exact: true },
  { to: "/staff/workers", labelKey: "nav.workers", icon: IconUsers, action: "worker.list" },
  { to: "/staff/employers", labelKey: "nav.employers", icon: IconBuildingWarehouse, action: "employer.list" },
  { to: "/staff/offers", labelKey: "nav.offers", icon: IconBriefcase, action: "offer.list" },
  { to: "/staff/referrals", labelKey: "nav.referrals", icon: IconArrowsExchange, action: "referral.list" },
  { to: "/staff/season-planner", labelKey: "planning:nav", icon: IconCalendarStats, action: "season_plan.read" },
  { to: "/staff/check-ins", labelKey: "checkIns:nav", icon: IconCalendarCheck, action: "checkin.list" },
  { to: "/staff/inspections", labelKey: "inspections:nav", icon: IconClipboardCheck, action: "inspection.list" },
  { to: "/staff/decent-work", labelKey: "fairWork:nav", icon: IconScale, action: "compliance.overview" },
  { to: "/staff/labour-rules", labelKey: "labourRules:nav", icon: IconGavel, action: "labour_rule.read" },
  { to: "/staff/users", labelKey: "users:nav", icon: IconUserShield, action: "user.list" },
  { to: "/staff/outbox", labelKey: "nav.outbox", icon: IconMail, action: "outbox.read" },
  { to: "/staff/privacy", labelKey: "privacy:nav", icon: IconLock, action: "privacy.read" },
  { to: "/staff/breaches", labelKey: "breaches:nav", icon: IconShieldLock, action: "breach.list" },
  { to: "/staff/grievances", labelKey: "grievances:nav", icon: IconMessageReport, action: "grievance.list" },
];
