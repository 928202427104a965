import "@mantine/core/styles.css";
import "@mantine/dates/styles.css";
import "@mantine/notifications/styles.css";
import "mantine-datatable/styles.css";
import "./app/global.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AppProviders } from "./app/app-providers.js";
import { initialiseI18n } from "./i18n/i18n.js";

// Translations for the chosen language are loaded before the first paint, so nobody sees keys or a flash of English.
await initialiseI18n();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <AppProviders />
  </StrictMode>,
);
