import type { Localized } from '@shabaka/db';
import { translatorFor } from '@shabaka/ui/i18n';
import { figureLabel, sectionTitle } from '../../bulletins';
import { localDate } from '../../calendar';
import * as repo from '../repository';
import { L } from './common';
import { defineDataset, textCells, textFields, TEXT_LANGUAGES, type DatasetRow } from '../spec';

const UNITS = ['count', 'percent', 'hours', 'days', 'mad', 'rating'] as const;

/** Every language's words for a key, read through the bulletins' own labels (the page's and the PDF's). */
function words(read: (lang: (typeof TEXT_LANGUAGES)[number]) => string): Localized {
  return { ar: read('ar'), fr: read('fr'), es: read('es') };
}

export const bulletinFiguresDataset = defineDataset({
  id: 'bulletin-figures',
  title: L(
    'أرقام نشرات نتائج التدبير',
    'Chiffres des bulletins de résultats de gestion',
    'Cifras de los boletines de resultados de gestión',
  ),
  description: L(
    'كل رقم من النشرات الفصلية والسنوية المصادق عليها كما جُمّد عند المصادقة: الفترة، القسم، الرقم، قيمته ووحدته، ومجموعة البيانات التي يأتي منها.',
    "Chaque chiffre des bulletins trimestriels et annuels approuvés, tel que figé à l'approbation : période, section, chiffre, valeur, unité et jeu de données d'origine.",
    'Cada cifra de los boletines trimestrales y anuales aprobados, tal como quedó fijada en la aprobación: periodo, sección, cifra, valor, unidad y conjunto de datos de origen.',
  ),
  keywords: [L('نشرات', 'bulletins', 'boletines'), L('نتائج التدبير', 'résultats de gestion', 'resultados de gestión')],
  theme: 'GOVE',
  accrualPeriodicity: 'QUARTERLY',
  fields: [
    {
      name: 'year',
      type: 'year',
      title: L('السنة', 'Année', 'Año'),
      description: L('سنة النشرة.', 'Année du bulletin.', 'Año del boletín.'),
      constraints: { required: true },
    },
    {
      name: 'quarter',
      type: 'integer',
      title: L('الفصل', 'Trimestre', 'Trimestre'),
      description: L(
        'من 1 إلى 4؛ 0 للسنة كاملة.',
        'De 1 à 4 ; 0 pour l’année entière.',
        'De 1 a 4; 0 para el año entero.',
      ),
      constraints: { required: true, minimum: 0, maximum: 4 },
    },
    {
      name: 'period_from',
      type: 'date',
      title: L('بداية الفترة', 'Début de la période', 'Inicio del periodo'),
      description: L('أول يوم في الفترة.', 'Premier jour de la période.', 'Primer día del periodo.'),
      constraints: { required: true },
    },
    {
      name: 'period_to',
      type: 'date',
      title: L('نهاية الفترة', 'Fin de la période', 'Fin del periodo'),
      description: L('آخر يوم في الفترة.', 'Dernier jour de la période.', 'Último día del periodo.'),
      constraints: { required: true },
    },
    {
      name: 'section',
      type: 'string',
      title: L('رمز القسم', 'Code de la section', 'Código de la sección'),
      description: L(
        'قسم النشرة (complaints، information…).',
        'Section du bulletin (complaints, information…).',
        'Sección del boletín (complaints, information…).',
      ),
      constraints: { required: true },
    },
    ...textFields(
      'section',
      L('القسم', 'Section', 'Sección'),
      L('عنوان القسم.', 'Titre de la section.', 'Título de la sección.'),
    ),
    {
      name: 'figure',
      type: 'string',
      title: L('رمز الرقم', 'Code du chiffre', 'Código de la cifra'),
      description: L('رمز الرقم داخل القسم.', 'Code du chiffre dans la section.', 'Código de la cifra en la sección.'),
      constraints: { required: true },
    },
    ...textFields(
      'figure',
      L('الرقم', 'Chiffre', 'Cifra'),
      L('الرقم كما تقرؤه النشرة.', 'Le chiffre tel que le bulletin le dit.', 'La cifra tal como la dice el boletín.'),
    ),
    ...textFields(
      'item',
      L('العنصر', 'Élément', 'Elemento'),
      L(
        'اسم الفئة أو السبب حين يكون الرقم أحد عناصر لائحة؛ فارغ خلاف ذلك.',
        "Nom de la catégorie ou du motif quand le chiffre est l'un d'une liste ; vide sinon.",
        'Nombre de la categoría o del motivo cuando la cifra es una de una lista; vacío si no.',
      ),
    ),
    {
      name: 'value',
      type: 'number',
      title: L('القيمة', 'Valeur', 'Valor'),
      description: L(
        'فارغة حين لا يمكن حسابها (لا شيء في الفترة).',
        'Vide quand elle ne peut être calculée (rien dans la période).',
        'Vacío cuando no puede calcularse (nada en el periodo).',
      ),
    },
    {
      name: 'unit',
      type: 'string',
      title: L('الوحدة', 'Unité', 'Unidad'),
      description: L(
        'count: عدد، percent: نسبة مئوية، hours: ساعات، days: أيام، mad: درهم، rating: تقييم من 1 إلى 5.',
        'count : nombre, percent : pourcentage, hours : heures, days : jours, mad : dirhams, rating : note de 1 à 5.',
        'count: número, percent: porcentaje, hours: horas, days: días, mad: dírhams, rating: nota de 1 a 5.',
      ),
      constraints: { required: true, enum: UNITS },
    },
    {
      name: 'source_dataset',
      type: 'string',
      title: L('مصدر البيانات', 'Jeu de données source', 'Conjunto de datos de origen'),
      description: L(
        'مجموعة البيانات المفتوحة التي يأتي منها الرقم.',
        'Le jeu de données ouvert dont vient le chiffre.',
        'El conjunto de datos abierto del que procede la cifra.',
      ),
      constraints: { required: true },
    },
    {
      name: 'approved_on',
      type: 'date',
      title: L('تاريخ المصادقة', "Date d'approbation", 'Fecha de aprobación'),
      description: L(
        'يوم المصادقة على النشرة ونشرها.',
        'Jour où le bulletin a été approuvé et publié.',
        'Día en que se aprobó y publicó el boletín.',
      ),
      constraints: { required: true },
    },
  ],
  async rows(db, communeId, now) {
    const out: DatasetRow[] = [];
    for (const b of await repo.publishedBulletins(db, communeId, now)) {
      if (!b.figures || !b.approvedAt) continue;
      for (const s of b.figures.sections)
        for (const f of s.figures)
          out.push({
            year: b.year,
            quarter: b.quarter,
            period_from: b.figures.from,
            period_to: b.figures.to,
            section: s.key,
            ...textCells(
              'section',
              words((l) => sectionTitle(translatorFor(l), s.key)),
            ),
            figure: f.key,
            ...textCells(
              'figure',
              words((l) => figureLabel(translatorFor(l), s.key, f, l)),
            ),
            ...textCells('item', f.names ?? null),
            value: f.value,
            unit: f.unit,
            source_dataset: s.dataset,
            approved_on: localDate(b.approvedAt),
          });
    }
    return out;
  },
});
