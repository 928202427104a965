import { Text } from "@mantine/core";
import type { ReactNode } from "react";
import { SectionCard } from "../../../components/section-card.js";

/** A titled part of the profile; says so plainly when there is nothing recorded. */
export function ProfileCard({
  title,
  empty,
  emptyText,
  children,
}: {
  title: string;
  empty?: boolean;
  emptyText?: string;
  children?: ReactNode;
}) {
  return <SectionCard title={title}>{empty ? <Text c="dimmed">{emptyText}</Text> : children}</SectionCard>;
}
