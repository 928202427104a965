import { Button, Group } from "@mantine/core";
import { IconDownload, IconPrinter } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import "./print.css";

/** Print (the page's print styles keep only the document) and, when given, download the data as a JSON file. */
export function PrintActions({ download }: { download?: { fileName: string; data: unknown } }) {
  const { t } = useTranslation("privacy");
  const save = () => {
    if (!download) return;
    const url = URL.createObjectURL(new Blob([JSON.stringify(download.data, null, 2)], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = download.fileName;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Group gap="sm" data-print="hide">
      <Button variant="default" leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
        {t("action.print")}
      </Button>
      {download && (
        <Button leftSection={<IconDownload size={18} aria-hidden />} onClick={save}>
          {t("action.download")}
        </Button>
      )}
    </Group>
  );
}
