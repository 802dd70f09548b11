import { COMPLAINT_CLOSED_STAGES, type ComplaintStage } from '@shabaka/db';
import { localDate } from '../../calendar';
import * as repo from '../repository';
import { L, monthField } from './common';
import { defineDataset, textCells, textFields, type DatasetRow } from '../spec';

/**
 * The grid complaints are counted on: 0.005° of latitude by 0.006° of longitude, about 556 m by
 * 544 m at Tetouan's 35.6° N (≈ 0.3 km²). Fixed for every commune and every version, so cells line
 * up across files; a cell is named by its centre, which has four decimals at most.
 */
export const GRID = { latStep: 0.005, lonStep: 0.006 } as const;
/**
 * A cell × category × month counting fewer complaints than this is left out of the file (k-anonymity:
 * a rare complaint in a small cell could point at one household). The commune-wide row of each category
 * and month (every complaint, with a position or not) is under the same rule; which cells were left out
 * is never said, so the difference between the two places nothing.
 */
export const MIN_CELL_COUNT = 5;

const CLOSED = new Set<ComplaintStage>(COMPLAINT_CLOSED_STAGES);

/** The centre of the grid cell holding a position, to four decimals. */
export function gridCell(lat: number, lon: number) {
  const i = Math.floor(lat / GRID.latStep);
  const j = Math.floor(lon / GRID.lonStep);
  return { lat: Number(((i + 0.5) * GRID.latStep).toFixed(4)), lon: Number(((j + 0.5) * GRID.lonStep).toFixed(4)) };
}

export const complaintsDataset = defineDataset({
  id: 'complaints',
  title: L(
    'الشكايات حسب الحي والفئة والشهر',
    'Réclamations par quartier, catégorie et mois',
    'Quejas por zona, categoría y mes',
  ),
  description: L(
    'عدد الشكايات والملاحظات والاقتراحات التي توصلت بها الجماعة، حسب خلية شبكة تقارب 550 م × 550 م وفئة الشكاية وشهر الإيداع. لا نص حر ولا هوية ولا موقع دقيق؛ تُحذف كل خلية تضم أقل من 5 شكايات في الشهر والفئة.',
    "Nombre de réclamations, observations et suggestions reçues par la commune, par cellule d'une grille d'environ 550 m × 550 m, catégorie et mois de dépôt. Ni texte libre, ni identité, ni position exacte ; toute cellule de moins de 5 réclamations pour un mois et une catégorie est supprimée.",
    'Número de quejas, observaciones y sugerencias recibidas por el municipio, por celda de una cuadrícula de unos 550 m × 550 m, categoría y mes de presentación. Sin texto libre, identidad ni posición exacta; se suprime toda celda con menos de 5 quejas en un mes y categoría.',
  ),
  keywords: [L('شكايات', 'réclamations', 'quejas'), L('خدمات جماعية', 'services communaux', 'servicios municipales')],
  theme: 'GOVE',
  accrualPeriodicity: 'MONTHLY',
  fields: [
    monthField(
      L(
        'شهر إيداع الشكاية بتوقيت المغرب (YYYY-MM).',
        'Mois de dépôt de la réclamation, heure du Maroc (AAAA-MM).',
        'Mes de presentación de la queja, hora de Marruecos (AAAA-MM).',
      ),
    ),
    {
      name: 'category_code',
      type: 'string',
      title: L('رمز الفئة', 'Code de la catégorie', 'Código de la categoría'),
      description: L(
        'رمز فئة الشكاية لدى الجماعة.',
        'Code de la catégorie chez la commune.',
        'Código de la categoría en el municipio.',
      ),
      constraints: { required: true },
    },
    ...textFields(
      'category',
      L('الفئة', 'Catégorie', 'Categoría'),
      L('اسم فئة الشكاية.', 'Nom de la catégorie de réclamation.', 'Nombre de la categoría de queja.'),
    ),
    {
      name: 'scope',
      type: 'string',
      title: L('النطاق', 'Portée', 'Ámbito'),
      description: L(
        'commune: كل شكايات الجماعة في الفئة والشهر؛ cell: شكايات خلية واحدة من الشبكة.',
        'commune : toutes les réclamations de la commune pour la catégorie et le mois ; cell : celles d’une cellule de la grille.',
        'commune: todas las quejas del municipio en la categoría y el mes; cell: las de una celda de la cuadrícula.',
      ),
      constraints: { required: true, enum: ['commune', 'cell'] },
    },
    {
      name: 'cell_lat',
      type: 'number',
      title: L('خط عرض مركز الخلية', 'Latitude du centre de la cellule', 'Latitud del centro de la celda'),
      description: L(
        'مركز خلية الشبكة (0.005° عرضاً × 0.006° طولاً)؛ فارغ في أسطر الجماعة.',
        'Centre de la cellule de la grille (0,005° de latitude × 0,006° de longitude) ; vide sur les lignes de la commune.',
        'Centro de la celda de la cuadrícula (0,005° de latitud × 0,006° de longitud); vacío en las líneas del municipio.',
      ),
      constraints: { minimum: -90, maximum: 90 },
    },
    {
      name: 'cell_lon',
      type: 'number',
      title: L('خط طول مركز الخلية', 'Longitude du centre de la cellule', 'Longitud del centro de la celda'),
      description: L(
        'مركز خلية الشبكة؛ فارغ في أسطر الجماعة.',
        'Centre de la cellule de la grille ; vide sur les lignes de la commune.',
        'Centro de la celda de la cuadrícula; vacío en las líneas del municipio.',
      ),
      constraints: { minimum: -180, maximum: 180 },
    },
    {
      name: 'received',
      type: 'integer',
      title: L('المتوصل بها', 'Reçues', 'Recibidas'),
      description: L(
        'عدد الشكايات المودعة (5 على الأقل: ما دون ذلك لا يُنشر).',
        'Nombre de réclamations déposées (au moins 5 : en dessous, la ligne n’est pas publiée).',
        'Número de quejas presentadas (al menos 5: por debajo, la línea no se publica).',
      ),
      constraints: { required: true, minimum: MIN_CELL_COUNT },
    },
    {
      name: 'closed',
      type: 'integer',
      title: L('المغلقة', 'Clôturées', 'Cerradas'),
      description: L(
        'منها ما أُغلق عند النشر (حُلّت أو رُفضت أو مكررة أو أحيلت).',
        'Dont closes à la publication (résolues, rejetées, doublons ou transmises).',
        'De ellas, cerradas en la publicación (resueltas, rechazadas, duplicadas o remitidas).',
      ),
      constraints: { required: true, minimum: 0 },
    },
    {
      name: 'resolved',
      type: 'integer',
      title: L('المحلولة', 'Résolues', 'Resueltas'),
      description: L('منها ما حُلّ.', 'Dont résolues.', 'De ellas, resueltas.'),
      constraints: { required: true, minimum: 0 },
    },
  ],
  async rows(db, communeId) {
    type Group = DatasetRow & { received: number; closed: number; resolved: number };
    const groups = new Map<string, Group>();
    const count = (key: string, make: () => DatasetRow, stage: ComplaintStage) => {
      let g = groups.get(key);
      if (!g) {
        g = { ...make(), received: 0, closed: 0, resolved: 0 };
        groups.set(key, g);
      }
      g.received++;
      if (CLOSED.has(stage)) g.closed++;
      if (stage === 'resolved') g.resolved++;
    };
    for (const c of await repo.complaintFacts(db, communeId)) {
      const month = localDate(c.createdAt).slice(0, 7);
      const base = () => ({ month, category_code: c.category, ...textCells('category', c.categoryNames) });
      count(
        `${month}|${c.category}|`,
        () => ({ ...base(), scope: 'commune', cell_lat: null, cell_lon: null }),
        c.stage,
      );
      if (c.lat === null || c.lon === null) continue;
      const cell = gridCell(c.lat, c.lon);
      count(
        `${month}|${c.category}|${cell.lat}|${cell.lon}`,
        () => ({ ...base(), scope: 'cell', cell_lat: cell.lat, cell_lon: cell.lon }),
        c.stage,
      );
    }
    // Month, category, the commune's row first, then its cells south to north, west to east.
    const order = (r: Group) =>
      [
        String(r.month),
        String(r.category_code),
        r.scope === 'commune' ? 0 : 1,
        Number(r.cell_lat),
        Number(r.cell_lon),
      ] as const;
    return [...groups.values()]
      .filter((g) => g.received >= MIN_CELL_COUNT)
      .sort((a, b) => {
        const x = order(a);
        const y = order(b);
        for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
        return 0;
      });
  },
});
