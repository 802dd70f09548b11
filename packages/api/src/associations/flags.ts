import type { AssociationDocumentKind, SubsidyReportKind } from '@shabaka/db';
import type { AssociationSettings } from './settings';

/** One reason behind a flag: what was checked, whether it holds, and the dates it rests on. */
export interface FlagReason {
  code: string;
  ok: boolean;
  date?: string | undefined;
  until?: string | undefined;
  kind?: AssociationDocumentKind | undefined;
  /** A year the association was subsidised (accounts due). */
  year?: number | undefined;
  /** An overdue subsidy report's kind (interim or final) and its project, in Arabic and French. */
  report?: SubsidyReportKind | undefined;
  project?: { ar: string; fr: string } | undefined;
}
export interface Flag {
  active: boolean;
  reasons: FlagReason[];
}

interface FlagInput {
  constitutedOn: string | null;
  declaredOn: string | null;
  definitiveReceiptOn: string | null;
  lastGeneralAssemblyOn: string | null;
  bureauRenewedOn: string | null;
  changesDeclaredOn: string | null;
  seatNeighbourhood: string | null;
  branches: string[];
}

const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const addMonths = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
};

/**
 * What the subsidies domain knows of an association, read by the service and handed in (the flags stay a pure
 * function of their inputs; subsidies/ reads the registry, so the registry does not reach back into it here).
 */
export interface SubsidyStanding {
  /** The years the commune subsidised it (signed or completed grants). */
  years: readonly number[];
  /** Its reports still owed after their due day. */
  overdue: readonly { kind: SubsidyReportKind; dueOn: string; project: { ar: string; fr: string } }[];
}

/** The documents a record must hold to be up to date (receipts depend on the administration, not on the association). */
const REQUIRED_DOCUMENTS: readonly AssociationDocumentKind[] = ['statutes', 'general_assembly_minutes'];

/**
 * The registry's flags, computed from the record's dates and documents on `today` (never stored: a flag stored
 * would go stale the day a period runs out). Each carries its reasons so staff and representatives see why.
 */
export function associationFlags(
  r: FlagInput,
  documents: readonly AssociationDocumentKind[],
  settings: AssociationSettings,
  today: string,
  subsidies: SubsidyStanding = { years: [], overdue: [] },
) {
  // Dahir 1-58-376: changes to the bureau are declared within one month (a setting).
  const declared = !!r.bureauRenewedOn && !!r.changesDeclaredOn && r.changesDeclaredOn >= r.bureauRenewedOn;
  const declareBy = r.bureauRenewedOn ? addDays(r.bureauRenewedOn, settings.changesDeclarationDays) : undefined;
  const changesOverdue = !!r.bureauRenewedOn && !declared && today > declareBy!;
  const changesToDeclare: Flag & { overdue: boolean } = {
    active: !!r.bureauRenewedOn && !declared,
    overdue: changesOverdue,
    reasons: r.bureauRenewedOn
      ? [
          { code: 'bureau_renewed', ok: true, date: r.bureauRenewedOn },
          { code: 'changes_declared', ok: declared, date: r.changesDeclaredOn ?? undefined, until: declareBy },
        ]
      : [],
  };

  // Dahir 1-58-376: without a definitive receipt within 60 days of the declaration, the association operates by law.
  const byLawFrom = r.declaredOn ? addDays(r.declaredOn, settings.definitiveReceiptDays) : undefined;
  const operatingByLaw: Flag = {
    active: !r.definitiveReceiptOn && !!byLawFrom && today >= byLawFrom,
    reasons: r.declaredOn
      ? [
          { code: 'declared', ok: true, date: r.declaredOn },
          {
            code: 'definitive_receipt',
            ok: !!r.definitiveReceiptOn,
            date: r.definitiveReceiptOn ?? undefined,
            until: byLawFrom,
          },
        ]
      : [],
  };

  const assemblyValidUntil = r.lastGeneralAssemblyOn
    ? addMonths(r.lastGeneralAssemblyOn, settings.generalAssemblyMaxMonths)
    : undefined;
  const outOfDate: FlagReason[] = [
    {
      code: 'general_assembly',
      ok: !!assemblyValidUntil && today <= assemblyValidUntil,
      date: r.lastGeneralAssemblyOn ?? undefined,
      until: assemblyValidUntil,
    },
    ...REQUIRED_DOCUMENTS.map((kind) => ({ code: 'document', ok: documents.includes(kind), kind })),
  ];
  const documentsOutOfDate: Flag = { active: outOfDate.some((x) => !x.ok), reasons: outOfDate };

  // 113-14 art. 122: constituted over 3 years (a setting), seat or branch in the commune, in good standing.
  const oldEnoughFrom = r.constitutedOn ? addMonths(r.constitutedOn, 12 * settings.petitionMinYears) : undefined;
  const eligible: FlagReason[] = [
    {
      code: 'constituted',
      ok: !!oldEnoughFrom && today >= oldEnoughFrom,
      date: r.constitutedOn ?? undefined,
      until: oldEnoughFrom,
    },
    { code: 'seat_or_branch', ok: !!r.seatNeighbourhood || r.branches.length > 0 },
    { code: 'good_standing', ok: !changesOverdue && !documentsOutOfDate.active },
  ];
  const eligibleToPetition: Flag = { active: eligible.every((x) => x.ok), reasons: eligible };

  // Dahir 1-58-376 art. 32: an association the State or a commune subsidises presents its budget and accounts to
  // the body that funds it, for each year it was subsidised; the reports of its convention or decision are when.
  const accountsDue: Flag & { overdue: boolean } = {
    active: subsidies.years.length > 0,
    overdue: subsidies.overdue.length > 0,
    reasons:
      subsidies.years.length === 0
        ? []
        : [
            ...subsidies.years.map((year) => ({ code: 'subsidised', ok: true, year })),
            ...(subsidies.overdue.length === 0
              ? [{ code: 'reports_up_to_date', ok: true }]
              : subsidies.overdue.map((r) => ({
                  code: 'report_overdue',
                  ok: false,
                  report: r.kind,
                  until: r.dueOn,
                  project: r.project,
                }))),
          ],
  };

  return { eligibleToPetition, changesToDeclare, operatingByLaw, documentsOutOfDate, accountsDue };
}
export type AssociationFlags = ReturnType<typeof associationFlags>;
