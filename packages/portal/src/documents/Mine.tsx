/** The signed-in citizen's signed documents (account page) — PLACEHOLDER. */
export function MyDocuments() {
  return null;
}
