import type { TFunction } from "i18next";
import type { PayUnit } from "../../core/reference/codes.js";
import { formatCents } from "./money.js";

interface Pay {
  payAmountCents: number;
  payUnit: PayUnit;
  pieceUnit?: string | null;
}

/** "€45.50 a day", "€1.20 per crate of 20 kg": the amount with what it pays for, in the reader's language. */
export function payText(t: TFunction, pay: Pay, language: string): string {
  const amount = formatCents(pay.payAmountCents, language);
  if (pay.payUnit === "piece") return t("pay.perPiece", { ns: "offers", amount, piece: pay.pieceUnit ?? t("pay.piece", { ns: "offers" }) });
  return t(`pay.per.${pay.payUnit}`, { ns: "offers", amount });
}

/** A deduction is taken per pay unit (per day of a daily wage, per month of a monthly one). */
export function deductionText(t: TFunction, cents: number, pay: Pay, language: string): string {
  if (cents === 0) return t("pay.noDeduction", { ns: "offers" });
  return t("pay.deduction", { ns: "offers", pay: payText(t, { ...pay, payAmountCents: cents }, language) });
}
