/** The signed-in citizen's information requests (account page) — PLACEHOLDER. */
export function MyInformationRequests() {
  return null;
}
