import type { useHarness } from './harness';

let n = 0;

/**
 * An account verified by the commune's staff as the representative of a new association of
 * that commune, through the registry's own procedures (issue 14).
 */
export async function representative(h: ReturnType<typeof useHarness>, commune: string, email: string) {
  n += 1;
  const staff = await h.user(`registry.${n}.${email}`, [`${commune}:agent`]);
  const association = await staff.caller.associations.create({
    commune,
    names: { ar: `جمعية القاعات ${n}`, fr: `Association des salles ${n}` },
    object: 'Activités culturelles et soutien scolaire pour les jeunes du quartier.',
    sectors: ['education', 'youth'],
    seatNeighbourhood: 'Centre',
    constitutedOn: '2019-01-15',
  });
  const user = await h.user(email);
  const asked = await user.caller.associations.requestRepresentation({
    commune,
    id: association.id,
    role: 'Président',
  });
  await staff.caller.associations.decideRepresentative({ commune, id: asked.id, decision: 'verify' });
  return { ...user, associationId: association.id };
}
