/** The subsidies domain as other domains see it (calls for projects, the registry's flags): import from here. */
export { subsidiesRouter } from './router';
export {
  grantSubsidy,
  ledgerExport,
  overdueReports,
  subsidisedYears,
  EXPORT_MAX_ROWS,
  type GrantArgs,
  type LedgerEntry,
} from './service';
export { ledgerFile, LEDGER_COLUMNS } from './export';
export { subsidySettings, SUBSIDY_SETTINGS_DEFAULTS, type SubsidySettings } from './settings';
export { subsidyPeriodFigures } from './figures';
