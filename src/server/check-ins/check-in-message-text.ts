import type { UiLanguage } from "../../core/reference/codes.js";

/** The message that asks a worker how their job is going, in their language, with the link to answer. */
const TEMPLATES: Record<UiLanguage, string> = {
  en: "Primacenters: how is your job going? Please answer a few short questions: {link}",
  el: "Primacenters: πώς πάει η δουλειά σας; Απαντήστε σε λίγες σύντομες ερωτήσεις: {link}",
  es: "Primacenters: ¿qué tal va tu trabajo? Responde a unas preguntas cortas: {link}",
  it: "Primacenters: come va il tuo lavoro? Rispondi a qualche breve domanda: {link}",
  fr: "Primacenters : comment se passe votre travail ? Répondez à quelques questions courtes : {link}",
  nl: "Primacenters: hoe gaat het met uw werk? Beantwoord een paar korte vragen: {link}",
  ar: "Primacenters: كيف يسير عملك؟ أجب عن بضعة أسئلة قصيرة: {link}",
  bn: "Primacenters: আপনার কাজ কেমন চলছে? কয়েকটি ছোট প্রশ্নের উত্তর দিন: {link}",
  sq: "Primacenters: si po shkon puna juaj? Ju lutem përgjigjuni disa pyetjeve të shkurtra: {link}",
  ro: "Primacenters: cum merge munca ta? Te rugăm să răspunzi la câteva întrebări scurte: {link}",
  bg: "Primacenters: как върви работата ви? Моля, отговорете на няколко кратки въпроса: {link}",
  uk: "Primacenters: як іде ваша робота? Дайте відповідь на кілька коротких запитань: {link}",
  ur: "Primacenters: آپ کا کام کیسا چل رہا ہے؟ براہ کرم چند مختصر سوالوں کے جواب دیں: {link}",
  pa: "Primacenters: ਤੁਹਾਡਾ ਕੰਮ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ? ਕਿਰਪਾ ਕਰਕੇ ਕੁਝ ਛੋਟੇ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿਓ: {link}",
};

export function checkInMessageText(locale: string, link: string): string {
  const template = TEMPLATES[locale as UiLanguage] ?? TEMPLATES.en;
  return template.replace("{link}", link);
}

/** Where the worker answers: the check-in's page in their portal (they sign in with their phone first if needed). */
export function checkInLink(publicUrl: string, checkInId: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/me/check-ins/${checkInId}`;
}
