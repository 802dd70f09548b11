import { createHash } from 'node:crypto';
import type { Language, Localized } from '@shabaka/db';
import { catalog, directionOf, translatorFor, type TranslationKey, type Translator } from '@shabaka/ui/i18n';

/*
 * The notices' texts live in the catalogs (`notifications.*`, ar/fr/es), so a language
 * missing a template fails the catalog tests, not a citizen. Each template names its
 * catalog keys and turns a notice's stored params into the messages' values; rendering
 * happens at delivery, in the recipient's language.
 */

interface TemplateDef {
  subject: TranslationKey;
  body: TranslationKey;
  /** The SMS text; a template without one is sent by email only (account emails). */
  sms?: TranslationKey;
  /** The messages' values besides `commune`, `code` and `link`. */
  values(params: Record<string, unknown>, t: Translator): Record<string, string>;
  /**
   * Where the email's link leads and what it says (button, and the line of the plain text);
   * by default the case's short tracking link ("follow the case").
   */
  action?: {
    label: TranslationKey;
    text: TranslationKey;
    href(params: Record<string, unknown>, portal: string): string;
  };
  /** A list after the body (a digest's cases and their news), each group with its link. */
  list?(params: Record<string, unknown>, t: Translator, trackLink: (code: string) => string): ListGroup[];
}

/** One group of an email's list: a case, its tracking link and its lines (newest first). */
export interface ListGroup {
  title: string;
  link: string | null;
  lines: string[];
}

/** An account link into the portal where the account lives; its token after `#`, never sent to a server. */
const accountLink = (path: string) => (p: Record<string, unknown>, portal: string) =>
  `${portal}/${path}${typeof p.token === 'string' ? `#${p.token}` : ''}`;

/** Each case type's section of the staff desk (a notice's params carry `subjectType`, set by notifyStaff). */
const STAFF_SECTIONS: Record<string, string> = {
  complaint: 'complaints',
  information_request: 'information',
  petition: 'petitions',
  recommendation: 'instances/r',
  observation: 'instances/o',
};
/** The staff case page of a notice about a case (its params carry the case's id and type; complaints before types were carried). */
const staffCaseLink = (p: Record<string, unknown>, portal: string) =>
  `${portal}/staff/${STAFF_SECTIONS[String(p.subjectType ?? 'complaint')] ?? 'complaints'}/${String(p.id ?? '')}`;
const staffAction = {
  label: 'notifications.staff.action',
  text: 'notifications.staff.actionText',
  href: staffCaseLink,
} as const satisfies TemplateDef['action'];

const stageLabel = (t: Translator, stage: unknown) => {
  const key = `complaintsGlossary.stage.${String(stage)}`;
  return t.has(key) ? t.t(key) : String(stage);
};

const label = (t: Translator, prefix: string, value: unknown) => {
  const key = `${prefix}.${String(value)}`;
  return t.has(key) ? t.t(key) : String(value);
};

/** Dates as a person reads them in Morocco, whatever the server's time zone. */
const longDate = (t: Translator, at: unknown) =>
  t.formatDate(new Date(String(at)), { dateStyle: 'long', timeZone: 'Africa/Casablanca' });

/** A PAC phase's notice: the phase in the reader's words and its dates. */
const pacPhaseTemplate = (occasion: 'phaseOpened' | 'phaseClosed') =>
  ({
    subject: `notifications.pac.${occasion}.subject`,
    body: `notifications.pac.${occasion}.body`,
    values: (p: Record<string, unknown>, t: Translator) => ({
      phase: label(t, 'pac.phase', p.phase),
      from: p.startsOn ? longDate(t, `${String(p.startsOn)}T12:00:00Z`) : '',
      to: p.endsOn ? longDate(t, `${String(p.endsOn)}T12:00:00Z`) : '',
    }),
    action: {
      label: 'notifications.pac.action',
      text: 'notifications.pac.actionText',
      href: (_p: Record<string, unknown>, portal: string) => `${portal}/pac`,
    },
  }) as const satisfies TemplateDef;

/** A committee's case on a commune: its title in the reader's language (the committee writes ar, fr, es), when due. */
const committeeCaseTemplate = (occasion: 'recommendationAdopted' | 'observationRaised') =>
  ({
    subject: `notifications.staff.${occasion}.subject`,
    body: `notifications.staff.${occasion}.body`,
    values: (p: Record<string, unknown>, t: Translator) => {
      const title = (typeof p.title === 'string' ? {} : (p.title ?? {})) as Partial<Record<Language, string>>;
      return {
        title: typeof p.title === 'string' ? p.title : (title[t.lang] ?? (t.lang === 'ar' ? title.ar : title.fr) ?? ''),
        due: p.dueAt ? longDate(t, p.dueAt) : '',
      };
    },
    action: staffAction,
  }) as const satisfies TemplateDef;

/** A checklist item's notice: its name in the reader's language (staff write ar and fr), its due date; to the desk. */
const publicationTemplate = (occasion: 'publicationDue' | 'publicationStale') =>
  ({
    subject: `notifications.staff.${occasion}.subject`,
    body: `notifications.staff.${occasion}.body`,
    values: (p: Record<string, unknown>, t: Translator) => {
      const names = (p.item ?? {}) as Partial<Record<Language, string>>;
      return {
        item: names[t.lang] ?? (t.lang === 'ar' ? names.ar : names.fr) ?? '',
        due: p.dueOn ? longDate(t, `${String(p.dueOn)}T12:00:00Z`) : '',
      };
    },
    action: {
      label: 'notifications.staff.publicationAction',
      text: 'notifications.staff.publicationActionText',
      href: (_p: Record<string, unknown>, portal: string) => `${portal}/staff/publication`,
    },
  }) as const satisfies TemplateDef;

/** A room booking's values: the room's name in the reader's language (staff write Arabic and French), the event, when. */
const roomValues = (p: Record<string, unknown>, t: Translator) => {
  const names = (p.room ?? {}) as Partial<Record<Language, string>>;
  const at = (v: unknown, options: Intl.DateTimeFormatOptions) => {
    const d = new Date(String(v));
    return Number.isNaN(d.getTime()) ? '' : t.formatDate(d, { ...options, timeZone: 'Africa/Casablanca' });
  };
  return {
    room: names[t.lang] ?? (t.lang === 'ar' ? names.ar : names.fr) ?? '',
    title: String(p.title ?? ''),
    startsAt: at(p.startsAt, { dateStyle: 'long', timeStyle: 'short' }),
    endsAt: at(p.endsAt, { timeStyle: 'short' }),
  };
};
const roomAction = {
  label: 'notifications.room.action',
  text: 'notifications.room.actionText',
  href: (_p, portal) => `${portal}/account`,
} as const satisfies TemplateDef['action'];

/** A PAC workshop's values: its title and place in the reader's language (staff write ar and fr), when, why. */
const workshopValues = (p: Record<string, unknown>, t: Translator) => {
  const pick = (v: unknown) => {
    if (typeof v === 'string') return v;
    const names = (v ?? {}) as Partial<Record<Language, string>>;
    return names[t.lang] ?? (t.lang === 'ar' ? names.ar : names.fr) ?? '';
  };
  const d = new Date(String(p.startsAt));
  return {
    title: pick(p.title),
    place: pick(p.place),
    startsAt: Number.isNaN(d.getTime())
      ? ''
      : t.formatDate(d, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Africa/Casablanca' }),
    reason: String(p.reason ?? ''),
  };
};
const workshopAction = {
  label: 'notifications.workshop.action',
  text: 'notifications.workshop.actionText',
  href: (p, portal) => `${portal}/pac/workshops/${String(p.id ?? '')}`,
} as const satisfies TemplateDef['action'];

/** A dossier's values (calls/case.ts): the call's title in the reader's language, the amount, the reason. */
const applicationValues = (p: Record<string, unknown>, t: Translator) => {
  const title = (p.call ?? {}) as Partial<Record<Language, string>>;
  const amount = Number(p.amountMad);
  return {
    call: title[t.lang] ?? (t.lang === 'ar' ? title.ar : title.fr) ?? '',
    amount: Number.isFinite(amount) ? t.formatNumber(amount) : '',
    reason: String(p.reason ?? ''),
  };
};
const applicationAction = {
  label: 'notifications.application.action',
  text: 'notifications.application.actionText',
  href: (_p, portal) => `${portal}/account`,
} as const satisfies TemplateDef['action'];

/** A contribution's values (pac/case.ts): the answer in the reader's words, the paragraph, the reason. */
const contributionValues = (p: Record<string, unknown>, t: Translator) => ({
  answer: label(t, 'notifications.contribution.answer', p.answer),
  paragraph: String(p.paragraph ?? ''),
  reason: String(p.reason ?? ''),
});
/** A petition's values (petitions/case.ts): its subject, the bureau's reasons, the session it goes to. */
const petitionValues = (p: Record<string, unknown>, t: Translator) => ({
  subject: String(p.subject ?? ''),
  reason: String(p.reason ?? ''),
  session: p.session
    ? t.formatDate(new Date(`${String(p.session)}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' })
    : '',
});
const petitionAction = {
  label: 'notifications.petition.action',
  text: 'notifications.petition.actionText',
  href: (p, portal) => `${portal}/petitions/${String(p.id ?? '')}`,
} as const satisfies TemplateDef['action'];
const petitionTemplate = (step: 'filed' | 'admissible' | 'rejected' | 'decided' | 'answered') =>
  ({
    subject: `notifications.petition.${step}.subject`,
    body: `notifications.petition.${step}.body`,
    values: petitionValues,
    action: petitionAction,
  }) as const satisfies TemplateDef;

/** A PAC proposal's values (pac/proposals/case.ts): its title and the published reason of the decision. */
const proposalTemplate = (step: 'admissible' | 'inadmissible') =>
  ({
    subject: `notifications.proposal.${step}.subject`,
    body: `notifications.proposal.${step}.body`,
    values: (p) => ({ title: String(p.title ?? ''), reason: String(p.reason ?? '') }),
    action: {
      label: 'notifications.proposal.action',
      text: 'notifications.proposal.actionText',
      href: (_p, portal) => `${portal}/account`,
    },
  }) as const satisfies TemplateDef;
/** A prioritisation consultation's values (pac/proposals/time.ts): its title in the reader's language. */
const consultationTemplate = (step: 'opened' | 'closed') =>
  ({
    subject: `notifications.consultation.${step}.subject`,
    body: `notifications.consultation.${step}.body`,
    values: (p, t) => {
      if (typeof p.title === 'string') return { title: p.title };
      const names = (p.title ?? {}) as Partial<Record<Language, string>>;
      return { title: names[t.lang] ?? names.fr ?? names.ar ?? '' };
    },
    action: {
      label: 'notifications.consultation.action',
      text: 'notifications.consultation.actionText',
      href: (p, portal) => `${portal}/pac/priorities/${String(p.id ?? '')}`,
    },
  }) as const satisfies TemplateDef;

export const TEMPLATES = {
  'complaint.received': {
    subject: 'notifications.complaint.received.subject',
    body: 'notifications.complaint.received.body',
    sms: 'notifications.complaint.received.sms',
    values: (p, t) => ({ answerDue: longDate(t, p.answerDueAt) }),
  },
  'complaint.updated': {
    subject: 'notifications.complaint.updated.subject',
    body: 'notifications.complaint.updated.body',
    sms: 'notifications.complaint.updated.sms',
    values: (p, t) => ({ stage: stageLabel(t, p.stage) }),
  },
  // A code confirming a phone (notifications/phone.ts): SMS only, sent to the phone typed. Its
  // texts are in the `noticeLog` catalog with the screens that ask for it. The code travels as
  // `token`, dropped from the outbox row once sent (repository.ts recordAttempt).
  'phone.code': {
    subject: 'noticeLog.sms.code.subject',
    body: 'noticeLog.sms.code.body',
    sms: 'noticeLog.sms.code.sms',
    values: (p) => ({ token: String(p.token ?? '') }),
  },
  // Accounts (auth/notices.ts): email only, to the account's address, in its language.
  'account.verify': {
    subject: 'notifications.account.verify.subject',
    body: 'notifications.account.verify.body',
    values: (p) => ({ name: String(p.name ?? '') }),
    action: {
      label: 'notifications.account.verify.action',
      text: 'notifications.account.verify.actionText',
      href: accountLink('verify-email'),
    },
  },
  'account.exists': {
    subject: 'notifications.account.exists.subject',
    body: 'notifications.account.exists.body',
    values: (p) => ({ name: String(p.name ?? '') }),
    action: {
      label: 'notifications.account.exists.action',
      text: 'notifications.account.exists.actionText',
      href: accountLink('forgot-password'),
    },
  },
  'account.reset': {
    subject: 'notifications.account.reset.subject',
    body: 'notifications.account.reset.body',
    values: (p) => ({ name: String(p.name ?? '') }),
    action: {
      label: 'notifications.account.reset.action',
      text: 'notifications.account.reset.actionText',
      href: accountLink('reset-password'),
    },
  },
  'account.signIn': {
    subject: 'notifications.account.signIn.subject',
    body: 'notifications.account.signIn.body',
    values: (p, t) => ({
      name: String(p.name ?? ''),
      device: String(p.device ?? ''),
      time: t.formatDate(new Date(String(p.at)), {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Africa/Casablanca',
      }),
    }),
    action: {
      label: 'notifications.account.signIn.action',
      text: 'notifications.account.signIn.actionText',
      href: accountLink('forgot-password'),
    },
  },
  // Staff notices (staff.ts): in-app, and by email to the account (never SMS), linking to
  // the staff case page.
  'staff.assigned': {
    subject: 'notifications.staff.assigned.subject',
    body: 'notifications.staff.assigned.body',
    values: () => ({}),
    action: staffAction,
  },
  'staff.dueSoon': {
    subject: 'notifications.staff.dueSoon.subject',
    body: 'notifications.staff.dueSoon.body',
    values: (p, t) => ({ due: longDate(t, p.dueAt) }),
    action: staffAction,
  },
  'staff.overdue': {
    subject: 'notifications.staff.overdue.subject',
    body: 'notifications.staff.overdue.body',
    values: (p, t) => ({ due: longDate(t, p.dueAt) }),
    action: staffAction,
  },
  'staff.deadLetter': {
    subject: 'notifications.staff.deadLetter.subject',
    body: 'notifications.staff.deadLetter.body',
    values: (p, t) => ({
      channel: t.t(p.channel === 'sms' ? 'notifications.channel.sms' : 'notifications.channel.email'),
    }),
    action: staffAction,
  },
  // Information requests (Law 31-13): receipt, extension with its reason, the reply, remedies.
  'information.received': {
    subject: 'notifications.information.received.subject',
    body: 'notifications.information.received.body',
    sms: 'notifications.information.received.sms',
    values: (p, t) => ({ answerDue: longDate(t, p.dueAt) }),
  },
  'information.extended': {
    subject: 'notifications.information.extended.subject',
    body: 'notifications.information.extended.body',
    sms: 'notifications.information.extended.sms',
    values: (p, t) => ({ answerDue: longDate(t, p.dueAt), reason: String(p.reason ?? '') }),
  },
  'information.answered': {
    subject: 'notifications.information.answered.subject',
    body: 'notifications.information.answered.body',
    sms: 'notifications.information.answered.sms',
    values: (p, t) => ({ state: label(t, 'information.state', p.state) }),
  },
  'information.remedies': {
    subject: 'notifications.information.remedies.subject',
    body: 'notifications.information.remedies.body',
    sms: 'notifications.information.remedies.sms',
    values: (p, t) => ({ remedyDue: longDate(t, p.remedyDue) }),
  },
  // The deadline passed with no answer (timed.ts, information-requests/silence.ts): the remedies open.
  'information.silence': {
    subject: 'notifications.information.silence.subject',
    body: 'notifications.information.silence.body',
    sms: 'notifications.information.silence.sms',
    values: (p, t) => ({ dueAt: longDate(t, p.dueAt), remedyDue: longDate(t, p.remedyDue) }),
  },
  // Three days before the window to reopen an answered complaint closes (complaints/reopen-window.ts).
  'complaint.reopenClosing': {
    subject: 'notifications.complaint.reopenClosing.subject',
    body: 'notifications.complaint.reopenClosing.body',
    sms: 'notifications.complaint.reopenClosing.sms',
    values: (p, t) => ({ reopenUntil: longDate(t, p.reopenUntil) }),
  },
  // N days after an answer, the citizen is asked to rate it (complaints/survey.ts); engagement.
  'complaint.satisfaction': {
    subject: 'notifications.complaint.satisfaction.subject',
    body: 'notifications.complaint.satisfaction.body',
    sms: 'notifications.complaint.satisfaction.sms',
    values: () => ({}),
    action: {
      label: 'notifications.complaint.satisfaction.action',
      text: 'notifications.complaint.satisfaction.actionText',
      // The tracking page, where the owner (account or secret) rates the answer.
      href: (p, portal) => `${portal}/track/${String(p.code ?? '')}`,
    },
  },
  // Moderation (moderation/service.ts): the photo's author hears through the complaint's
  // contacts; a reporter with an account hears of the decision (email and in-app, no phone).
  'photo.hidden': {
    subject: 'notifications.photo.hidden.subject',
    body: 'notifications.photo.hidden.body',
    sms: 'notifications.photo.hidden.sms',
    values: () => ({}),
  },
  'photo.restored': {
    subject: 'notifications.photo.restored.subject',
    body: 'notifications.photo.restored.body',
    sms: 'notifications.photo.restored.sms',
    values: () => ({}),
  },
  'photo.removed': {
    subject: 'notifications.photo.removed.subject',
    body: 'notifications.photo.removed.body',
    sms: 'notifications.photo.removed.sms',
    values: () => ({}),
  },
  'report.removed': {
    subject: 'notifications.report.removed.subject',
    body: 'notifications.report.removed.body',
    values: () => ({}),
  },
  'report.kept': {
    subject: 'notifications.report.kept.subject',
    body: 'notifications.report.kept.body',
    values: () => ({}),
  },
  // Engagement messages (preferences.ts): a case one follows, and the daily or weekly digest.
  'complaint.followed': {
    subject: 'notifications.complaint.followed.subject',
    body: 'notifications.complaint.followed.body',
    values: (p, t) => ({ stage: stageLabel(t, p.stage) }),
  },
  digest: {
    subject: 'notifications.digest.subject',
    body: 'notifications.digest.body',
    values: (p) => ({ frequency: p.frequency === 'weekly' ? 'weekly' : 'daily' }),
    action: {
      label: 'notifications.digest.action',
      text: 'notifications.digest.actionText',
      href: (_p, portal) => `${portal}/account/notifications`,
    },
    list: (p, t, trackLink) =>
      (Array.isArray(p.groups) ? (p.groups as { code?: unknown; items?: unknown }[]) : []).map((g) => ({
        title: t.t('notifications.digest.case', { code: String(g.code ?? '') }),
        link: typeof g.code === 'string' && g.code ? trackLink(g.code) : null,
        lines: (Array.isArray(g.items) ? (g.items as Record<string, unknown>[]) : []).map((i) =>
          t.t('notifications.digest.item', {
            date: t.formatDate(new Date(String(i.at)), {
              dateStyle: 'medium',
              timeStyle: 'short',
              timeZone: 'Africa/Casablanca',
            }),
            stage: stageLabel(t, i.stage),
            note: typeof i.note === 'string' && i.note ? i.note : '',
          }),
        ),
      })),
  },
  // Rooms (rooms/service.ts): the representative who asked hears of the decision, in-app and by email (an
  // account's request: no phone). The link leads to the account page, where their room requests are.
  'room.approved': {
    subject: 'notifications.room.approved.subject',
    body: 'notifications.room.approved.body',
    values: (p, t) => roomValues(p, t),
    action: roomAction,
  },
  'room.refused': {
    subject: 'notifications.room.refused.subject',
    body: 'notifications.room.refused.body',
    values: (p, t) => ({ ...roomValues(p, t), reason: String(p.reason ?? '') }),
    action: roomAction,
  },
  // Calls for projects (calls/case.ts): the association's verified representatives hear when its dossier is
  // found inadmissible and of the published outcome, in-app and by email; the link leads to the account page.
  'application.inadmissible': {
    subject: 'notifications.application.inadmissible.subject',
    body: 'notifications.application.inadmissible.body',
    values: applicationValues,
    action: applicationAction,
  },
  'application.selected': {
    subject: 'notifications.application.selected.subject',
    body: 'notifications.application.selected.body',
    values: applicationValues,
    action: applicationAction,
  },
  'application.refused': {
    subject: 'notifications.application.refused.subject',
    body: 'notifications.application.refused.body',
    values: applicationValues,
    action: applicationAction,
  },
  // The draft PAC (pac/case.ts): the contributor hears of the commune's public answer and its reason, in-app
  // and by email; the link leads to the account page, where their contributions are listed with the answers.
  'contribution.answered': {
    subject: 'notifications.contribution.answered.subject',
    body: 'notifications.contribution.answered.body',
    values: contributionValues,
    action: {
      label: 'notifications.contribution.action',
      text: 'notifications.contribution.actionText',
      href: (_p, portal) => `${portal}/account`,
    },
  },
  // A PAC's phase opening or closing, told to the plan's followers (pac/time.ts); the link leads to the plan.
  'pac.phaseOpened': pacPhaseTemplate('phaseOpened'),
  'pac.phaseClosed': pacPhaseTemplate('phaseClosed'),
  // PAC prioritisation (pac/proposals): the author hears of the admissibility decision and its reason; the
  // authors hear that the vote opened, and authors and online voters that it closed (its results are out).
  'proposal.admissible': proposalTemplate('admissible'),
  'proposal.inadmissible': proposalTemplate('inadmissible'),
  'consultation.opened': consultationTemplate('opened'),
  'consultation.closed': consultationTemplate('closed'),
  // PAC workshops (pac/workshops/service.ts): every registered citizen hears when a published workshop is moved
  // to another time or place, or cancelled (with the reason); the link leads to the workshop's page.
  'workshop.moved': {
    subject: 'notifications.workshop.moved.subject',
    body: 'notifications.workshop.moved.body',
    values: workshopValues,
    action: workshopAction,
  },
  'workshop.cancelled': {
    subject: 'notifications.workshop.cancelled.subject',
    body: 'notifications.workshop.cancelled.body',
    values: workshopValues,
    action: workshopAction,
  },
  // Petitions (petitions/case.ts): the mandataire hears of each step, the online signers of the outcome.
  'petition.filed': petitionTemplate('filed'),
  'petition.admissible': petitionTemplate('admissible'),
  'petition.rejected': petitionTemplate('rejected'),
  'petition.decided': petitionTemplate('decided'),
  'petition.answered': petitionTemplate('answered'),
  // The bureau reminded of a petition it has not reviewed (petitions/time.ts), at 30, 60 and 80 days.
  'staff.petitionReminder': {
    subject: 'notifications.staff.petitionReminder.subject',
    body: 'notifications.staff.petitionReminder.body',
    values: (p, t) => ({ days: t.formatNumber(Number(p.days ?? 0)), due: p.dueAt ? longDate(t, p.dueAt) : '' }),
    action: staffAction,
  },
  // Proactive publication (publication/time.ts): an item's keeper told it falls due within two weeks, then stale.
  'staff.publicationDue': publicationTemplate('publicationDue'),
  'staff.publicationStale': publicationTemplate('publicationStale'),
  // The network committee's recommendation adopted for a commune, or its observation raised (instances/case.ts):
  // the commune's management hears of it, with the date its answer is due.
  'staff.recommendationAdopted': committeeCaseTemplate('recommendationAdopted'),
  'staff.observationRaised': committeeCaseTemplate('observationRaised'),
  // The commune's answer to a committee's recommendation, told to the member who drafted it (instances/case.ts).
  'committee.recommendationAnswered': {
    subject: 'notifications.committee.recommendationAnswered.subject',
    body: 'notifications.committee.recommendationAnswered.body',
    values: (p, t) => ({
      ...committeeCaseTemplate('recommendationAdopted').values(p, t),
      answer: label(t, 'instances.answer', p.answer),
    }),
    action: {
      label: 'notifications.committee.action',
      text: 'notifications.committee.actionText',
      href: (_p, portal) => `${portal}/committee`,
    },
  },
  // A signed document issued to an account: its code and the verify link (/t/<code> leads to /verify/<code>).
  'document.issued': {
    subject: 'notifications.document.issued.subject',
    body: 'notifications.document.issued.body',
    sms: 'notifications.document.issued.sms',
    values: () => ({}),
  },
} satisfies Record<string, TemplateDef>;

/**
 * The link a notice carries: the case's short tracking link, or its template's own (an
 * account link into the portal of `communeSlug`).
 */
export function linkOf(name: TemplateName, params: Record<string, unknown>, publicUrl: string, communeSlug: string) {
  const base = publicUrl.replace(/\/+$/, '');
  const def: TemplateDef = TEMPLATES[name];
  return def.action ? def.action.href(params, `${base}/${communeSlug}`) : `${base}/t/${String(params.code ?? '')}`;
}

export type TemplateName = keyof typeof TEMPLATES;
export const isTemplate = (name: string): name is TemplateName => Object.hasOwn(TEMPLATES, name);

const EMAIL_KEYS = [
  'notifications.email.footer',
  'notifications.email.unsubscribe',
  'notifications.email.unsubscribeAction',
  'notifications.digest.case',
  'notifications.digest.item',
  'notifications.email.track',
  'notifications.email.trackText',
  'notifications.email.note',
] as const satisfies TranslationKey[];

/**
 * A template's version in one language: a short hash of the catalog texts it is made of, so
 * a delivery record says which wording was sent, and any change of wording is a new version.
 */
export function templateVersion(name: TemplateName, lang: Language): string {
  const def: TemplateDef = TEMPLATES[name];
  const keys = [def.subject, def.body, def.sms, def.action?.label, def.action?.text, ...EMAIL_KEYS];
  const texts = keys.flatMap((k) => (k ? [k] : [])).map((k) => `${k}=${catalog[lang][k] ?? ''}`);
  return createHash('sha256').update(texts.join('\n')).digest('hex').slice(0, 12);
}

export interface RenderInput {
  template: TemplateName;
  language: Language;
  params: Record<string, unknown>;
  communeNames: Localized;
  /** The short tracking link (publicUrl + /t/<code>). */
  link: string;
  /** The base of links (SHABAKA_PUBLIC_URL): a list's tracking links. */
  publicUrl?: string | undefined;
  /** An engagement email's one-click unsubscribe link (never on a legal notice). */
  unsubscribe?: string | null | undefined;
}

function valuesOf(input: RenderInput) {
  const t = translatorFor(input.language);
  const def: TemplateDef = TEMPLATES[input.template];
  const code = String(input.params.code ?? '');
  return {
    t,
    def,
    code,
    values: { ...def.values(input.params, t), commune: input.communeNames[input.language], code, link: input.link },
  };
}

/** The SMS text: one segment where the template allows (test/notifications-templates.test.ts). */
export function renderSms(input: RenderInput): string {
  const { t, def, values } = valuesOf(input);
  if (!def.sms) throw new Error(`Template ${input.template} has no SMS text`);
  return t.t(def.sms, values);
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

// Stand-ins formatted into a message, then replaced once it is escaped: the code stays
// left-to-right inside an Arabic sentence (<bdi>, or FSI…PDI in plain text).
const CODE_MARK = '\uE000';
const FSI = '\u2068';
const PDI = '\u2069';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** The email: subject, plain text and HTML (dir and lang of the recipient's language). */
export function renderEmail(input: RenderInput): RenderedEmail {
  const { t, def, code, values } = valuesOf(input);
  const lang = input.language;
  const dir = directionOf(lang);
  const marked = { ...values, code: CODE_MARK };
  const isolate = (s: string) => s.replaceAll(CODE_MARK, dir === 'rtl' ? `${FSI}${code}${PDI}` : code);
  const subject = isolate(t.t(def.subject, marked));
  const body = t.t(def.body, marked);
  const note = typeof input.params.note === 'string' && input.params.note ? input.params.note : null;
  const commune = values.commune;
  const footer = t.t('notifications.email.footer', { commune });

  const base = (input.publicUrl ?? '').replace(/\/+$/, '');
  const groups = def.list?.(input.params, t, (c) => `${base}/t/${c}`) ?? [];
  const unsubscribe = input.unsubscribe ? t.t('notifications.email.unsubscribe', { link: input.unsubscribe }) : null;

  const text = [
    commune,
    '',
    isolate(body),
    ...(note ? ['', t.t('notifications.email.note'), note] : []),
    ...groups.flatMap((g) => ['', g.title + (g.link ? ` ${g.link}` : ''), ...g.lines.map((l) => `- ${l}`)]),
    '',
    t.t(def.action?.text ?? 'notifications.email.trackText', { link: input.link }),
    '',
    '--',
    footer,
    ...(unsubscribe ? [unsubscribe] : []),
    '',
  ].join('\n');

  const html = (s: string) => escapeHtml(s).replaceAll(CODE_MARK, `<bdi dir="ltr">${escapeHtml(code)}</bdi>`);
  const align = dir === 'rtl' ? 'right' : 'left';
  const htmlBody = `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7">
<div dir="${dir}" style="max-width:560px;margin:0 auto;padding:24px 16px;font-family:Arial,Tahoma,sans-serif;font-size:16px;line-height:1.6;color:#1a1a1a;text-align:${align};background:#ffffff">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(commune)}</h1>
<p style="margin:0 0 16px">${html(body)}</p>
${
  note
    ? `<p style="margin:0 0 4px;font-weight:bold">${escapeHtml(t.t('notifications.email.note'))}</p>
<p style="margin:0 0 16px;padding:12px;background:#f4f5f7;white-space:pre-line">${escapeHtml(note)}</p>
`
    : ''
}${groups
    .map(
      (g) => `<h2 style="font-size:16px;margin:16px 0 4px">${
        g.link
          ? `<a href="${escapeHtml(g.link)}" style="color:#0b5cab">${escapeHtml(g.title)}</a>`
          : escapeHtml(g.title)
      }</h2>
<ul style="margin:0 0 8px;padding-inline-start:20px">${g.lines.map((l) => `<li style="white-space:pre-line">${escapeHtml(l)}</li>`).join('')}</ul>
`,
    )
    .join(
      '',
    )}<p style="margin:24px 0"><a href="${escapeHtml(input.link)}" style="display:inline-block;padding:10px 18px;background:#0b5cab;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(t.t(def.action?.label ?? 'notifications.email.track'))}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#555555"><a href="${escapeHtml(input.link)}" dir="ltr" style="color:#0b5cab">${escapeHtml(input.link)}</a></p>
<p style="margin:24px 0 0;font-size:12px;color:#555555">${escapeHtml(footer)}</p>
${
  input.unsubscribe
    ? `<p style="margin:8px 0 0;font-size:12px;color:#555555"><a href="${escapeHtml(input.unsubscribe)}" style="color:#0b5cab">${escapeHtml(t.t('notifications.email.unsubscribeAction'))}</a></p>
`
    : ''
}</div>
</body>
</html>
`;
  return { subject, text, html: htmlBody };
}

/**
 * A notice's line in the in-app centre (`notifications.<template>.inapp`), rendered when the
 * bell is opened, in the reader's language of the moment (not the one at the change).
 */
export function renderInApp(
  name: string,
  language: Language,
  params: Record<string, unknown>,
  communeNames: Localized,
) {
  const t = translatorFor(language);
  const key = `notifications.${name}.inapp`;
  if (!isTemplate(name) || !t.has(key)) return t.t('notifications.inapp.unknown');
  const def: TemplateDef = TEMPLATES[name];
  return t.t(key, { ...def.values(params, t), commune: communeNames[language], code: String(params.code ?? '') });
}
