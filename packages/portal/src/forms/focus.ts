/** The first field of `order` that has an error, to move the focus there. */
export const firstInvalid = (fields: Record<string, string>, order: readonly string[]) => order.find((f) => fields[f]);

/** Focuses a named control of a form (the first radio of a group). */
export function focusField(form: HTMLFormElement | null, name: string) {
  const item = form?.elements.namedItem(name);
  const el = item instanceof RadioNodeList ? item[0] : item;
  if (el instanceof HTMLElement) el.focus();
}
