import { COMMUNES } from '@shabaka/db';
import type { AppDeps } from '../context';
import type { Viewer } from '../viewer';
import * as service from './service';

const DAY_MS = 86_400_000;
const NEIGHBOURHOODS = ['Centre', 'Médina', 'Quartier nord', 'Quartier sud'];

/** A demo signer: a numbered, invented person (no real names or card numbers: the DM series is not issued). */
const demoSigner = (i: number) => ({
  name: `Signataire démo ${i}`,
  cin: `DM${String(100_000 + i)}`,
  address: `${1 + (i % 60)} rue de la démonstration`,
  neighbourhood: NEIGHBOURHOODS[i % NEIGHBOURHOODS.length]!,
  basis: i % 9 === 0 ? ('activity' as const) : ('resident' as const),
  activity: i % 9 === 0 ? 'Commerce de proximité' : undefined,
  registeredVoter: true,
});

const PETITIONS = {
  collecting: {
    track: 'petition' as const,
    subject: 'Éclairage public de la rue des Écoles',
    reasons:
      'La rue des Écoles reste sans éclairage le soir : les élèves du cours du soir et les commerçants rentrent dans le noir depuis l’hiver dernier.',
    request: 'Inscrire à l’ordre du jour du conseil l’éclairage de la rue des Écoles et son financement.',
    theme: 'neighbourhood' as const,
  },
  rejected: {
    track: 'petition' as const,
    subject: 'Gratuité du transport scolaire régional',
    reasons: 'Les familles des quartiers périphériques paient un transport scolaire qu’elles ne peuvent plus assumer.',
    request: 'Demander au conseil de décider la gratuité du transport scolaire pour tous les élèves.',
    theme: 'education' as const,
  },
  proposal: {
    track: 'proposal' as const,
    subject: 'Un marché des producteurs le samedi matin',
    reasons:
      'Les producteurs des douars voisins vendent au bord de la route ; un marché couvert le samedi les rassemblerait.',
    request: 'Étudier l’ouverture d’un marché des producteurs sur la place du souk le samedi matin.',
    theme: 'development' as const,
  },
};

/**
 * Demo petitions, through the domain's own services, in each commune: one collecting signatures (online and a
 * paper sheet), one filed at its threshold 40 days ago and rejected by the bureau with its reasons, and a citizen
 * proposal the commune answered. The mandataire is the demo citizen. Needs the server secret (the
 * identities are sealed with it): without signing, nothing is seeded. Idempotent per commune.
 */
export async function seedDemoPetitions(
  deps: Pick<AppDeps, 'db' | 'clock' | 'events' | 'access' | 'signing'>,
  actorsOf: (slug: string) => Promise<{ agentId: string; adminId: string }>,
  citizenId: string,
) {
  if (!deps.signing) return 0;
  let created = 0;
  const now = deps.clock.now();
  for (const seed of COMMUNES) {
    const commune = await deps.db.selectFrom('communes').selectAll().where('slug', '=', seed.slug).executeTakeFirst();
    if (!commune) continue;
    const has = await deps.db
      .selectFrom('petitions')
      .select('id')
      .where('communeId', '=', commune.id)
      .limit(1)
      .executeTakeFirst();
    if (has) continue;
    const { agentId, adminId } = await actorsOf(seed.slug);
    const as = (userId: string, role: 'agent' | 'commune_admin' | null): Viewer => ({
      userId,
      roles: role ? [role] : [],
      networkRoles: [],
    });
    const mandataire = as(citizenId, null);
    const identity = { name: 'Mandataire démo', cin: 'DM000001', address: '1 place de la démonstration' };
    const ctx = deps;
    const past = { ...deps, clock: { now: () => new Date(now.getTime() - 40 * DAY_MS) } };

    // Collecting: the resident signs online, an agent keys a first paper sheet.
    const open = await service.create(
      ctx,
      commune,
      { ...PETITIONS.collecting, associationId: null, language: 'fr', mandataire: identity },
      mandataire,
    );
    await service.openCollecting(ctx, commune, open.id, mandataire);
    await service.sign(ctx, commune, { id: open.id, signer: demoSigner(0) }, mandataire);
    await service.paperBatch(
      ctx,
      commune,
      { id: open.id, sheet: 'F-001', signers: Array.from({ length: 14 }, (_, i) => demoSigner(i + 1)) },
      as(agentId, 'agent'),
    );

    // Filed 40 days ago at its threshold, then rejected by the bureau with its reasons.
    const old = await service.create(
      past,
      commune,
      { ...PETITIONS.rejected, associationId: null, language: 'fr', mandataire: identity },
      mandataire,
    );
    await service.openCollecting(past, commune, old.id, mandataire);
    for (let from = 0; from < old.threshold; from += 100)
      await service.paperBatch(
        past,
        commune,
        {
          id: old.id,
          sheet: `F-${String(from / 100 + 1).padStart(3, '0')}`,
          signers: Array.from({ length: Math.min(100, old.threshold - from) }, (_, i) => demoSigner(1000 + from + i)),
        },
        as(agentId, 'agent'),
      );
    await service.file(past, commune, old.id, mandataire);
    await service.review(
      ctx,
      commune,
      {
        id: old.id,
        decision: 'rejected',
        reasons:
          'Le transport scolaire interurbain relève de la Région, non du conseil communal (loi organique 111-14) : le bureau a transmis la demande au conseil régional.',
      },
      as(adminId, 'commune_admin'),
    );

    // A citizen proposal, answered.
    const proposal = await service.create(
      past,
      commune,
      { ...PETITIONS.proposal, associationId: null, language: 'fr', mandataire: identity },
      mandataire,
    );
    await service.file(past, commune, proposal.id, mandataire);
    await service.answer(
      ctx,
      commune,
      {
        id: proposal.id,
        answer: 'La commune étudie l’aménagement de la place du souk ; un essai de marché est prévu au printemps.',
      },
      as(adminId, 'commune_admin'),
    );
    created += 3;
  }
  return created;
}
