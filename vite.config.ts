import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import postcssPresetMantine from "postcss-preset-mantine";
import { defineConfig } from "vite";

const webRoot = fileURLToPath(new URL("./src/web", import.meta.url));
const outDir = fileURLToPath(new URL("./dist/web", import.meta.url));
const apiUrl = process.env.API_URL ?? "http://localhost:3000";

/**
 * The API checks the Origin of sign-in requests against its public URL; the dev server passes requests on as if
 * they came from there, so signing in works at http://localhost:5173 too.
 */
const apiProxy = {
  "/api": {
    target: apiUrl,
    changeOrigin: true,
    headers: { origin: apiUrl },
  },
};

/**
 * The web app lives in src/web and is built to dist/web, which the API server serves (with index.html as the
 * fallback for client-side routes). In development Vite serves the app and passes /api to the API server.
 */
export default defineConfig({
  root: webRoot,
  publicDir: false,
  plugins: [react()],
  css: { postcss: { plugins: [postcssPresetMantine()] } },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    // Mantine and the router change rarely and stay cached; splitting them keeps app updates small on slow phones.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "mantine", test: /node_modules[\\/](@mantine|mantine-datatable)[\\/]/, priority: 3 },
            { name: "tanstack", test: /node_modules[\\/]@tanstack[\\/]/, priority: 2 },
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: { port: Number(process.env.WEB_PORT ?? 5173), proxy: apiProxy },
  preview: { proxy: apiProxy },
});
