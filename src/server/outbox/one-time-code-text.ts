import type { UiLanguage } from "../../core/reference/codes.js";

/** The SMS that carries a sign-in code, in the worker's language. Short: one SMS segment where the script allows. */
const TEMPLATES: Record<UiLanguage, string> = {
  en: "Your Primacenters code is {code}. It is valid for 5 minutes. Do not share it.",
  el: "Ο κωδικός σας για το Primacenters είναι {code}. Ισχύει για 5 λεπτά. Μην τον δώσετε σε κανέναν.",
  es: "Tu código de Primacenters es {code}. Vale 5 minutos. No lo compartas.",
  it: "Il tuo codice Primacenters è {code}. Vale 5 minuti. Non condividerlo.",
  fr: "Votre code Primacenters est {code}. Il est valable 5 minutes. Ne le partagez pas.",
  nl: "Uw Primacenters-code is {code}. Hij is 5 minuten geldig. Deel hem met niemand.",
  ar: "رمز Primacenters الخاص بك هو {code}. صالح لمدة 5 دقائق. لا تشاركه مع أحد.",
  bn: "আপনার Primacenters কোড {code}। এটি ৫ মিনিট বৈধ। কাউকে বলবেন না।",
  sq: "Kodi juaj Primacenters është {code}. Vlen për 5 minuta. Mos ia jepni askujt.",
  ro: "Codul tău Primacenters este {code}. Este valabil 5 minute. Nu-l da nimănui.",
  bg: "Вашият код за Primacenters е {code}. Валиден е 5 минути. Не го споделяйте.",
  uk: "Ваш код Primacenters: {code}. Дійсний 5 хвилин. Нікому його не повідомляйте.",
  ur: "آپ کا Primacenters کوڈ {code} ہے۔ یہ 5 منٹ کے لیے درست ہے۔ کسی کو نہ بتائیں۔",
  pa: "ਤੁਹਾਡਾ Primacenters ਕੋਡ {code} ਹੈ। ਇਹ 5 ਮਿੰਟ ਲਈ ਵੈਧ ਹੈ। ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸੋ।",
};

export function oneTimeCodeText(locale: string, code: string): string {
  const template = TEMPLATES[locale as UiLanguage] ?? TEMPLATES.en;
  return template.replace("{code}", code);
}
