import { budgetDataset } from '../budget';
import { bulletinFiguresDataset } from './datasets/bulletin-figures';
import { complaintsDataset } from './datasets/complaints';
import { proceduresDataset, servicePointsDataset } from './datasets/catalogue';
import { informationRequestsDataset } from './datasets/information-requests';
import { pacProjectsDataset, subsidiesDataset } from './datasets/ledgers';
import type { DatasetId, DatasetSpec } from './spec';

/**
 * The datasets a commune publishes, in catalogue order. A function, read when asked: other domains
 * export their own specs (budget, bulletins) and import this domain's contract, so nothing here may
 * run while the modules are still loading.
 */
export function datasetSpecs(): readonly DatasetSpec[] {
  return [
    complaintsDataset,
    informationRequestsDataset,
    proceduresDataset,
    servicePointsDataset,
    budgetDataset,
    subsidiesDataset,
    pacProjectsDataset,
    bulletinFiguresDataset,
  ];
}

export function datasetSpec(id: string): DatasetSpec | undefined {
  return datasetSpecs().find((s) => s.id === (id as DatasetId));
}
