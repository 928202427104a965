import dayjs from "dayjs";
import localizedFormat from "dayjs/plugin/localizedFormat.js";
import relativeTime from "dayjs/plugin/relativeTime.js";

dayjs.extend(localizedFormat);
dayjs.extend(relativeTime);

// Every dayjs locale is a separate lazy chunk, so a language added as data gets its date formats without code.
const loaders = import.meta.glob("../../../node_modules/dayjs/locale/*.js");

/** Switches dayjs (and so Mantine's date pickers) to the language; stays on English dates if dayjs lacks it. */
export async function applyDayjsLocale(code: string): Promise<void> {
  const load = loaders[`../../../node_modules/dayjs/locale/${code}.js`];
  if (code !== "en" && load) await load();
  dayjs.locale(load || code === "en" ? code : "en");
}
