import type { Language } from '@shabaka/db';

/*
 * Sample values for previewing a template (`pnpm shabaka mail:preview`): one set holding
 * every param a template reads, so a template added later previews without a sample of its
 * own (its `values` picks what it needs). Dates are fixed, so two previews of one template
 * are the same text.
 */
const NOTE: Record<Language, string> = {
  ar: 'تم إصلاح الحفرة أمام السوق المركزي. شكرا على تبليغكم.',
  fr: 'Le nid-de-poule devant le marché central a été réparé. Merci de votre signalement.',
  es: 'El bache delante del mercado central ha sido reparado. Gracias por su aviso.',
};

export function sampleParams(codePrefix: string, language: Language): Record<string, unknown> {
  return {
    code: `${codePrefix}-2026-000123`,
    answerDueAt: '2027-01-15T10:00:00.000Z',
    dueAt: '2027-01-15T10:00:00.000Z',
    remedyDue: '2027-02-05T23:59:59.000Z',
    reopenUntil: '2027-02-14T10:00:00.000Z',
    stage: 'resolved',
    note: NOTE[language],
    reason: NOTE[language],
    // A dossier of a call for projects (calls/case.ts).
    call: { ar: 'طلب مشاريع الشباب والثقافة', fr: 'Appel à projets jeunesse et culture' },
    amountMad: 40_000,
    // A contribution on the draft PAC (pac/case.ts).
    answer: 'merged',
    paragraph: '2.3',
    // A phase of a PAC opening or closing (pac/time.ts).
    phase: 'draft_consultation',
    startsOn: '2027-01-04',
    endsOn: '2027-02-15',
    // A proactive publication item (publication/time.ts).
    item: { ar: 'الميزانية والحسابات', fr: 'Budget et comptes', es: 'Presupuesto y cuentas' },
    dueOn: '2027-01-15',
    // A petition (petitions/case.ts): its subject and the session it is scheduled for.
    subject: {
      ar: 'إنارة شارع محمد الخامس',
      fr: 'Éclairage de l’avenue Mohammed V',
      es: 'Alumbrado de la avenida Mohammed V',
    }[language],
    session: '2027-02-01',
    days: 30,
    // A room booking (rooms/service.ts).
    room: { ar: 'فضاء المواطنة التشاركية', fr: 'Espace de la citoyenneté participative' },
    title: { ar: 'الجمع العام السنوي', fr: 'Assemblée générale annuelle', es: 'Asamblea general anual' }[language],
    startsAt: '2027-01-16T14:00:00.000Z',
    endsAt: '2027-01-16T17:00:00.000Z',
    // A PAC workshop moved or cancelled (pac/workshops/service.ts): its place, in Arabic and French as staff write it.
    place: { ar: 'دار الشباب', fr: 'Maison des jeunes' },
    // A digest: two cases, newest first, each with its news newest first.
    frequency: 'daily',
    groups: [
      {
        code: `${codePrefix}-2026-000123`,
        subjectType: 'complaint',
        items: [
          { stage: 'resolved', note: NOTE[language], at: '2027-01-14T16:30:00.000Z' },
          { stage: 'processing', note: null, at: '2027-01-14T09:10:00.000Z' },
        ],
      },
      {
        code: `${codePrefix}-2026-000098`,
        subjectType: 'complaint',
        items: [{ stage: 'acknowledged', note: null, at: '2027-01-14T08:00:00.000Z' }],
      },
    ],
  };
}
