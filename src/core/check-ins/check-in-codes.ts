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
