import type { Db } from '@shabaka/db';
import { addDays, localDate } from '../calendar';
import type { Clock } from '../clock';
import { listCommunes } from '../communes';
import { ARTICLE_10_ITEMS } from './defaults';
import * as service from './service';

/**
 * Demo checklists (`--demo`): each of the five communes starts from article 10's list and has published some of
 * it — the budget and the contacts up to date, the procurement programme late (its quarter passed), the rest
 * not yet — so the public page, the desk and the dashboard show all three states. Once per commune.
 */
export async function seedDemoPublication(
  deps: { db: Db; clock: Clock },
  actorsOf: (slug: string) => Promise<{ adminId: string }>,
) {
  const today = localDate(deps.clock.now());
  let seeded = 0;
  for (const c of await listCommunes(deps.db)) {
    if (!['tetouan', 'asilah', 'chefchaouen', 'ksar-el-kebir', 'mdiq'].includes(c.slug)) continue;
    const ctx = { db: deps.db, clock: deps.clock };
    if ((await service.list(ctx, c)).items.length > 0) continue;
    const { adminId } = await actorsOf(c.slug);
    await service.startFromLaw(ctx, c, adminId);
    const { items } = await service.staffList(ctx, c);
    const publish = async (category: string, daysAgo: number) => {
      const i = items.find((x) => x.category === category)!;
      const d = ARTICLE_10_ITEMS.find((x) => x.category === category)!;
      await service.save(
        ctx,
        c,
        {
          id: i.id,
          version: i.version,
          item: {
            category: d.category,
            title: d.title,
            departmentId: null,
            keeperId: adminId,
            url: `https://${c.slug}.example.ma/publications/${category}`,
            updatedOn: addDays(today, -daysAgo),
            refreshMonths: d.refreshMonths,
          },
        },
        adminId,
      );
    };
    await publish('budget_accounts', 40);
    await publish('structures_contacts', 90);
    await publish('procurement', 120);
    seeded++;
  }
  return seeded;
}
