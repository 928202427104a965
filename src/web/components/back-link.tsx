import { Anchor, Group } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { createLink, type LinkComponent } from "@tanstack/react-router";
import type { AnchorHTMLAttributes, Ref } from "react";

interface BackAnchorProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  label: string;
  ref?: Ref<HTMLAnchorElement>;
}

function BackAnchor({ label, ref, ...props }: BackAnchorProps) {
  return (
    <Anchor ref={ref} {...props} size="sm" w="fit-content">
      <Group gap={6} component="span">
        {/* The arrow points to where "back" is: left in English, right in Arabic. */}
        <IconArrowLeft size={16} aria-hidden className="mirror-in-rtl" />
        {label}
      </Group>
    </Anchor>
  );
}

/** "← Workers": a typed router link back to the page a page came from. */
export const BackLink: LinkComponent<typeof BackAnchor> = createLink(BackAnchor);
