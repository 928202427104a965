/** Groups whose entries are codes of src/core, labelled from the "codes" namespace. */
export const GROUP_CODES: Record<string, string> = {
  offersByStatus: "offerStatus",
  referralsByStage: "referralStage",
};

/** The label key of a figure, or of an entry of a group; unknown figures (the shape is still growing) fall back. */
export function figureLabelKey(group: string, entry?: string): string {
  if (entry === undefined) return `dashboard.figure.${group}`;
  const codes = GROUP_CODES[group];
  return codes ? `codes:${codes}.${entry}` : `dashboard.figure.${group}_${entry}`;
}
