import type { BulletinFigure, BulletinSection } from '@shabaka/db';
import { budgetFigures } from '../budget';
import { percentOf } from '../cases';
import { complaintPeriodFigures } from '../complaints';
import type { InnerContext } from '../context';
import type { DatasetId } from '../open-data';
import { documentPeriodFigures, TEMPLATE_TITLES } from '../documents';
import { informationPeriodFigures } from '../information-requests';
import { recommendationFigures } from '../instances';
import { planFigures, proposalPeriodFigures } from '../pac';
import { petitionPeriodFigures } from '../petitions';
import { subsidyPeriodFigures } from '../subsidies';
import type { Period } from './period';

/** The open datasets a figure links to, at `/open-data/<dataset>` (the open-data domain publishes them). */
export type { DatasetId };

type Ctx = Pick<InnerContext, 'db' | 'clock'>;

/**
 * One section of a bulletin: its key (its title is `bulletins.section.<key>`, each figure's
 * `bulletins.figure.<key>.<figure>`), the dataset its figures come from, and how to read them for a period.
 * Each domain computes its own figures (its figures file, through its public index); a new section — the budget's
 * execution, the committee's recommendations — is one more entry here and its catalog keys.
 */
export interface SectionProvider {
  key: string;
  dataset: DatasetId;
  figures(ctx: Ctx, communeId: string, period: Period): Promise<BulletinFigure[]>;
}

const count = (key: string, value: number): BulletinFigure => ({ key, value, unit: 'count' });
/** Budget amounts are integer centimes: the bulletin says whole dirhams. */
const mad = (key: string, centimes: number): BulletinFigure => ({
  key,
  value: Math.round(centimes / 100),
  unit: 'mad',
});

export const SECTION_PROVIDERS: readonly SectionProvider[] = [
  {
    key: 'complaints',
    dataset: 'complaints',
    async figures(ctx, communeId, p) {
      const f = await complaintPeriodFigures(ctx.db, communeId, p.from, p.to);
      return [
        count('received', f.received),
        count('closed', f.closed),
        count('resolved', f.resolved),
        { key: 'onTimeShare', value: f.onTimeShare, unit: 'percent' },
        { key: 'medianResolveHours', value: f.medianResolveHours, unit: 'hours' },
        count('reopened', f.reopened),
        count('ratings', f.ratings),
        { key: 'averageRating', value: f.averageRating, unit: 'rating' },
        ...f.byCategory.flatMap((c): BulletinFigure[] => [
          { key: 'categoryReceived', value: c.received, unit: 'count', names: c.names },
          { key: 'categoryOnTime', value: c.onTimeShare, unit: 'percent', names: c.names },
        ]),
      ];
    },
  },
  {
    key: 'information',
    dataset: 'information-requests',
    async figures(ctx, communeId, p) {
      const f = await informationPeriodFigures(ctx.db, communeId, p);
      return [
        count('received', f.received),
        count('responded', f.responded),
        count('answered', f.answered),
        { key: 'onTimeShare', value: f.onTimeShare, unit: 'percent' },
        count('extended', f.extended),
        count('refused', f.refused),
        ...f.refusedByGround.map((g): BulletinFigure => ({
          key: 'refusedByGround',
          value: g.n,
          unit: 'count',
          names: g.names ?? undefined,
        })),
      ];
    },
  },
  {
    key: 'documents',
    dataset: 'procedures',
    async figures(ctx, communeId, p) {
      const rows = await documentPeriodFigures(ctx.db, communeId, p);
      return [
        count(
          'issued',
          rows.reduce((n, r) => n + r.n, 0),
        ),
        ...rows.map((r) => ({ ...count('issuedByTemplate', r.n), names: TEMPLATE_TITLES[r.template] })),
      ];
    },
  },
  {
    key: 'pacProjects',
    dataset: 'pac-projects',
    async figures(ctx, communeId) {
      const f = await planFigures(ctx, communeId);
      return [
        count('projects', f.projects),
        count('completed', f.completed),
        count('underWay', f.underWay),
        count('late', f.late),
        { key: 'overall', value: f.overall, unit: 'percent' },
        { key: 'planned', value: f.planned, unit: 'mad' },
        { key: 'paid', value: f.paid, unit: 'mad' },
      ];
    },
  },
  {
    key: 'participation',
    dataset: 'bulletin-figures',
    async figures(ctx, communeId, p) {
      const [pet, pro] = await Promise.all([
        petitionPeriodFigures(ctx.db, communeId, p),
        proposalPeriodFigures(ctx.db, communeId, p),
      ]);
      return [
        count('petitionsOpened', pet.opened),
        count('petitionsFiled', pet.filed),
        count('petitionsAdmissible', pet.admissible),
        count('petitionsRejected', pet.rejected),
        count('petitionsDecided', pet.decided),
        count('proposals', pro.proposals),
        count('proposalsAdmissible', pro.admissible),
        count('ballots', pro.ballots),
      ];
    },
  },
  {
    key: 'subsidies',
    dataset: 'subsidies',
    async figures(ctx, communeId, p) {
      const f = await subsidyPeriodFigures(ctx.db, communeId, p);
      return [
        count('granted', f.granted),
        count('conventions', f.conventions),
        { key: 'grantedMad', value: f.grantedMad, unit: 'mad' },
        { key: 'paidMad', value: f.paidMad, unit: 'mad' },
      ];
    },
  },
  {
    key: 'budget',
    dataset: 'budget',
    // The period's fiscal year as last published (execution to that version's date); none before a publication.
    async figures(ctx, communeId, p) {
      const b = await budgetFigures(ctx.db, communeId, p.year);
      if (!b) return [];
      const { expenditure: e, revenue: r } = b;
      return [
        mad('expenditureForecast', e.forecast),
        mad('committed', e.committed),
        mad('paid', e.paid),
        { key: 'executionShare', value: percentOf(e.paid, e.forecast), unit: 'percent' },
        mad('revenueForecast', r.forecast),
        mad('collected', r.collected),
        { key: 'collectionShare', value: percentOf(r.collected, r.forecast), unit: 'percent' },
      ];
    },
  },
  {
    key: 'recommendations',
    dataset: 'bulletin-figures',
    // The recommendations adopted in the period and addressed to the commune (the committee's and its instances').
    async figures(ctx, communeId, p) {
      const f = await recommendationFigures(ctx.db, communeId, p.start, p.end);
      return [
        count('addressed', f.addressed),
        count('answered', f.answered),
        count('answeredOnTime', f.answeredOnTime),
        count('accepted', f.accepted),
        count('partially', f.partially),
        count('rejected', f.rejected),
        count('implemented', f.implemented),
      ];
    },
  },
];

/** Every section's figures for a period, in the providers' order. */
export async function sectionsOf(ctx: Ctx, communeId: string, period: Period): Promise<BulletinSection[]> {
  return Promise.all(
    SECTION_PROVIDERS.map(async (s) => ({
      key: s.key,
      dataset: s.dataset,
      figures: await s.figures(ctx, communeId, period),
    })),
  );
}
