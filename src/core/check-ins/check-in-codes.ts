// The vocabulary of check-ins after placement. Labels: namespace "checkIns".

/** When each check-in falls: days after the start of the placement, or on its last day. */
export const CHECK_IN_KINDS = ["day_7", "day_30", "end_of_contract"] as const;
export type CheckInKind = (typeof CHECK_IN_KINDS)[number];

export const CHECK_IN_STATUSES = ["scheduled", "sent", "answered", "missed", "cancelled"] as const;
export type CheckInStatus = (typeof CHECK_IN_STATUSES)[number];

export const CHECK_IN_QUESTIONS = ["paid_as_agreed", "hours_as_agreed", "housing_ok", "treated_well"] as const;
export type CheckInQuestion = (typeof CHECK_IN_QUESTIONS)[number];
export const CHECK_IN_ANSWERS = ["yes", "no", "not_applicable"] as const;
export type CheckInAnswer = (typeof CHECK_IN_ANSWERS)[number];

/** How the answers reached the centre: the worker's portal, or staff who asked on the phone or in person. */
export const CHECK_IN_VIA = ["portal", "phone", "in_person"] as const;
export type CheckInVia = (typeof CHECK_IN_VIA)[number];

/** Statuses in which a check-in still waits for the worker's answers. */
export const OPEN_CHECK_IN_STATUSES: readonly CheckInStatus[] = ["scheduled", "sent"];

/** How the worker is asked: by the channel they consented to, or by a phone call from staff when they gave none. */
export const CHECK_IN_CONTACTS = ["whatsapp", "sms", "call"] as const;
export type CheckInContact = (typeof CHECK_IN_CONTACTS)[number];
