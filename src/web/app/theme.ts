import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Checkbox,
  createTheme,
  type MantineColorsTuple,
  MultiSelect,
  NumberInput,
  Paper,
  PasswordInput,
  PinInput,
  SegmentedControl,
  Select,
  Switch,
  Tabs,
  Textarea,
  TextInput,
} from "@mantine/core";
import { DateInput, DatePickerInput } from "@mantine/dates";

/**
 * An olive, field green: the one primary colour. Shade 7 (the filled buttons) has a contrast of 5.4:1 with white
 * and shade 6 (links, light buttons) 4.6:1, both above WCAG AA for text.
 */
const olive: MantineColorsTuple = [
  "#f3f6ea",
  "#e6edd4",
  "#cedcab",
  "#b1c67e",
  "#98b458",
  "#86a53f",
  "#617f21",
  "#55731b",
  "#4a6516",
  "#3c5310",
];

// Inputs and buttons default to "md", which global.css raises to 44 px: a touch target for a thumb on a cheap phone.
const touchSized = { defaultProps: { size: "md" } } as const;

export const theme = createTheme({
  primaryColor: "olive",
  primaryShade: 7,
  colors: { olive },
  autoContrast: true,
  defaultRadius: "md",
  cursorType: "pointer",
  // System fonts: nothing to download on a weak network; Noto covers Greek and Arabic where installed.
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Helvetica Neue', Arial, sans-serif",
  headings: { fontWeight: "650" },
  components: {
    Button: Button.extend(touchSized),
    TextInput: TextInput.extend(touchSized),
    PasswordInput: PasswordInput.extend(touchSized),
    NumberInput: NumberInput.extend(touchSized),
    Select: Select.extend(touchSized),
    MultiSelect: MultiSelect.extend(touchSized),
    Textarea: Textarea.extend(touchSized),
    DateInput: DateInput.extend(touchSized),
    DatePickerInput: DatePickerInput.extend(touchSized),
    SegmentedControl: SegmentedControl.extend(touchSized),
    PinInput: PinInput.extend({ defaultProps: { size: "lg" } }),
    Checkbox: Checkbox.extend(touchSized),
    Switch: Switch.extend(touchSized),
    ActionIcon: ActionIcon.extend({ defaultProps: { size: "xl", variant: "subtle" } }),
    Tabs: Tabs.extend({ defaultProps: { keepMounted: false } }),
    // Sentence case: capitals are harder to read, above all for people reading in a second language.
    Badge: Badge.extend({ defaultProps: { size: "lg", radius: "sm", tt: "none" } }),
    Paper: Paper.extend({ defaultProps: { withBorder: true, radius: "md", p: "lg" } }),
    Anchor: Anchor.extend({ defaultProps: { underline: "hover" } }),
  },
});
