import { COMMUNES, type Db } from '@shabaka/db';
import { runAdminCommand } from './admin';
import type { EventBus } from './events';
import { seedDemoAssociations } from './associations';
import type { AppDeps } from './context';
import { seedDemoComplaints } from './demo-complaints';
import { seedDemoRooms } from './rooms';
import { seedDemoSubsidies } from './subsidies/demo';
import { seedDemoCalls } from './calls/demo';
import { seedDemoPac } from './pac/demo';
import { seedDemoPacProjects } from './pac/projects';
import { seedDemoProposals } from './pac/proposals/demo';
import { seedDemoWorkshops } from './pac/workshops';
import { seedDemoPetitions } from './petitions/demo';
import { seedDemoPublication } from './publication/demo';
import { seedDemoBudget } from './budget';
import { seedDemoBulletins } from './bulletins/demo';
import { seedDemoOpenData } from './open-data/demo';
import { seedDemoInstances } from './instances';

export const DEMO_PASSWORD = 'shabaka-demo-2026';

/**
 * Demo accounts, created only when demo data is asked for (`--demo`): a network
 * admin, a coordinator, and an admin and an agent per seeded commune. Idempotent.
 */
export async function seedDemo(
  deps: { db: Db; events: EventBus } & Partial<Pick<AppDeps, 'clock' | 'signing' | 'access'>>,
) {
  const accounts: { email: string; displayName: string; roles: string[] }[] = [
    { email: 'admin@demo.shabaka.ma', displayName: 'Network admin', roles: ['network:network_admin'] },
    { email: 'coordinator@demo.shabaka.ma', displayName: 'Network coordinator', roles: ['network:coordinator'] },
    // A citizen with no role, the author of the demo contributions to the draft action plans.
    { email: 'citizen@demo.shabaka.ma', displayName: 'Demo citizen', roles: [] },
    ...COMMUNES.flatMap((c) => [
      {
        email: `admin.${c.slug}@demo.shabaka.ma`,
        displayName: `${c.names.fr} admin`,
        roles: [`${c.slug}:commune_admin`],
      },
      { email: `agent.${c.slug}@demo.shabaka.ma`, displayName: `${c.names.fr} agent`, roles: [`${c.slug}:agent`] },
    ]),
  ];
  const created: string[] = [];
  for (const a of accounts) {
    const exists = await deps.db.selectFrom('users').select('id').where('email', '=', a.email).executeTakeFirst();
    if (exists) continue;
    await runAdminCommand(deps, 'user:add', { ...a, password: DEMO_PASSWORD });
    created.push(a.email);
  }
  const agentOf = async (slug: string) =>
    (
      await deps.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', `agent.${slug}@demo.shabaka.ma`)
        .executeTakeFirstOrThrow()
    ).id;
  const complaints = await seedDemoComplaints(deps, agentOf);
  const associations = await seedDemoAssociations(deps.db, agentOf);
  // The process's clock when it has one: the bookings fall around its today.
  const rooms = await seedDemoRooms(deps.db, agentOf, deps.clock?.now());
  // The ledger needs the process's clock and access table (the server's deps have them; scripts may not).
  const actorsOf = async (slug: string) => ({
    agentId: await agentOf(slug),
    adminId: (
      await deps.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', `admin.${slug}@demo.shabaka.ma`)
        .executeTakeFirstOrThrow()
    ).id,
  });
  const subsidies =
    deps.clock && deps.access
      ? await seedDemoSubsidies(
          { ...deps, clock: deps.clock, access: deps.access, signing: deps.signing ?? null },
          actorsOf,
        )
      : 0;
  // After the ledger's own demo: last season's call adds its selected dossier to it.
  const calls =
    deps.clock && deps.access ? await seedDemoCalls({ ...deps, clock: deps.clock, access: deps.access }, actorsOf) : 0;
  const citizenId = (
    await deps.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'citizen@demo.shabaka.ma')
      .executeTakeFirstOrThrow()
  ).id;
  const pac = deps.clock ? await seedDemoPac({ ...deps, clock: deps.clock }, actorsOf, citizenId) : 0;
  const pacProjects = deps.clock ? await seedDemoPacProjects({ ...deps, clock: deps.clock }, actorsOf) : 0;
  // After the plans: each plan's prioritisation phase gets its consultation, proposals and votes.
  const pacProposals = deps.clock
    ? await seedDemoProposals({ ...deps, clock: deps.clock, signing: deps.signing ?? null }, actorsOf, citizenId)
    : 0;
  const workshops = deps.clock
    ? await seedDemoWorkshops({ ...deps, clock: deps.clock, signing: deps.signing ?? null }, actorsOf, citizenId)
    : 0;
  const petitions =
    deps.clock && deps.access
      ? await seedDemoPetitions(
          { ...deps, clock: deps.clock, access: deps.access, signing: deps.signing ?? null },
          actorsOf,
          citizenId,
        )
      : 0;
  const publication = deps.clock ? await seedDemoPublication({ ...deps, clock: deps.clock }, actorsOf) : 0;
  const budget = deps.clock ? await seedDemoBudget({ ...deps, clock: deps.clock }, actorsOf) : 0;
  const coordinatorId = (
    await deps.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'coordinator@demo.shabaka.ma')
      .executeTakeFirstOrThrow()
  ).id;
  const instances = deps.clock
    ? await seedDemoInstances(
        { db: deps.db, events: deps.events, clock: deps.clock, signing: deps.signing ?? null },
        coordinatorId,
        async (slug) => (await actorsOf(slug)).adminId,
      )
    : 0;
  // Last: a bulletin reads every domain's demo figures.
  const bulletins = deps.clock
    ? await seedDemoBulletins({ ...deps, clock: deps.clock, signing: deps.signing ?? null }, actorsOf)
    : 0;
  // Last: the open datasets are published from everything above.
  const openData = deps.clock ? await seedDemoOpenData({ ...deps, clock: deps.clock }) : 0;
  return {
    created,
    complaints,
    associations,
    rooms,
    subsidies,
    calls,
    pac,
    pacProjects,
    pacProposals,
    workshops,
    petitions,
    publication,
    budget,
    bulletins,
    openData,
    instances,
    password: DEMO_PASSWORD,
    accounts: accounts.map((a) => a.email),
  };
}
