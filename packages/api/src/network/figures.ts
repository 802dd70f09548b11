/**
 * The headline figures modules add to `network.overview` (their `figures` providers), by
 * name: each has a label `dashboard.figure.<name>` in every language (test/labels.test.ts
 * checks both the labels and that the overview names nothing outside this list), so the
 * dashboard never heads a column with a code name.
 */
export const FIGURE_NAMES = [
  'complaintsTotal',
  'complaintsOpen',
  'complaintsThisMonth',
  'complaintsOverdue',
  'complaintsMedianAckHours',
  'complaintsResolvedOnTimePct',
  'informationTotal',
  'informationOpen',
  'informationOverdue',
  'informationOnTimePct',
  'informationMedianDays',
  'associationsTotal',
] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];
