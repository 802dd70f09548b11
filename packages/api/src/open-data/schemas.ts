import { z } from 'zod';

/** The datasets of issue 16. Fixed: bulletins link to `/open-data/<id>`. */
export const DATASET_IDS = [
  'complaints',
  'information-requests',
  'procedures',
  'service-points',
  'budget',
  'subsidies',
  'pac-projects',
  'bulletin-figures',
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

/** Inputs of the open-data domain (the base procedure adds `commune`, a slug). Isomorphic. */
export const datasetInput = z.object({
  dataset: z.enum(DATASET_IDS, { message: 'Choose one of the published datasets' }),
});
export type DatasetInput = z.infer<typeof datasetInput>;
