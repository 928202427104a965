/** Lower case without accents, so "Jose" finds "José" and "ΑΛΈΞΗΣ" finds "Αλεξης". */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLocaleLowerCase("en").trim();
}

export function workerSearchText(worker: { givenName: string; familyName: string; phone: string }): string {
  return foldForSearch(`${worker.givenName} ${worker.familyName} ${worker.phone}`);
}
