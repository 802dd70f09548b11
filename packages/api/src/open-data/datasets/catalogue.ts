import { WEEKDAYS, type Localized, type OpeningHours } from '@shabaka/db';
import { communeProcedures } from '../../procedures';
import { communeServicePoints } from '../../service-points';
import * as repo from '../repository';
import { L } from './common';
import { defineDataset, textCells, textFields } from '../spec';

/** OpenStreetMap's opening_hours syntax ("Mo-Fr 08:30-16:30"): language-neutral, and tools read it. */
const OSM_DAY = { mon: 'Mo', tue: 'Tu', wed: 'We', thu: 'Th', fri: 'Fr', sat: 'Sa', sun: 'Su' } as const;
export function osmOpeningHours(hours: OpeningHours) {
  return hours
    .map((p) => {
      const idx = p.days.map((d) => WEEKDAYS.indexOf(d)).sort((a, b) => a - b);
      const runs: [number, number][] = [];
      for (const i of idx) {
        const last = runs.at(-1);
        if (last && i === last[1] + 1) last[1] = i;
        else runs.push([i, i]);
      }
      const days = runs
        .map(([a, b]) => (a === b ? OSM_DAY[WEEKDAYS[a]!] : `${OSM_DAY[WEEKDAYS[a]!]}-${OSM_DAY[WEEKDAYS[b]!]}`))
        .join(',');
      return `${days} ${p.opens}-${p.closes}`;
    })
    .join('; ');
}

const code = (description: Localized) => ({
  name: 'code',
  type: 'string' as const,
  title: L('الرمز', 'Code', 'Código'),
  description,
  constraints: { required: true, unique: true },
});

export const proceduresDataset = defineDataset({
  id: 'procedures',
  title: L('دليل المساطر الإدارية', 'Catalogue des démarches administratives', 'Catálogo de trámites administrativos'),
  description: L(
    'المساطر التي تقدمها الجماعة كما تُعرض على بوابتها: الأسماء، الموضوعات، الرسوم، آجال المعالجة، قنوات الإيداع وعدد الوثائق المطلوبة.',
    'Les démarches offertes par la commune telles que son portail les présente : noms, thèmes, frais, délais de traitement, canaux de dépôt et nombre de pièces demandées.',
    'Los trámites que ofrece el municipio tal como los presenta su portal: nombres, temas, tasas, plazos de tramitación, canales de presentación y número de documentos exigidos.',
  ),
  keywords: [
    L('مساطر', 'démarches', 'trámites'),
    L('خدمات إدارية', 'services administratifs', 'servicios administrativos'),
  ],
  theme: 'GOVE',
  accrualPeriodicity: 'IRREG',
  fields: [
    code(
      L(
        'رمز المسطرة في دليل الشبكة.',
        'Code de la démarche dans le catalogue du réseau.',
        'Código del trámite en el catálogo de la red.',
      ),
    ),
    ...textFields(
      'name',
      L('الاسم', 'Nom', 'Nombre'),
      L('اسم المسطرة.', 'Nom de la démarche.', 'Nombre del trámite.'),
      {
        required: true,
      },
    ),
    ...textFields(
      'summary',
      L('الملخص', 'Résumé', 'Resumen'),
      L('ما تتيحه المسطرة.', 'Ce que permet la démarche.', 'Lo que permite el trámite.'),
    ),
    {
      name: 'themes',
      type: 'string',
      title: L('الموضوعات', 'Thèmes', 'Temas'),
      description: L(
        'رموز الموضوعات مفصولة بمسافة (civil-status، urban-planning…).',
        'Codes des thèmes séparés par une espace (civil-status, urban-planning…).',
        'Códigos de los temas separados por un espacio (civil-status, urban-planning…).',
      ),
    },
    {
      name: 'fee_mad',
      type: 'number',
      title: L('الرسم (درهم)', 'Frais (MAD)', 'Tasa (MAD)'),
      description: L(
        'الرسم بالدرهم؛ فارغ حين يحدده القرار الجبائي للجماعة.',
        'Frais en dirhams ; vide quand la décision fiscale de la commune les fixe.',
        'Tasa en dírhams; vacía cuando la fija la decisión fiscal del municipio.',
      ),
      constraints: { minimum: 0 },
    },
    {
      name: 'processing_days',
      type: 'integer',
      title: L('أجل المعالجة (أيام)', 'Délai de traitement (jours)', 'Plazo de tramitación (días)'),
      description: L('الأجل المعلن بالأيام.', 'Délai annoncé, en jours.', 'Plazo anunciado, en días.'),
      constraints: { required: true, minimum: 0 },
    },
    {
      name: 'channels',
      type: 'string',
      title: L('قنوات الإيداع', 'Canaux de dépôt', 'Canales de presentación'),
      description: L(
        'counter: في الشباك، online: عبر الإنترنت، both: الاثنان.',
        'counter : au guichet, online : en ligne, both : les deux.',
        'counter: en ventanilla, online: en línea, both: ambos.',
      ),
      constraints: { required: true, enum: ['counter', 'online', 'both'] },
    },
    {
      name: 'electronic_delivery',
      type: 'boolean',
      title: L('تسليم إلكتروني', 'Délivrance électronique', 'Entrega electrónica'),
      description: L(
        'هل تُسلَّم الوثيقة إلكترونياً.',
        'Le document est-il délivré sous forme électronique.',
        'Si el documento se entrega en forma electrónica.',
      ),
      constraints: { required: true },
    },
    {
      name: 'documents_required',
      type: 'integer',
      title: L('الوثائق المطلوبة', 'Pièces demandées', 'Documentos exigidos'),
      description: L('عدد الوثائق المطلوبة.', 'Nombre de pièces à fournir.', 'Número de documentos que aportar.'),
      constraints: { required: true, minimum: 0 },
    },
  ],
  primaryKey: ['code'],
  async rows(db, communeId) {
    const commune = await repo.communeById(db, communeId);
    const list = await communeProcedures(db, commune, {});
    return list
      .filter((p) => p.active)
      .map((p) => ({
        code: p.code,
        ...textCells('name', p.names),
        ...textCells('summary', p.summaries),
        themes: p.themes.join(' ') || null,
        fee_mad: p.feeMad,
        processing_days: p.processingDays,
        channels: p.channels,
        electronic_delivery: p.electronicDelivery,
        documents_required: p.documents.length,
      }))
      .sort((a, b) => a.code.localeCompare(b.code));
  },
});

export const servicePointsDataset = defineDataset({
  id: 'service-points',
  title: L('نقط الخدمة', 'Points de service', 'Puntos de atención'),
  description: L(
    'مكاتب الجماعة وشبابيكها وملحقاتها: النوع، الاسم، العنوان، الموقع، أوقات العمل والمساطر المقدمة. الهواتف في البوابة لا في هذا الملف.',
    'Bureaux, guichets et annexes de la commune : type, nom, adresse, position, horaires et démarches traitées. Les téléphones sont sur le portail, pas dans ce fichier.',
    'Oficinas, ventanillas y anexos del municipio: tipo, nombre, dirección, posición, horario y trámites atendidos. Los teléfonos están en el portal, no en este archivo.',
  ),
  keywords: [L('شبابيك', 'guichets', 'ventanillas'), L('أوقات العمل', 'horaires', 'horarios')],
  theme: 'GOVE',
  accrualPeriodicity: 'IRREG',
  fields: [
    code(
      L(
        'رمز نقطة الخدمة لدى الجماعة.',
        'Code du point de service chez la commune.',
        'Código del punto de atención en el municipio.',
      ),
    ),
    {
      name: 'kind',
      type: 'string',
      title: L('النوع', 'Type', 'Tipo'),
      description: L(
        'نوع نقطة الخدمة (town_hall، civil_status_office…).',
        'Type du point (town_hall, civil_status_office…).',
        'Tipo de punto (town_hall, civil_status_office…).',
      ),
      constraints: { required: true },
    },
    ...textFields(
      'name',
      L('الاسم', 'Nom', 'Nombre'),
      L('اسم نقطة الخدمة.', 'Nom du point de service.', 'Nombre del punto de atención.'),
      {
        required: true,
      },
    ),
    ...textFields(
      'address',
      L('العنوان', 'Adresse', 'Dirección'),
      L(
        'العنوان كما كتبته المصالح.',
        "L'adresse telle que les services l'écrivent.",
        'La dirección tal como la escriben los servicios.',
      ),
    ),
    {
      name: 'lat',
      type: 'number',
      title: L('خط العرض', 'Latitude', 'Latitud'),
      description: L(
        'موقع المكتب (WGS 84، خمسة أرقام عشرية).',
        'Position du bureau (WGS 84, cinq décimales).',
        'Posición de la oficina (WGS 84, cinco decimales).',
      ),
      constraints: { required: true, minimum: -90, maximum: 90 },
    },
    {
      name: 'lon',
      type: 'number',
      title: L('خط الطول', 'Longitude', 'Longitud'),
      description: L(
        'موقع المكتب (WGS 84، خمسة أرقام عشرية).',
        'Position du bureau (WGS 84, cinq décimales).',
        'Posición de la oficina (WGS 84, cinco decimales).',
      ),
      constraints: { required: true, minimum: -180, maximum: 180 },
    },
    {
      name: 'opening_hours',
      type: 'string',
      title: L('أوقات العمل', "Heures d'ouverture", 'Horario'),
      description: L(
        'بصيغة opening_hours لـ OpenStreetMap (Mo-Fr 08:30-16:30)؛ فارغة ما لم تؤكدها المصالح.',
        "Au format opening_hours d'OpenStreetMap (Mo-Fr 08:30-16:30) ; vide tant que les services ne les ont pas confirmées.",
        'En el formato opening_hours de OpenStreetMap (Mo-Fr 08:30-16:30); vacío mientras los servicios no lo confirmen.',
      ),
    },
    {
      name: 'procedures',
      type: 'string',
      title: L('المساطر', 'Démarches', 'Trámites'),
      description: L(
        'رموز المساطر المقدمة هنا مفصولة بمسافة.',
        'Codes des démarches traitées ici, séparés par une espace.',
        'Códigos de los trámites atendidos aquí, separados por un espacio.',
      ),
    },
  ],
  primaryKey: ['code'],
  async rows(db, communeId) {
    const commune = await repo.communeById(db, communeId);
    return (await communeServicePoints(db, commune))
      .map((p) => ({
        code: p.code,
        kind: p.kind,
        ...textCells('name', p.names),
        ...textCells('address', p.address),
        lat: Number(p.location.lat.toFixed(5)),
        lon: Number(p.location.lon.toFixed(5)),
        opening_hours: osmOpeningHours(p.hours) || null,
        procedures: p.services.join(' ') || null,
      }))
      .sort((a, b) => a.code.localeCompare(b.code));
  },
});
