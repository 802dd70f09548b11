import type { Localized } from '@shabaka/db';
import { localDate } from '../../calendar';
import * as repo from '../repository';
import { L, monthField } from './common';
import { defineDataset, type DatasetField, type DatasetRow } from '../spec';

const count = (name: string, title: Localized, description: Localized): DatasetField => ({
  name,
  type: 'integer',
  title,
  description,
  constraints: { required: true, minimum: 0 },
});

/** Counters summed per month from the daily rollups (the figures the bulletins read too). */
const DAILY = ['received', 'responded', 'respondedOnTime', 'answered', 'refused', 'transferred', 'withdrawn'] as const;
const COLUMN: Record<(typeof DAILY)[number], string> = {
  received: 'received',
  responded: 'responded',
  respondedOnTime: 'responded_on_time',
  answered: 'answered',
  refused: 'refused',
  transferred: 'transferred',
  withdrawn: 'withdrawn',
};

export const informationRequestsDataset = defineDataset({
  id: 'information-requests',
  title: L(
    'إحصاءات طلبات الحصول على المعلومات (القانون 31.13)',
    "Statistiques des demandes d'accès à l'information (loi 31-13)",
    'Estadísticas de las solicitudes de acceso a la información (ley 31-13)',
  ),
  description: L(
    'لكل شهر: الطلبات المتوصل بها، والتي أجيب عنها، وفي الأجل القانوني، والممددة، والمرفوضة، والمحالة، والمسحوبة. أعداد فقط، دون أي معطى عن مقدمي الطلبات.',
    'Par mois : demandes reçues, traitées, dans le délai légal, prolongées, refusées, transmises et retirées. Des nombres seulement, rien sur les demandeurs.',
    'Por mes: solicitudes recibidas, respondidas, dentro del plazo legal, prorrogadas, denegadas, remitidas y retiradas. Solo cifras, nada sobre los solicitantes.',
  ),
  keywords: [
    L('الحق في الحصول على المعلومات', "accès à l'information", 'acceso a la información'),
    L('شفافية', 'transparence', 'transparencia'),
  ],
  theme: 'GOVE',
  accrualPeriodicity: 'MONTHLY',
  fields: [
    monthField(
      L(
        'الشهر بتوقيت المغرب (YYYY-MM): شهر التوصل، أو الرد، أو التمديد حسب العمود.',
        'Mois, heure du Maroc (AAAA-MM) : celui de la réception, de la réponse ou de la prolongation selon la colonne.',
        'Mes, hora de Marruecos (AAAA-MM): el de la recepción, la respuesta o la prórroga según la columna.',
      ),
      { unique: true },
    ),
    count(
      'received',
      L('المتوصل بها', 'Reçues', 'Recibidas'),
      L('الطلبات المتوصل بها خلال الشهر.', 'Demandes reçues dans le mois.', 'Solicitudes recibidas en el mes.'),
    ),
    count(
      'responded',
      L('المردود عليها', 'Traitées', 'Respondidas'),
      L(
        'الطلبات التي رُدّ عليها خلال الشهر (جواب أو رفض أو إحالة).',
        'Demandes ayant reçu une suite dans le mois (réponse, refus ou transmission).',
        'Solicitudes respondidas en el mes (respuesta, denegación o remisión).',
      ),
    ),
    count(
      'responded_on_time',
      L('في الأجل', 'Dans le délai', 'En plazo'),
      L(
        'منها ما رُدّ عليه داخل الأجل القانوني (20 يوم عمل، أو 3 للمستعجل، مع التمديد).',
        'Dont traitées dans le délai légal (20 jours ouvrables, 3 si urgent, prolongation comprise).',
        'De ellas, respondidas en el plazo legal (20 días hábiles, 3 si es urgente, prórroga incluida).',
      ),
    ),
    count(
      'answered',
      L('المجابة', 'Réponses', 'Contestadas'),
      L('منها ما أجيب عنه بالمعلومة.', "Dont l'information a été donnée.", 'De ellas, con la información dada.'),
    ),
    count(
      'refused',
      L('المرفوضة', 'Refusées', 'Denegadas'),
      L('منها ما رُفض بقرار معلل.', 'Dont refusées par décision motivée.', 'De ellas, denegadas con decisión motivada.'),
    ),
    count(
      'transferred',
      L('المحالة', 'Transmises', 'Remitidas'),
      L('منها ما أحيل على جهة أخرى.', 'Dont transmises à un autre organisme.', 'De ellas, remitidas a otro organismo.'),
    ),
    count(
      'withdrawn',
      L('المسحوبة', 'Retirées', 'Retiradas'),
      L(
        'الطلبات التي سحبها أصحابها خلال الشهر.',
        'Demandes retirées par leur auteur dans le mois.',
        'Solicitudes retiradas por su autor en el mes.',
      ),
    ),
    count(
      'extended',
      L('الممددة', 'Prolongées', 'Prorrogadas'),
      L(
        'الطلبات التي مُدّد أجلها خلال الشهر.',
        'Demandes dont le délai a été prolongé dans le mois.',
        'Solicitudes cuyo plazo se prorrogó en el mes.',
      ),
    ),
  ],
  primaryKey: ['month'],
  async rows(db, communeId) {
    const months = new Map<string, DatasetRow & Record<string, number | string>>();
    const month = (m: string) => {
      let r = months.get(m);
      if (!r) {
        r = { month: m, extended: 0, ...Object.fromEntries(DAILY.map((k) => [COLUMN[k], 0])) };
        months.set(m, r);
      }
      return r;
    };
    for (const d of await repo.informationDaily(db, communeId)) {
      const r = month(String(d.day).slice(0, 7));
      for (const k of DAILY) r[COLUMN[k]] = Number(r[COLUMN[k]]) + Number(d[k]);
    }
    for (const e of await repo.informationExtensions(db, communeId)) {
      const r = month(localDate(e.extendedAt!).slice(0, 7));
      r.extended = Number(r.extended) + 1;
    }
    return [...months.values()].sort((a, b) => String(a.month).localeCompare(String(b.month)));
  },
});
