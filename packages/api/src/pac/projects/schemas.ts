import { z } from 'zod';
import { csvImportFields, text, upload } from '../../fields';

/**
 * Inputs of the PAC's projects (the base procedure adds `commune`, a slug). Isomorphic: forms import them, and the
 * CSV import checks each line with the same rules (csv.ts), so a screen and a file say the same thing.
 */

export const PROJECT_STATUSES = ['planned', 'under_way', 'completed', 'suspended'] as const;
/** What the public reads: the stored status, or `late` once the end date passed short of 100 %. */
export const SHOWN_STATUSES = ['planned', 'under_way', 'completed', 'late', 'suspended'] as const;
export type ShownStatus = (typeof SHOWN_STATUSES)[number];

export const projectCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{1,3}-\d{1,4}$/, { message: 'A project code looks like P-01' });
export const subprojectCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{1,3}-\d{1,4}\.\d{1,3}$/, { message: 'A sub-project code looks like P-01.2' });

export const day = z.iso.date({ message: 'Use a date written YYYY-MM-DD' });
export const percent = z
  .number({ message: 'Write a percentage from 0 to 100' })
  .int({ message: 'Write a whole percentage from 0 to 100' })
  .min(0, { message: 'Write a percentage from 0 to 100' })
  .max(100, { message: 'Write a percentage from 0 to 100' });
export const mad = z
  .number({ message: 'Write an amount in dirhams' })
  .int({ message: 'Write whole dirhams' })
  .min(0, { message: 'An amount is zero or more' })
  .max(9_000_000_000, { message: 'Write an amount up to 9,000,000,000 MAD' });
export const weight = z
  .number({ message: 'Write a weight from 1 to 1000' })
  .int({ message: 'Write a whole weight from 1 to 1000' })
  .min(1, { message: 'Write a weight from 1 to 1000' })
  .max(1000, { message: 'Write a weight from 1 to 1000' });

export const projectText = (max: number, what: string) =>
  z.object({
    ar: text(max).min(2, { message: `Write the ${what} in Arabic` }),
    fr: text(max).min(2, { message: `Write the ${what} in French` }),
    es: text(max)
      .transform((v) => (v ? v : undefined))
      .optional(),
  });

export const subprojectFields = z.object({
  code: subprojectCode,
  title: projectText(200, 'sub-project’s title'),
  weight,
  progress: percent,
});
export type SubprojectFields = z.output<typeof subprojectFields>;

export const milestoneFields = z
  .object({
    id: z.uuid().optional(),
    title: projectText(200, 'milestone’s title'),
    plannedOn: day,
    doneOn: day.nullable().default(null),
  })
  .strict();
export type MilestoneFields = z.output<typeof milestoneFields>;

/** A project as staff write it; its sub-projects' codes start with its own. */
export const projectFields = z
  .object({
    code: projectCode,
    title: projectText(200, 'project’s title'),
    axis: projectText(200, 'axis'),
    neighbourhood: projectText(120, 'neighbourhood'),
    lat: z.number().min(-90).max(90).nullable().default(null),
    lon: z.number().min(-180).max(180).nullable().default(null),
    startsOn: day,
    endsOn: day,
    status: z.enum(PROJECT_STATUSES, { message: 'Choose planned, under way, completed or suspended' }),
    /** Read only when the project has no sub-projects: theirs are rolled up otherwise. */
    progress: percent,
    budgetPlanned: mad,
    budgetCommitted: mad,
    budgetPaid: mad,
    subprojects: z.array(subprojectFields).max(50, { message: 'At most 50 sub-projects a project' }).default([]),
  })
  .superRefine((v, ctx) => projectRules(v, ctx));
export type ProjectFields = z.output<typeof projectFields>;

/** The rules a project's values keep together, shared by the screen's form and each CSV line. */
export function projectRules(
  v: Pick<
    ProjectFields,
    'code' | 'startsOn' | 'endsOn' | 'status' | 'progress' | 'budgetCommitted' | 'budgetPaid' | 'lat' | 'lon'
  > & { subprojects: Pick<SubprojectFields, 'code' | 'weight' | 'progress'>[] },
  ctx: z.RefinementCtx,
) {
  if (v.endsOn < v.startsOn)
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'A project ends on or after its start' });
  if (v.budgetPaid > v.budgetCommitted)
    ctx.addIssue({ code: 'custom', path: ['budgetPaid'], message: 'What is paid cannot pass what is committed' });
  if ((v.lat === null) !== (v.lon === null))
    ctx.addIssue({
      code: 'custom',
      path: [v.lat === null ? 'lat' : 'lon'],
      message: 'Give both latitude and longitude',
    });
  const progress = rollUp(v.progress, v.subprojects);
  if (v.status === 'completed' && progress < 100)
    ctx.addIssue({ code: 'custom', path: ['status'], message: 'A completed project is at 100 %' });
  const seen = new Set<string>();
  v.subprojects.forEach((s, i) => {
    if (!s.code.startsWith(`${v.code}.`))
      ctx.addIssue({
        code: 'custom',
        path: ['subprojects', i, 'code'],
        message: `A sub-project’s code starts with its project’s (${v.code}.)`,
      });
    if (seen.has(s.code))
      ctx.addIssue({ code: 'custom', path: ['subprojects', i, 'code'], message: `${s.code} is given twice` });
    seen.add(s.code);
  });
}

/**
 * A project's progress: Σ weight × progress / Σ weight over its sub-projects, rounded to the whole percent; a
 * project without sub-projects has its own.
 */
export function rollUp(own: number, subprojects: readonly { weight: number; progress: number }[]) {
  const total = subprojects.reduce((n, s) => n + s.weight, 0);
  if (total === 0) return own;
  return Math.round(subprojects.reduce((n, s) => n + s.weight * s.progress, 0) / total);
}

export const codeInput = z.object({ code: projectCode });
export const listInput = z.object({
  status: z.enum(SHOWN_STATUSES).optional(),
  /** The neighbourhood's French name, as the list's filter offers them. */
  neighbourhood: text(120).optional(),
});
export const saveInput = z.object({
  project: projectFields,
  milestones: z.array(milestoneFields).max(30, { message: 'At most 30 milestones a project' }).default([]),
});
export type SaveInput = z.output<typeof saveInput>;

export const linkInput = z.object({
  code: projectCode,
  complaint: z
    .string()
    .trim()
    .toUpperCase()
    .min(5, { message: 'Write the complaint’s code' })
    .max(40, { message: 'Write the complaint’s code' }),
});
export const unlinkInput = z.object({ code: projectCode, complaintId: z.uuid() });
export const photoInput = z.object({ code: projectCode, milestoneId: z.uuid(), photo: upload });
export const removePhotoInput = z.object({ code: projectCode, photoId: z.uuid() });

/** Largest CSV accepted: a commune's projects fit in far less. */
export const MAX_CSV_CHARS = 2_000_000;
export const importInput = z.object(csvImportFields(MAX_CSV_CHARS, 'The file is larger than 2 MB'));
export type ImportInput = z.output<typeof importInput>;

export const REPORT_LANGUAGES = ['ar', 'fr', 'both', 'es'] as const;
export const reportInput = z.object({
  year: z
    .number({ message: 'Write a year' })
    .int({ message: 'Write a year' })
    .min(2000, { message: 'Write a year from 2000' })
    .max(2100, { message: 'Write a year up to 2100' }),
  languages: z
    .array(z.enum(REPORT_LANGUAGES, { message: 'Choose Arabic, French, both, or Spanish' }))
    .min(1, { message: 'Choose at least one language' })
    .max(4)
    .refine((l) => new Set(l).size === l.length, { message: 'Choose each language once' }),
  /** The council session where it is presented (council_sessions), or none yet. */
  sessionId: z.uuid({ message: 'Choose the council session' }).nullable().default(null),
});
export type ReportInput = z.output<typeof reportInput>;
export const summaryInput = z.object({ year: reportInput.shape.year });
export const networkInput = z.object({}).optional();
