/** The spellings of one domain name, from its kebab-case form (`petitions`, `training-sessions`). */
export interface Names {
  /** Folder, URL path and portal module name: `training-sessions`. */
  kebab: string;
  /** Router key, Kysely table property and catalog namespace: `trainingSessions`. */
  camel: string;
  /** Type names: `TrainingSessions`. */
  pascal: string;
  /** SQL table: `training_sessions`. */
  snake: string;
  /** The migration's name, `YYYY-MM-DDTHHMM-<kebab>`. */
  migration: string;
}

export const NAME_RULE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function namesOf(kebab: string, migration: string): Names {
  if (!NAME_RULE.test(kebab)) {
    throw new Error(
      `A domain name is kebab-case, letters and digits: "petitions", "training-sessions" (got "${kebab}").`,
    );
  }
  const camel = kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return {
    kebab,
    camel,
    pascal: camel[0]!.toUpperCase() + camel.slice(1),
    snake: kebab.replaceAll('-', '_'),
    migration,
  };
}

/**
 * A migration name after every existing one: today's UTC date and time (`2026-12-05T1204`),
 * moved a minute on while an existing name sorts after it.
 */
export function migrationName(kebab: string, existing: string[], now: Date): string {
  const latest = [...existing].sort().at(-1) ?? '';
  let at = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const stamp = (d: Date) => d.toISOString().slice(0, 16).replace(':', '');
  while (stamp(at) <= latest.slice(0, 15)) at = new Date(at.getTime() + 60_000);
  return `${stamp(at)}-${kebab}`;
}
