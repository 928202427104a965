import { Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { AddRowButton, FormListRow, RemoveRowButton } from "../../../components/form-rows.js";
import { SectionCard } from "../../../components/section-card.js";
import type { WorkerForm } from "./worker-form-types.js";
import type { WorkerFormValues } from "./worker-form-values.js";

/** The worker form's lists whose rows are added and removed one by one. */
type RowList = "authorisations" | "availability" | "languages" | "certificates" | "skills" | "occupations";

interface ListSectionProps<L extends RowList> {
  form: WorkerForm;
  list: L;
  title: string;
  description: string;
  /** The remove button's label for the row with this 1-based number. */
  removeLabel: (number: number) => string;
  addLabel: string;
  newRow: () => WorkerFormValues[L][number];
  /** How many rows the list may hold; the add button is disabled at that count. */
  max: number;
  /** The fields of one row; path is the row's place in the form, e.g. "skills.2". */
  children: (row: WorkerFormValues[L][number], index: number, path: string) => ReactNode;
}

/** A section of the worker form that lists rows, each with its remove button, and a button to add one more. */
export function ListSection<L extends RowList>({
  form,
  list,
  title,
  description,
  removeLabel,
  addLabel,
  newRow,
  max,
  children,
}: ListSectionProps<L>) {
  const rows = form.getValues()[list] as WorkerFormValues[L][number][];
  return (
    <SectionCard title={title} description={description}>
      <Stack gap="sm">
        {rows.map((row, index) => (
          <FormListRow
            key={row.key}
            remove={<RemoveRowButton label={removeLabel(index + 1)} onClick={() => form.removeListItem(list, index)} />}
          >
            {children(row, index, `${list}.${index}`)}
          </FormListRow>
        ))}
        {/* The row type is checked by newRow; @mantine/form cannot follow the list name through a type parameter. */}
        <AddRowButton label={addLabel} onClick={() => form.insertListItem(list as string, newRow())} disabled={rows.length >= max} />
      </Stack>
    </SectionCard>
  );
}
