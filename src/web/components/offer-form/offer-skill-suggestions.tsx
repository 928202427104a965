import { Button, Group, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useConceptSearch } from "../../api/reference.js";

const SHOWN = 8;

interface SkillSuggestionsProps {
  occupationUri: string;
  chosen: readonly (string | null)[];
  onAdd: (skillUri: string) => void;
}

/** The ESCO skills of the chosen occupation, one tap each to require: what an offer usually asks for. */
export function OfferSkillSuggestions({ occupationUri, chosen, onAdd }: SkillSuggestionsProps) {
  const { t, i18n } = useTranslation("offers");
  const skills = useConceptSearch("skills", "", i18n.language, occupationUri);
  const open = (skills.data ?? []).filter((skill) => !chosen.includes(skill.uri)).slice(0, SHOWN);
  if (open.length === 0) return null;
  return (
    <div>
      <Text size="sm" c="dimmed" mb={6} id="offer-skill-suggestions">
        {t("form.skillSuggestions")}
      </Text>
      <Group gap="xs" role="group" aria-labelledby="offer-skill-suggestions">
        {open.map((skill) => (
          <Button
            key={skill.uri}
            variant="light"
            color="gray"
            size="sm"
            radius="xl"
            mih={36}
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => onAdd(skill.uri)}
          >
            {skill.label}
          </Button>
        ))}
      </Group>
    </div>
  );
}
