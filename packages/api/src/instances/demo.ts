import type { Db } from '@shabaka/db';
import { addDays, localDate } from '../calendar';
import type { Clock } from '../clock';
import { listCommunes } from '../communes';
import type { InnerContext } from '../context';
import type { EventBus } from '../events';
import * as service from './service';

type Deps = { db: Db; clock: Clock; events: EventBus; signing: InnerContext['signing'] };
const t3 = (ar: string, fr: string, es: string) => ({ ar, fr, es });
const DAY = 86_400_000;

/** The same deps, their clock `days` before today: the demo's steps happened over the last weeks. */
const daysAgo = (deps: Deps, days: number) => ({
  ...deps,
  clock: { now: () => new Date(deps.clock.now().getTime() - days * DAY) },
});

const COMMITTEE_MEMBERS = [
  {
    name: 'Amina El Idrissi',
    sex: 'woman',
    category: 'civil_society',
    role: 'chair',
    organisation: 'Réseau associatif du Nord',
  },
  {
    name: 'Youssef Benali',
    sex: 'man',
    category: 'civil_society',
    role: 'member',
    organisation: 'Association Tamkine',
  },
  {
    name: 'Salma Chaoui',
    sex: 'woman',
    category: 'civil_society',
    role: 'rapporteur',
    organisation: 'Ordre des experts-comptables',
  },
  { name: 'Karim Ouazzani', sex: 'man', category: 'elected', role: 'member', organisation: 'Conseil de Chefchaouen' },
  { name: 'Nadia Rifi', sex: 'woman', category: 'elected', role: 'member', organisation: 'Conseil de Ksar El Kébir' },
  {
    name: 'Hind Alaoui',
    sex: 'woman',
    category: 'administration',
    role: 'member',
    organisation: 'Direction générale des collectivités territoriales',
  },
] as const;

const DECLARATIONS = [
  'Aucun intérêt déclaré dans les communes du réseau.',
  'Président d’une association ayant reçu une subvention de la commune de Tétouan en 2025.',
  'Aucun intérêt déclaré.',
];

/**
 * Demo instances (`--demo`): the network's transparency committee, seated at Tétouan, with its members and their
 * declarations, signed internal rules, one meeting with signed minutes, recommendations to the communes in every
 * state (awaiting an answer, accepted and under way, partially accepted, refused with reasons, implemented) and
 * an observation; an IEECAG (113-14 art. 120) for each of the five communes. Once.
 */
export async function seedDemoInstances(deps: Deps, coordinatorId: string, adminOf: (slug: string) => Promise<string>) {
  const network = { scope: 'network' } as const;
  if ((await service.list(deps, null, true)).length > 0) return 0;
  const communes = (await listCommunes(deps.db)).filter((c) =>
    ['tetouan', 'asilah', 'chefchaouen', 'ksar-el-kebir', 'mdiq'].includes(c.slug),
  );
  if (communes.length === 0) return 0;
  const start = localDate(new Date(deps.clock.now().getTime() - 120 * DAY));
  const old = daysAgo(deps, 60);
  const { id } = await service.save(
    old,
    network,
    {
      seat: 'tetouan',
      kind: 'transparency_committee',
      name: t3(
        'لجنة الشفافية لشبكة المدن الاستراتيجية',
        'Comité de transparence du Réseau des villes stratégiques',
        'Comité de transparencia de la Red de ciudades estratégicas',
      ),
      mandate: t3(
        'تتابع اللجنة نشر نتائج التدبير بالجماعات الأعضاء، وتطلع على مؤشراتها وسجلاتها، وتوجه إليها توصيات وتتابع أجوبتها.',
        'Le comité suit la publication des résultats de gestion des communes membres, lit leurs indicateurs et registres, leur adresse des recommandations et suit leurs réponses.',
        'El comité sigue la publicación de los resultados de gestión de los municipios miembros, lee sus indicadores y registros, les dirige recomendaciones y sigue sus respuestas.',
      ),
      legalBasis: t3(
        'مقترح يوم دراسي بتطوان في 7 مارس 2014؛ لا يحدثها أي نص قانوني، ونظامها الداخلي يحدد تنظيمها.',
        'Proposition de la journée d’étude de Tétouan du 7 mars 2014 ; aucun texte légal ne le crée, son règlement intérieur l’organise.',
        'Propuesta de la jornada de estudio de Tetuán del 7 de marzo de 2014; ningún texto legal lo crea, su reglamento interno lo organiza.',
      ),
      seatsTotal: 7,
      seatsCivilSociety: 3,
      seatsElected: 2,
      seatsAdministration: 2,
      minWomenPercent: 50,
      termMonths: 36,
      rules:
        'Article 1 — Le comité se réunit au moins une fois par trimestre.\nArticle 2 — Ses recommandations, les réponses des communes et ses procès-verbaux sont publics.\nArticle 3 — Chaque membre déclare ses intérêts avant de siéger et s’abstient sur toute question qui les touche.',
    },
    coordinatorId,
  );
  const members = [];
  for (const [n, m] of COMMITTEE_MEMBERS.entries()) {
    members.push(
      await service.addMember(
        old,
        network,
        {
          instanceId: id,
          ...m,
          termStartsOn: start,
          declaration: DECLARATIONS[n % DECLARATIONS.length]!,
          declaredOn: start,
          email: `membre${n + 1}.comite@example.ma`,
        },
        coordinatorId,
      ),
    );
  }
  if (deps.signing) await service.issueRules(old, network, id, coordinatorId);
  await service.publish(old, network, id, coordinatorId);

  // One meeting three weeks ago, recorded and signed.
  const meetingDay = daysAgo(deps, 21);
  const { id: meetingId } = await service.saveMeeting(
    daysAgo(deps, 40),
    network,
    {
      instanceId: id,
      startsAt: meetingDay.clock.now(),
      place: 'Hôtel de ville de Tétouan, salle du conseil',
      agenda: [
        t3(
          'تتبع أجوبة الجماعات على التوصيات',
          'Suivi des réponses des communes aux recommandations',
          'Seguimiento de las respuestas de los municipios',
        ),
        t3(
          'قراءة مؤشرات الشكايات وطلبات المعلومات',
          'Lecture des indicateurs des réclamations et des demandes d’information',
          'Lectura de los indicadores de reclamaciones y solicitudes de información',
        ),
      ],
    },
    coordinatorId,
  );
  await service.recordMeeting(
    daysAgo(deps, 20),
    network,
    {
      id: meetingId,
      present: members.slice(0, 5).map((m) => m.id),
      guests: 3,
      decisions: [
        t3(
          'اعتماد خمس توصيات موجهة إلى الجماعات',
          'Adopter cinq recommandations adressées aux communes',
          'Adoptar cinco recomendaciones dirigidas a los municipios',
        ),
      ],
      minutes:
        'Le comité a examiné les indicateurs publiés sur le tableau de bord du réseau et adopté cinq recommandations. La séance est levée à midi.',
    },
    coordinatorId,
  );
  if (deps.signing) await service.issueMinutes(daysAgo(deps, 19), network, meetingId, coordinatorId);

  const recommend = async (
    to: string,
    title: ReturnType<typeof t3>,
    body: ReturnType<typeof t3>,
    service_?: string,
  ) => {
    const r = await service.draftRecommendation(
      daysAgo(deps, 21),
      network,
      { instanceId: id, addressedTo: to, meetingId, title, body, answerDays: 60, service: service_ },
      coordinatorId,
    );
    await service.adopt(daysAgo(deps, 20), network, { addressedTo: to, id: r.id }, coordinatorId);
    return r.id;
  };
  const BUDGET = {
    title: t3(
      'نشر الميزانية وتنفيذها كل ثلاثة أشهر',
      'Publier le budget et son exécution chaque trimestre',
      'Publicar el presupuesto y su ejecución cada trimestre',
    ),
    body: t3(
      'توصي اللجنة بنشر الميزانية وتنفيذها في شكل بيانات مفتوحة كل ثلاثة أشهر.',
      'Le comité recommande de publier le budget et son exécution en données ouvertes chaque trimestre.',
      'El comité recomienda publicar el presupuesto y su ejecución en datos abiertos cada trimestre.',
    ),
  };
  const byCommune = new Map(communes.map((c) => [c.slug, c]));
  const answerAs = async (
    slug: string,
    recId: string,
    answer: 'accepted' | 'partially' | 'rejected',
    reasons?: string,
  ) => {
    const c = byCommune.get(slug)!;
    await service.answer(daysAgo(deps, 10), c, { id: recId, answer, reasons }, await adminOf(slug));
    return c;
  };
  // M'diq: adopted, its answer awaited.
  await recommend('mdiq', BUDGET.title, BUDGET.body, 'Service des finances');
  // Asilah: accepted and under way.
  const asilahRec = await recommend('asilah', BUDGET.title, BUDGET.body);
  const asilah = await answerAs('asilah', asilahRec, 'accepted');
  await service.reportProgress(
    daysAgo(deps, 5),
    asilah,
    { id: asilahRec, percent: 60, text: 'Le premier trimestre est publié sur le portail.' },
    await adminOf('asilah'),
  );
  // Tétouan: partially accepted, with its reasons.
  const tetRec = await recommend(
    'tetouan',
    t3(
      'رقمنة سجل الشكايات بالمقاطعات',
      'Numériser le registre des réclamations des arrondissements',
      'Digitalizar el registro de reclamaciones de los distritos',
    ),
    t3(
      'توصي اللجنة بإدخال الشكايات الورقية في السجل الرقمي داخل أسبوع.',
      'Le comité recommande de saisir les réclamations papier dans le registre numérique sous une semaine.',
      'El comité recomienda registrar las reclamaciones en papel en el registro digital en una semana.',
    ),
  );
  await answerAs(
    'tetouan',
    tetRec,
    'partially',
    'Les guichets centraux saisissent sous une semaine ; les annexes administratives, sans agent formé, sous un mois jusqu’à la formation prévue en juin.',
  );
  // Chefchaouen: refused, with its reasons.
  const chefRec = await recommend(
    'chefchaouen',
    t3(
      'بث دورات المجلس مباشرة',
      'Diffuser les sessions du conseil en direct',
      'Retransmitir en directo las sesiones del pleno',
    ),
    t3(
      'توصي اللجنة ببث دورات المجلس مباشرة على الإنترنت.',
      'Le comité recommande de diffuser les sessions du conseil en direct sur internet.',
      'El comité recomienda retransmitir en directo las sesiones del pleno por internet.',
    ),
  );
  await answerAs(
    'chefchaouen',
    chefRec,
    'rejected',
    'La salle du conseil n’a pas de connexion suffisante ; les procès-verbaux des sessions sont déjà publiés sous quinze jours.',
  );
  // Ksar El Kébir: accepted and implemented.
  const ksarRec = await recommend(
    'ksar-el-kebir',
    t3(
      'نشر جهة اتصال المكلف بالحق في الحصول على المعلومات',
      'Publier le contact du chargé de l’accès à l’information',
      'Publicar el contacto del responsable de acceso a la información',
    ),
    t3(
      'توصي اللجنة بنشر اسم ورقم المكلف بالحق في الحصول على المعلومات، تطبيقا للمادة 10 من القانون 31.13.',
      'Le comité recommande de publier le nom et le contact du chargé de l’accès à l’information (loi 31-13, art. 10).',
      'El comité recomienda publicar el nombre y el contacto del responsable de acceso a la información (ley 31-13, art. 10).',
    ),
  );
  const ksar = await answerAs('ksar-el-kebir', ksarRec, 'accepted');
  await service.reportProgress(
    daysAgo(deps, 3),
    ksar,
    { id: ksarRec, percent: 100, text: 'Le contact est publié sur le portail et affiché au bureau d’ordre.' },
    await adminOf('ksar-el-kebir'),
  );
  // An observation on Ksar El Kébir's information requests, awaiting its answer.
  await service.raiseObservation(
    daysAgo(deps, 7),
    {
      instanceId: id,
      addressedTo: 'ksar-el-kebir',
      indicator: 'information.onTime',
      title: t3(
        'آجال الجواب على طلبات المعلومات',
        'Délais de réponse aux demandes d’information',
        'Plazos de respuesta a las solicitudes de información',
      ),
      body: t3(
        'انخفضت نسبة الأجوبة داخل الأجل هذا الفصل.',
        'La part des réponses dans les délais a baissé ce trimestre.',
        'La proporción de respuestas en plazo ha bajado este trimestre.',
      ),
      answerDays: 30,
    },
    coordinatorId,
  );

  // An IEECAG in each commune (113-14 art. 120), with a few members from civil society.
  for (const c of communes) {
    const adminId = await adminOf(c.slug);
    const owner = { scope: 'commune', commune: c } as const;
    const { id: ieecag } = await service.save(
      old,
      owner,
      {
        kind: 'ieecag',
        name: t3(
          `هيئة المساواة وتكافؤ الفرص ومقاربة النوع — ${c.names.ar}`,
          `Instance de l’équité, de l’égalité des chances et de l’approche genre — ${c.names.fr}`,
          `Instancia de equidad, igualdad de oportunidades y enfoque de género — ${c.names.es}`,
        ),
        mandate: t3(
          'هيئة استشارية تدرس القضايا المتعلقة بالمساواة وتكافؤ الفرص ومقاربة النوع، وتبدي رأيها في برنامج عمل الجماعة.',
          'Instance consultative sur les questions d’équité, d’égalité des chances et d’approche genre ; elle donne son avis sur le programme d’action de la commune.',
          'Órgano consultivo sobre equidad, igualdad de oportunidades y enfoque de género; dictamina sobre el programa de actuación municipal.',
        ),
        legalBasis: t3(
          'القانون التنظيمي 113.14، المادة 120',
          'Loi organique 113-14, article 120',
          'Ley orgánica 113-14, artículo 120',
        ),
        seatsTotal: 9,
        seatsCivilSociety: 9,
        seatsElected: 0,
        seatsAdministration: 0,
        minWomenPercent: 50,
        termMonths: 72,
        rules: 'L’instance se réunit deux fois par an et sur demande du conseil. Ses avis sont publiés.',
      },
      adminId,
    );
    for (const [n, m] of [
      { name: 'Fatima Zahra Amrani', sex: 'woman', organisation: 'Association des femmes entrepreneures' },
      { name: 'Rachid Tahiri', sex: 'man', organisation: 'Association des personnes en situation de handicap' },
      { name: 'Khadija Bennani', sex: 'woman', organisation: 'Maison de la jeunesse' },
    ].entries())
      await service.addMember(
        old,
        owner,
        {
          instanceId: ieecag,
          name: m.name,
          sex: m.sex as 'woman' | 'man',
          category: 'civil_society',
          organisation: m.organisation,
          role: n === 0 ? 'chair' : 'member',
          termStartsOn: addDays(start, 0),
          declaration: 'Aucun intérêt déclaré.',
          declaredOn: start,
        },
        adminId,
      );
    await service.publish(old, owner, ieecag, adminId);
  }
  return 1 + communes.length;
}
