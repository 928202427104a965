import type { GrievanceStatus } from "../../core/grievances/grievance-codes.js";

// The replies of the SMS number, in the sender's language. Short: a code must fit in one or two SMS segments.

export const SMS_LANGUAGES = ["en", "el", "es", "it", "fr", "nl", "ar"] as const;
export type SmsLanguage = (typeof SMS_LANGUAGES)[number];

interface SmsTexts {
  /** The keywords a sender types, shown back in help. */
  reportKeyword: string;
  followKeyword: string;
  reported: string;
  status: string;
  lastMessage: string;
  noCase: string;
  help: string;
  statuses: Record<GrievanceStatus, string>;
}

const TEXTS: Record<SmsLanguage, SmsTexts> = {
  en: {
    reportKeyword: "REPORT",
    followKeyword: "FOLLOW",
    reported: "Received: {reference}. Your follow-up code: {code}. Keep it safe and private. To follow your case send: FOLLOW {code}",
    status: "{reference}: {status}.",
    lastMessage: "Message from the centre: {message}",
    noCase: "No case matches this code. Check it and send: FOLLOW <code>",
    help: "To report a problem send: REPORT <centre code> <what happened>. Centres: {centres}",
    statuses: {
      received: "received",
      triaged: "reviewed",
      investigating: "being investigated",
      escalated: "passed to the authorities",
      resolved: "resolved",
      closed: "closed",
    },
  },
  el: {
    reportKeyword: "ΚΑΤΑΓΓΕΛΙΑ",
    followKeyword: "ΠΟΡΕΙΑ",
    reported:
      "Παραλήφθηκε: {reference}. Ο κωδικός παρακολούθησης: {code}. Φυλάξτε τον και μην τον δώσετε σε κανέναν. Για την πορεία στείλτε: ΠΟΡΕΙΑ {code}",
    status: "{reference}: {status}.",
    lastMessage: "Μήνυμα από το κέντρο: {message}",
    noCase: "Δεν βρέθηκε υπόθεση με αυτόν τον κωδικό. Ελέγξτε τον και στείλτε: ΠΟΡΕΙΑ <κωδικός>",
    help: "Για να αναφέρετε ένα πρόβλημα στείλτε: ΚΑΤΑΓΓΕΛΙΑ <κωδικός κέντρου> <τι συνέβη>. Κέντρα: {centres}",
    statuses: {
      received: "παραλήφθηκε",
      triaged: "εξετάστηκε",
      investigating: "υπό διερεύνηση",
      escalated: "διαβιβάστηκε στις αρχές",
      resolved: "επιλύθηκε",
      closed: "έκλεισε",
    },
  },
  es: {
    reportKeyword: "QUEJA",
    followKeyword: "SEGUIMIENTO",
    reported:
      "Recibida: {reference}. Tu código de seguimiento: {code}. Guárdalo y no lo compartas. Para seguir tu caso envía: SEGUIMIENTO {code}",
    status: "{reference}: {status}.",
    lastMessage: "Mensaje del centro: {message}",
    noCase: "Ningún caso corresponde a este código. Revísalo y envía: SEGUIMIENTO <código>",
    help: "Para denunciar un problema envía: QUEJA <código del centro> <qué pasó>. Centros: {centres}",
    statuses: {
      received: "recibida",
      triaged: "revisada",
      investigating: "en investigación",
      escalated: "remitida a las autoridades",
      resolved: "resuelta",
      closed: "cerrada",
    },
  },
  it: {
    reportKeyword: "SEGNALA",
    followKeyword: "SEGUI",
    reported:
      "Ricevuta: {reference}. Il tuo codice per seguire il caso: {code}. Conservalo e non darlo a nessuno. Per seguire il caso invia: SEGUI {code}",
    status: "{reference}: {status}.",
    lastMessage: "Messaggio dal centro: {message}",
    noCase: "Nessun caso corrisponde a questo codice. Controllalo e invia: SEGUI <codice>",
    help: "Per segnalare un problema invia: SEGNALA <codice del centro> <cosa è successo>. Centri: {centres}",
    statuses: {
      received: "ricevuta",
      triaged: "esaminata",
      investigating: "in indagine",
      escalated: "trasmessa alle autorità",
      resolved: "risolta",
      closed: "chiusa",
    },
  },
  fr: {
    reportKeyword: "SIGNALER",
    followKeyword: "SUIVI",
    reported: "Reçu : {reference}. Votre code de suivi : {code}. Gardez-le pour vous. Pour suivre votre dossier, envoyez : SUIVI {code}",
    status: "{reference} : {status}.",
    lastMessage: "Message du centre : {message}",
    noCase: "Aucun dossier ne correspond à ce code. Vérifiez-le et envoyez : SUIVI <code>",
    help: "Pour signaler un problème, envoyez : SIGNALER <code du centre> <ce qui s'est passé>. Centres : {centres}",
    statuses: {
      received: "reçue",
      triaged: "examinée",
      investigating: "en cours d'enquête",
      escalated: "transmise aux autorités",
      resolved: "résolue",
      closed: "clôturée",
    },
  },
  nl: {
    reportKeyword: "MELDING",
    followKeyword: "VOLGEN",
    reported:
      "Ontvangen: {reference}. Uw volgcode: {code}. Bewaar hem goed en deel hem met niemand. Om uw zaak te volgen stuurt u: VOLGEN {code}",
    status: "{reference}: {status}.",
    lastMessage: "Bericht van het centrum: {message}",
    noCase: "Geen zaak past bij deze code. Controleer hem en stuur: VOLGEN <code>",
    help: "Om een probleem te melden stuurt u: MELDING <code van het centrum> <wat er gebeurde>. Centra: {centres}",
    statuses: {
      received: "ontvangen",
      triaged: "beoordeeld",
      investigating: "in onderzoek",
      escalated: "doorgegeven aan de autoriteiten",
      resolved: "opgelost",
      closed: "gesloten",
    },
  },
  ar: {
    reportKeyword: "بلاغ",
    followKeyword: "متابعة",
    reported: "تم الاستلام: {reference}. رمز المتابعة الخاص بك: {code}. احتفظ به ولا تشاركه مع أحد. لمتابعة قضيتك أرسل: متابعة {code}",
    status: "{reference}: {status}.",
    lastMessage: "رسالة من المركز: {message}",
    noCase: "لا توجد قضية بهذا الرمز. تحقق منه وأرسل: متابعة <الرمز>",
    help: "للإبلاغ عن مشكلة أرسل: بلاغ <رمز المركز> <ماذا حدث>. المراكز: {centres}",
    statuses: {
      received: "تم الاستلام",
      triaged: "تمت المراجعة",
      investigating: "قيد التحقيق",
      escalated: "أُحيلت إلى السلطات",
      resolved: "تم الحل",
      closed: "مغلقة",
    },
  },
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function smsReported(language: SmsLanguage, reference: string, code: string): string {
  return fill(TEXTS[language].reported, { reference, code });
}

/** The status of a case, with the latest message from the centre when there is one (cut to fit an SMS or two). */
export function smsStatus(language: SmsLanguage, reference: string, status: GrievanceStatus, lastMessage: string | null): string {
  const texts = TEXTS[language];
  const line = fill(texts.status, { reference, status: texts.statuses[status] });
  if (!lastMessage) return line;
  const message = lastMessage.length > 200 ? `${lastMessage.slice(0, 199)}…` : lastMessage;
  return `${line} ${fill(texts.lastMessage, { message })}`;
}

export function smsNoCase(language: SmsLanguage): string {
  return TEXTS[language].noCase;
}

export function smsHelp(language: SmsLanguage, centres: { code: string; name: string }[]): string {
  return fill(TEXTS[language].help, { centres: centres.map((c) => `${c.code} ${c.name}`).join("; ") });
}

/** Upper case without accents, so "καταγγελία" and "Signalér" read as their keywords. */
export function foldKeyword(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase();
}

/** The keywords a text may start with; a keyword shared by languages (DENUNCIA) leaves the language to the centre. */
export const SMS_KEYWORDS: { word: string; command: "report" | "follow"; language: SmsLanguage | null }[] = [
  ...SMS_LANGUAGES.flatMap((language) => [
    { word: foldKeyword(TEXTS[language].reportKeyword), command: "report" as const, language },
    { word: foldKeyword(TEXTS[language].followKeyword), command: "follow" as const, language },
  ]),
  { word: "KATAGGELIA", command: "report", language: "el" },
  { word: "POREIA", command: "follow", language: "el" },
  { word: "شكوى", command: "report", language: "ar" },
  { word: "SIGNALEMENT", command: "report", language: "fr" },
  { word: "MELDEN", command: "report", language: "nl" },
  { word: "DENUNCIA", command: "report", language: null },
  { word: "STATUS", command: "follow", language: null },
];

/** The language a centre's texts default to: the country's, or English. */
export function centreSmsLanguage(country: string): SmsLanguage {
  const byCountry: Record<string, SmsLanguage> = { EL: "el", CY: "el", ES: "es", IT: "it", FR: "fr", BE: "nl", NL: "nl" };
  return byCountry[country] ?? "en";
}
