/**
 * What `pnpm gen:domain <name>` writes: one function per new file. Each produces code that
 * follows ARCHITECTURE.md and CODE_STYLE.md as a landed domain does (thin router, service with
 * the clock from the context and an audit entry, Kysely repository scoped by commune, zod
 * schemas, a tenant table leading with commune_id, a createCaller test, a lazy portal screen
 * with its own catalog namespace in ar, fr and es).
 */
import type { Names } from './names';

export interface Titles {
  ar: string;
  fr: string;
  es: string;
}

export const apiSchemas = (n: Names) => `import { z } from 'zod';

/** Inputs of the ${n.kebab} domain (the base procedure adds \`commune\`, a slug). */
export const listInput = z.object({ limit: z.number().int().min(1).max(100).default(20) });

export const createInput = z.object({
  title: z
    .string()
    .trim()
    .min(3, { message: 'Give a title of at least 3 characters' })
    .max(200, { message: 'Keep the title under 200 characters' }),
});
export type Create${n.pascal}Input = z.infer<typeof createInput>;
`;

export const apiRepository = (n: Names) => `import type { Db } from '@shabaka/db';

const COLUMNS = ['id', 'title', 'createdAt'] as const;

/** The commune's entries, newest first. Every query names the commune: it leads the key. */
export function listEntries(db: Db, communeId: string, limit: number) {
  return db
    .selectFrom('${n.camel}')
    .select(COLUMNS)
    .where('communeId', '=', communeId)
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export function insertEntry(db: Db, communeId: string, title: string, createdBy: string, at: Date) {
  return db
    .insertInto('${n.camel}')
    .values({ communeId, title, createdBy, createdAt: at })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
}
`;

export const apiService = (n: Names) => `import { recordAudit } from '../audit';
import type { CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import * as repo from './repository';
import type { Create${n.pascal}Input } from './schemas';

// This domain's audit actions, added from its own folder (audit/actions.ts lists the others).
declare module '../audit/actions' {
  interface DomainAuditActions {
    '${n.kebab}.created': true;
  }
}

type Ctx = Pick<InnerContext, 'db' | 'clock'>;
type Commune = Pick<CommuneRow, 'id'>;

/** What anyone may read of an entry. */
export function public${n.pascal}Entry(e: { id: string; title: string; createdAt: Date }) {
  return { id: e.id, title: e.title, createdAt: e.createdAt };
}
export type Public${n.pascal}Entry = ReturnType<typeof public${n.pascal}Entry>;

export async function list(ctx: Ctx, commune: Commune, limit: number) {
  return (await repo.listEntries(ctx.db, commune.id, limit)).map(public${n.pascal}Entry);
}

/** Staff add an entry; the audit log says who, in the same transaction. */
export async function create(ctx: Ctx, commune: Commune, input: Create${n.pascal}Input, actorId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.insertEntry(trx, commune.id, input.title, actorId, ctx.clock.now());
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: '${n.kebab}.created',
      targetType: '${n.snake}',
      targetId: row.id,
    });
    return public${n.pascal}Entry(row);
  });
}
`;

/** The domain defines its own permission in its module.ts (api/src/modules.ts builds the table). */
export const permission = (n: Names) => `${n.kebab}:manage`;

export const apiRouter = (n: Names) => `import { communeProcedure, communePublicProcedure, router } from '../trpc';
import { createInput, listInput } from './schemas';
import * as service from './service';

const staff = communeProcedure('${permission(n)}');

/** The ${n.kebab} domain: anyone reads a commune's entries, its staff add them. */
export const ${n.camel}Router = router({
  list: communePublicProcedure
    .input(listInput)
    .query(({ ctx, input }) => service.list(ctx, ctx.commune, input.limit)),
  create: staff
    .input(createInput)
    .mutation(({ ctx, input }) => service.create(ctx, ctx.commune, input, ctx.session.userId)),
});
`;

export const apiModule = (n: Names) => `import { defineModule, type ModulePermissions } from '../module';
import { ${n.camel}Router } from './router';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  commune: {
    '${permission(n)}': ['agent', 'department_head', 'commune_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

/** What the ${n.kebab} domain adds to the app (registered by one line in modules.ts). */
export const ${n.camel}Module = defineModule({
  name: '${n.kebab}',
  routers: { ${n.camel}: ${n.camel}Router },
  permissions,
});
`;

export const apiIndex = (
  n: Names,
) => `/** The ${n.kebab} domain as other domains see it: import from here, never from its files. */
export { ${n.camel}Router } from './router';
export { public${n.pascal}Entry } from './service';
export type { Public${n.pascal}Entry } from './service';
`;

export const apiTest = (n: Names) => `import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';

const h = useHarness();

describe('${n.kebab}', () => {
  it('lets a commune’s staff add entries that anyone then reads, newest first, with an audit entry', async () => {
    const agent = await h.user('agent.${n.kebab}@example.ma', ['tetouan:agent']);
    expect(await h.anon().${n.camel}.list({ commune: 'tetouan' })).toEqual([]);
    const first = await agent.caller.${n.camel}.create({ commune: 'tetouan', title: '  First entry ' });
    expect(first.title).toBe('First entry');
    h.clock.advance(60_000);
    await agent.caller.${n.camel}.create({ commune: 'tetouan', title: 'Second entry' });
    const listed = await h.anon().${n.camel}.list({ commune: 'tetouan' });
    expect(listed.map((e) => e.title)).toEqual(['Second entry', 'First entry']);
    expect(await h.anon().${n.camel}.list({ commune: 'asilah' })).toEqual([]);
    const audit = await h.handle.db
      .selectFrom('auditLog')
      .select(['action', 'actorId'])
      .where('targetId', '=', first.id)
      .execute();
    expect(audit).toEqual([{ action: '${n.kebab}.created', actorId: agent.id }]);
  });

  it('refuses anonymous callers, citizens, staff of another commune and bad input', async () => {
    await expect(h.anon().${n.camel}.create({ commune: 'tetouan', title: 'Nope' })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    const citizen = await h.user('citizen.${n.kebab}@example.ma');
    await expect(citizen.caller.${n.camel}.create({ commune: 'tetouan', title: 'Nope' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const outsider = await h.user('outsider.${n.kebab}@example.ma', ['asilah:commune_admin']);
    await expect(outsider.caller.${n.camel}.create({ commune: 'tetouan', title: 'Nope' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const agent = await h.user('agent2.${n.kebab}@example.ma', ['tetouan:agent']);
    await expect(agent.caller.${n.camel}.create({ commune: 'tetouan', title: 'x' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
`;

export const migration = (n: Names) => `import { sql, type Kysely } from 'kysely';

// The ${n.kebab} domain's first table (written by \`pnpm gen:domain\`). Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('${n.snake}')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql\`gen_random_uuid()\`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql\`now()\`))
    .addPrimaryKeyConstraint('${n.snake}_pkey', ['commune_id', 'id'])
    .execute();
  await db.schema.createIndex('${n.snake}_by_date').on('${n.snake}').columns(['commune_id', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('${n.snake}').execute();
}
`;

export const tableTypes = (n: Names) => `/**
 * Tables of the ${n.kebab} domain (migration ${n.migration}), added to Database below. Add
 * \`export * from './tables/${n.kebab}'\` to the package's index once another package needs these names.
 */
import type { Generated } from 'kysely';
import type { DefaultTimestamp } from '../types';

export interface ${n.pascal}Table {
  communeId: string;
  id: Generated<string>;
  title: string;
  createdBy: string;
  createdAt: DefaultTimestamp;
}

declare module '../types' {
  interface Database {
    ${n.camel}: ${n.pascal}Table;
  }
}
`;

const INTRO: Titles = {
  ar: 'هذا القسم قيد الإعداد.',
  fr: 'Cette rubrique est en préparation.',
  es: 'Esta sección está en preparación.',
};
const EMPTY: Titles = {
  ar: 'لا توجد عناصر بعد.',
  fr: 'Aucun élément pour l’instant.',
  es: 'Todavía no hay elementos.',
};

/**
 * One language of the section's namespace (`messages/<ns>/<lang>.ts`), in the shape `pnpm i18n:split`
 * keeps: Arabic declares the keys `t()` accepts, French and Spanish must have exactly them.
 */
export const catalogLanguage = (n: Names, title: Titles, l: keyof Titles) => {
  const head = l === 'ar' ? '' : `import type { TranslationOf } from '../../types';\nimport type ar from './ar';\n\n`;
  const tail =
    l === 'ar'
      ? `};\n\ndeclare module '../../types' {\n  interface Catalogs {\n    ${n.camel}: typeof import('./ar').default;\n  }\n}\n`
      : '} satisfies TranslationOf<typeof ar>;\n';
  return `${head}/** The ${n.kebab} section's texts (its own namespace, loaded with its lazy chunk, one language at a time). */
export default {
  '${n.camel}.title': ${JSON.stringify(title[l])},
  '${n.camel}.intro': ${JSON.stringify(INTRO[l])},
  '${n.camel}.empty': ${JSON.stringify(EMPTY[l])},
${tail}`;
};

/** The section's menu entry and home card: its `*Menu` namespace, bundled with the first load. */
export const menuLanguage = (n: Names, title: Titles, l: keyof Titles) => {
  const ns = `${n.camel}Menu`;
  const head = l === 'ar' ? '' : `import type { TranslationOf } from '../../types';\nimport type ar from './ar';\n\n`;
  const tail =
    l === 'ar'
      ? `};\n\ndeclare module '../../types' {\n  interface Catalogs {\n    ${ns}: typeof import('./ar').default;\n  }\n}\n`
      : '} satisfies TranslationOf<typeof ar>;\n';
  return `${head}/** The ${n.kebab} section's menu entry and home card (in the first load, every language). */
export default {
  '${ns}.nav': ${JSON.stringify(title[l])},
  '${ns}.title': ${JSON.stringify(title[l])},
  '${ns}.description': ${JSON.stringify(INTRO[l])},
${tail}`;
};

/** With per-language catalogs the hook names its namespace; the provider loads it in the language shown. */
export const portalI18n = (n: Names) => `import { scopedI18n } from '../i18n';

/** \`useI18n()\` once the \`${n.camel}\` namespace is loaded in the active language (this section's lazy chunk). */
export const use${n.pascal}I18n = scopedI18n(['${n.camel}']);
`;

export const portalSection = (n: Names) => `import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { use${n.pascal}I18n } from './i18n';

/** /${n.kebab} — the commune's ${n.kebab} entries. */
export default function ${n.pascal}Section() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = use${n.pascal}I18n();
  const { t, formatDate } = i18n;
  usePageTitle(t('${n.camel}.title'));
  const entries = useQuery(trpc.${n.camel}.list.queryOptions({ commune: slug }));
  return (
    <div className="shb-stack">
      <h1>{t('${n.camel}.title')}</h1>
      <p>{t('${n.camel}.intro')}</p>
      <Loaded
        query={entries}
        describe={(e) => describeError(e, i18n).message}
        empty={t('${n.camel}.empty')}
        isEmpty={(d) => d.length === 0}
      >
        {(data) =>
          data.map((e) => (
            <Card key={e.id} title={e.title} headingLevel={2}>
              <p className="shb-hint">{formatDate(e.createdAt, { dateStyle: 'long' })}</p>
            </Card>
          ))
        }
      </Loaded>
    </div>
  );
}
`;

export const portalModule = (n: Names) => `import { lazy } from 'react';
import { Route } from 'wouter';
import { definePortalModule } from '../module';

const ${n.pascal}Section = lazy(() => import('./${n.pascal}Section'));

/** The ${n.kebab} section, listed in modules.ts. */
export const ${n.camel}Module = definePortalModule({
  name: '${n.kebab}',
  section: {
    menu: 10,
    labels: { nav: '${n.camel}Menu.nav', title: '${n.camel}Menu.title', description: '${n.camel}Menu.description' },
    routes: [<Route key="${n.kebab}" path="/${n.kebab}" nest component={${n.pascal}Section} />],
  },
  namespace: '${n.camel}',
});
`;
