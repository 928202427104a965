import { foldForSearch } from "../shared/fold-for-search.js";

export function workerSearchText(worker: { givenName: string; familyName: string; phone: string }): string {
  return foldForSearch(`${worker.givenName} ${worker.familyName} ${worker.phone}`);
}
