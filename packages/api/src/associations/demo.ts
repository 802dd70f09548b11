import { COMMUNES, type Db } from '@shabaka/db';
import { fixedClock } from '../clock';
import { createInput } from './schemas';
import * as service from './service';

/**
 * Demo associations for the five communes: invented names, people and numbers (no real person's data), with dates
 * spread so the flags show each case (young, changes to declare, operating by law, out of date, in good standing).
 */
const PLACES: Record<string, string[]> = {
  tetouan: ['المدينة العتيقة', 'الصنيع رمل', 'طويلع', 'بوجراح', 'درسة'],
  asilah: ['المدينة العتيقة', 'حي القدس', 'حي الحسني'],
  chefchaouen: ['السويقة', 'رأس الماء', 'حي الأندلس'],
  'ksar-el-kebir': ['باب الواد', 'حي السلام', 'الشريعة', 'حي المرس'],
  mdiq: ['وسط المدينة', 'حي الأمل', 'كابونيكرو'],
};

const KINDS = [
  {
    ar: 'جمعية الأمل للتربية والتكوين',
    fr: 'Association Al Amal pour l’éducation et la formation',
    object: 'Soutien scolaire, alphabétisation des adultes et cours de langues pour les habitants du quartier.',
    sectors: ['education', 'youth'],
  },
  {
    ar: 'جمعية البيئة والتنمية المستدامة',
    fr: 'Association environnement et développement durable',
    object: 'Nettoyage des plages et des berges, jardins de quartier et sensibilisation au tri des déchets.',
    sectors: ['environment', 'development'],
  },
  {
    ar: 'جمعية النساء المبادرات',
    fr: 'Association des femmes entreprenantes',
    object: 'Accompagnement des coopératives féminines, formation à la gestion et accès aux marchés locaux.',
    sectors: ['women', 'development'],
  },
  {
    ar: 'نادي الشباب الرياضي',
    fr: 'Club sportif de la jeunesse',
    object: 'Écoles de football et de basket pour les 8–18 ans, tournois inter-quartiers pendant l’été.',
    sectors: ['sport', 'youth'],
  },
  {
    ar: 'جمعية أصدقاء التراث',
    fr: 'Association des amis du patrimoine',
    object: 'Visites guidées de la médina, inventaire des portes et fontaines anciennes, ateliers d’artisanat.',
    sectors: ['heritage', 'culture'],
  },
  {
    ar: 'جمعية التضامن لذوي الإعاقة',
    fr: 'Association solidarité handicap',
    object: 'Accueil de jour, transport adapté et accompagnement des familles des personnes en situation de handicap.',
    sectors: ['disability', 'social', 'health'],
  },
] as const;

const FIRST = ['سلمى', 'يوسف', 'خديجة', 'عمر', 'نزهة', 'رشيد', 'ليلى', 'مراد'];
const LAST = ['ب.', 'ع.', 'م.', 'ح.', 'ط.', 'ك.'];
const ROLES = ['الرئيس(ة)', 'الكاتب(ة) العام(ة)', 'أمين(ة) المال'];

const day = (now: Date, daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** Only for communes that have no association yet; returns how many were registered. */
export async function seedDemoAssociations(db: Db, agentOf: (slug: string) => Promise<string>, now = new Date()) {
  let created = 0;
  for (const [ci, seed] of COMMUNES.entries()) {
    const commune = await db
      .selectFrom('communes')
      .select(['id', 'slug'])
      .where('slug', '=', seed.slug)
      .executeTakeFirst();
    if (!commune) continue;
    const has = await db
      .selectFrom('associations')
      .select('id')
      .where('communeId', '=', commune.id)
      .limit(1)
      .executeTakeFirst();
    if (has) continue;
    const places = PLACES[seed.slug] ?? ['Centre'];
    const agentId = await agentOf(seed.slug);
    const count = seed.slug === 'tetouan' ? 6 : 4;
    for (let i = 0; i < count; i++) {
      const kind = KINDS[(i + ci) % KINDS.length]!;
      const n = ci * 10 + i;
      // Every fourth association has no definitive receipt; every third renewed its bureau lately without declaring it.
      const constituted = 400 + ((n * 397) % 4000);
      const input = createInput.parse({
        names: { ar: `${kind.ar} - ${places[i % places.length]}`, fr: `${kind.fr} (${seed.names.fr})` },
        object: kind.object,
        sectors: [...kind.sectors],
        seatNeighbourhood: i === count - 1 ? null : places[i % places.length],
        seatLocation:
          i % 2 === 0 ? { lat: seed.lat + ((n % 7) - 3) * 0.003, lon: seed.lon + ((n % 5) - 2) * 0.003 } : null,
        branches: i === count - 1 ? [places[(i + 1) % places.length]] : [],
        publicUtilityDecree: i === 0 && ci % 2 === 0 ? `2.${10 + ci}.${100 + n}` : null,
        contactEmail: i % 2 === 0 ? `contact${n}@association.example` : null,
        contactPhone:
          i % 3 === 0 ? `0539 ${String(100000 + n * 137).slice(0, 2)} ${String(10 + n).slice(-2)} 00` : null,
        bureau: ROLES.map((role, r) => ({
          name: `${FIRST[(n + r) % FIRST.length]} ${LAST[(n + r * 2) % LAST.length]}`,
          role,
          cin: `XX${String(100000 + n * 31 + r).slice(-6)}`,
        })),
        rib: `01164${String(n).padStart(3, '0')}${'0'.repeat(12)}${String(10 + n).padStart(4, '0')}`,
        constitutedOn: day(now, constituted),
        declaredOn: day(now, constituted - 10),
        provisionalReceiptOn: day(now, constituted - 10),
        definitiveReceiptOn: i % 4 === 3 ? null : day(now, constituted - 50),
        lastGeneralAssemblyOn: day(now, i % 2 === 0 ? 90 + n : 500 + n),
        bureauRenewedOn: i % 3 === 1 ? day(now, 45) : null,
        changesDeclaredOn: null,
      });
      await service.create({ db, clock: fixedClock(now) }, commune, input, agentId);
      created++;
    }
  }
  return created;
}
