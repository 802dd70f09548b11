/**
 * `@shabaka/api/field-limits`: the numbers the schemas enforce and the forms quote ({min}, {max}), as plain
 * constants — a screen that shows a limit imports this without pulling zod into its chunk.
 */
export const COMPLAINT_LIMITS = {
  descriptionMin: 10,
  descriptionMax: 4000,
  addressMax: 300,
  photosMax: 3,
  reopenMin: 5,
  reopenMax: 2000,
  commentMax: 1000,
} as const;
