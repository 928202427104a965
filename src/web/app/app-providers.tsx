import { DirectionProvider, MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { useState } from "react";
import { LocaleSync } from "../i18n/locale-sync.js";
import { createQueryClient } from "./query-client.js";
import { readableColours } from "./readable-colours.js";
import { createAppRouter } from "./routes/route-tree.js";
import { theme } from "./theme.js";

export function AppProviders() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));
  return (
    <DirectionProvider initialDirection={document.documentElement.dir === "rtl" ? "rtl" : "ltr"} detectDirection={false}>
      <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={readableColours}>
        <QueryClientProvider client={queryClient}>
          <LocaleSync>
            <Notifications position="top-center" limit={3} />
            <RouterProvider router={router} />
          </LocaleSync>
        </QueryClientProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
