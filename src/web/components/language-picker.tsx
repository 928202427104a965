import { Button, Menu } from "@mantine/core";
import { IconCheck, IconLanguage } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { AVAILABLE_LANGUAGES } from "../i18n/languages.js";
import { useLanguageChoice } from "../i18n/use-language-choice.js";

/**
 * Every language listed by its own name, so a person who cannot read the current language still finds theirs.
 * Each name carries its lang and dir for screen readers and correct shaping.
 */
export function LanguagePicker({ size = "md" }: { size?: "md" | "lg" }) {
  const { t } = useTranslation();
  const { current, choose } = useLanguageChoice();
  const currentName = AVAILABLE_LANGUAGES.find((language) => language.code === current)?.name ?? current;
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          size={size}
          leftSection={<IconLanguage size={20} aria-hidden />}
          aria-label={t("language.choose", { current: currentName })}
        >
          {currentName}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t("language.label")}</Menu.Label>
        {AVAILABLE_LANGUAGES.map((language) => (
          <Menu.Item
            key={language.code}
            lang={language.code}
            dir={language.direction}
            onClick={() => void choose(language.code)}
            rightSection={language.code === current ? <IconCheck size={16} aria-hidden /> : null}
            aria-current={language.code === current ? "true" : undefined}
            fz="md"
            mih={44}
          >
            {language.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
