import { Paper } from "@mantine/core";
import { createLink, type LinkComponent } from "@tanstack/react-router";
import type { AnchorHTMLAttributes, Ref } from "react";

interface CardAnchorProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  ref?: Ref<HTMLAnchorElement>;
}

/** A whole card as one link: on a phone the target is the card, not a few words of it. */
function CardAnchor({ ref, style, ...props }: CardAnchorProps) {
  return (
    <Paper component="a" ref={ref} {...props} p="md" style={{ display: "block", color: "inherit", textDecoration: "none", ...style }} />
  );
}

export const CardLink: LinkComponent<typeof CardAnchor> = createLink(CardAnchor);
