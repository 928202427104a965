import { type CSSVariablesResolver, darken, isLightColor, luminance } from "@mantine/core";

/** WCAG AA for normal text. */
const MIN_CONTRAST = 4.5;

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour darkened step by step until text in it, or white text on it, reads against `against`. */
function readableOn(colour: string, against: string): string {
  let result = colour;
  for (let amount = 0.05; contrast(result, against) < MIN_CONTRAST && amount < 0.9; amount += 0.05) result = darken(colour, amount);
  return result;
}

/**
 * Mantine's palettes put some text below WCAG AA: the "light" variant writes shade 9 on shade 1 (orange, yellow,
 * green fall short) and "filled" puts white on shade 7 (red, orange, cyan, teal, blue fall short), which `c="red"`
 * text reuses. This resolver darkens exactly those, for every colour of the theme, so a badge or an alert of any
 * colour reads. Colours light enough for black text (the theme's autoContrast) keep their filled shade.
 */
export const readableColours: CSSVariablesResolver = (theme) => {
  const light: Record<string, string> = {};
  for (const [name, shades] of Object.entries(theme.colors)) {
    if (name === "dark" || name === "gray") continue;
    light[`--mantine-color-${name}-light-color`] = readableOn(shades[9], shades[1]);
    if (isLightColor(shades[7], theme.luminanceThreshold)) continue;
    const filled = readableOn(shades[7], "#ffffff");
    if (filled !== shades[7]) {
      light[`--mantine-color-${name}-filled`] = filled;
      light[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.1);
    }
  }
  return { variables: {}, light, dark: {} };
};
