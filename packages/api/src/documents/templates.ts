import type { DocumentTemplate } from '@shabaka/db';
import type { CanonicalContent } from './canonical';

/** Titles of each template (the verification page uses the ui catalog instead). */
export const TEMPLATE_TITLES: Record<DocumentTemplate, { ar: string; fr: string; es: string }> = {
  residence_certificate: { ar: 'شهادة السكنى', fr: 'Certificat de résidence', es: 'Certificado de residencia' },
  administrative_certificate: {
    ar: 'شهادة إدارية',
    fr: 'Attestation administrative',
    es: 'Certificado administrativo',
  },
  information_answer: {
    ar: 'جواب على طلب الحصول على المعلومات',
    fr: 'Réponse à une demande d’accès à l’information',
    es: 'Respuesta a una solicitud de acceso a la información',
  },
  subsidy_convention: {
    ar: 'اتفاقية شراكة ودعم',
    fr: 'Convention de partenariat et de subvention',
    es: 'Convenio de colaboración y subvención',
  },
  subsidy_decision: {
    ar: 'مقرر منح دعم',
    fr: 'Décision d’octroi de subvention',
    es: 'Resolución de concesión de subvención',
  },
  petition_receipt: {
    ar: 'وصل إيداع عريضة',
    fr: 'Récépissé de dépôt d’une pétition',
    es: 'Resguardo de presentación de una petición',
  },
  pac_report: {
    ar: 'التقرير السنوي لتتبع برنامج عمل الجماعة',
    fr: 'Rapport annuel de suivi du programme d’action de la commune',
    es: 'Informe anual de seguimiento del programa de actuación municipal',
  },
  pac_workshop_minutes: {
    ar: 'محضر ورشة برنامج عمل الجماعة',
    fr: 'Procès-verbal d’un atelier du programme d’action',
    es: 'Acta de un taller del programa de actuación',
  },
  results_bulletin: {
    ar: 'نشرة حصيلة التدبير',
    fr: 'Bulletin des résultats de gestion',
    es: 'Boletín de resultados de gestión',
  },
  instance_rules: {
    ar: 'النظام الداخلي لهيئة استشارية',
    fr: 'Règlement intérieur d’une instance consultative',
    es: 'Reglamento interno de un órgano consultivo',
  },
  instance_minutes: {
    ar: 'محضر اجتماع هيئة استشارية',
    fr: 'Procès-verbal de réunion d’une instance consultative',
    es: 'Acta de reunión de un órgano consultivo',
  },
};

const ZONE = 'Africa/Casablanca';
export const frDate = (d: Date, zone = ZONE) =>
  new Intl.DateTimeFormat('fr-MA', { timeZone: zone, dateStyle: 'long' }).format(d);
export const arDate = (d: Date, zone = ZONE) =>
  new Intl.DateTimeFormat('ar-MA', { timeZone: zone, dateStyle: 'long', numberingSystem: 'latn' }).format(d);
/** A YYYY-MM-DD day is a calendar date: formatted in UTC so no zone moves it. */
const dayOf = (s: string) => new Date(`${s}T00:00:00Z`);

/** A free text typed by the agent, printed as typed under a bilingual label (Spanish where the template has it). */
export interface FreeText {
  label: { fr: string; ar: string; es?: string };
  text: string;
}

export const esDate = (d: Date, zone = ZONE) =>
  new Intl.DateTimeFormat('es', { timeZone: zone, dateStyle: 'long' }).format(d);

export interface TemplateBody {
  /** Paragraphs in French and in Arabic, one for one (and in Spanish, for SPANISH_TEMPLATES). */
  paragraphs: { fr: string; ar: string; es?: string }[];
  free: FreeText[];
}

/**
 * The body of each template. Arabic sentences avoid parentheses: the PDF's bidi is
 * UAX #9 (pdf/bidi.ts), but a bracket at a line's edge still reads oddly in some extractors.
 */
export function templateBody(c: CanonicalContent): TemplateBody {
  const place = { fr: c.commune.names.fr, ar: c.commune.names.ar };
  const r = c.recipient;
  const cinFr = r.cin ? `, titulaire de la CNIE n° ${r.cin},` : '';
  const cinAr = r.cin ? `، الحامل/الحاملة للبطاقة الوطنية للتعريف الإلكترونية رقم ${r.cin}،` : '';
  const f = c.fields;
  switch (c.template) {
    case 'residence_certificate': {
      const since = f.since ? dayOf(f.since) : null;
      const purposeFr = f.purpose ? ` (${f.purpose})` : '';
      const purposeAr = f.purpose ? `: ${f.purpose}` : '';
      return {
        paragraphs: [
          {
            fr: `La Commune de ${place.fr} certifie que ${r.name}${cinFr} réside à l’adresse suivante : ${f.address}${since ? `, depuis le ${frDate(since, 'UTC')}` : ''}.`,
            ar: `تشهد جماعة ${place.ar} بأن السيد/السيدة ${r.name}${cinAr} يقطن/تقطن بالعنوان التالي: ${f.address}${since ? `، منذ ${arDate(since, 'UTC')}` : ''}.`,
          },
          {
            fr: `Le présent certificat est délivré à l’intéressé(e), sur sa demande, pour servir et valoir ce que de droit${purposeFr}.`,
            ar: `سلمت هذه الشهادة للمعني/المعنية بالأمر بطلب منه/منها للإدلاء بها عند الحاجة${purposeAr}.`,
          },
        ],
        free: [],
      };
    }
    case 'administrative_certificate':
      return {
        paragraphs: [
          {
            fr: `La Commune de ${place.fr} atteste, au profit de ${r.name}${cinFr}${r.address ? ` demeurant ${r.address},` : ''} ce qui suit.`,
            ar: `تشهد جماعة ${place.ar} لفائدة السيد/السيدة ${r.name}${cinAr}${r.address ? ` القاطن/القاطنة ب${r.address}،` : ''} بما يلي.`,
          },
        ],
        free: [
          { label: { fr: 'Objet', ar: 'الموضوع' }, text: f.subject ?? '' },
          { label: { fr: 'Attestation', ar: 'مضمون الشهادة' }, text: f.statement ?? '' },
        ],
      };
    case 'information_answer': {
      const refFr = f.requestCode ? ` n° ${f.requestCode}` : '';
      const refAr = f.requestCode ? ` رقم ${f.requestCode}` : '';
      return {
        paragraphs: [
          {
            fr: `En application de la loi n° 31-13 relative au droit d’accès à l’information, la Commune de ${place.fr} répond à la demande${refFr} présentée par ${r.name}.`,
            ar: `تطبيقا للقانون رقم 31.13 المتعلق بالحق في الحصول على المعلومات، تجيب جماعة ${place.ar} على الطلب${refAr} المقدم من طرف السيد/السيدة ${r.name}.`,
          },
        ],
        free: [
          { label: { fr: 'Demande', ar: 'موضوع الطلب' }, text: f.question ?? '' },
          { label: { fr: 'Réponse', ar: 'الجواب' }, text: f.answer ?? '' },
        ],
      };
    }
    case 'subsidy_convention':
    case 'subsidy_decision':
      return subsidyBody(c, place);
    case 'petition_receipt':
      // 113-14 art. 123 / decree 2.16.403: the petition is filed with the council's president against a receipt;
      // the fields are the petitions domain's (petitions/receipt.ts).
      return {
        paragraphs: [
          {
            fr: `La Commune de ${place.fr} accuse réception, le ${f.receivedFr}, de la pétition n° ${f.code} déposée auprès du président du conseil par ${r.name}, mandataire, ${f.signaturesFr}.`,
            ar: `تشهد جماعة ${place.ar} بأنها توصلت، بتاريخ ${f.receivedAr}، بالعريضة رقم ${f.code} المودعة لدى رئيس المجلس من طرف السيد/السيدة ${r.name}، بصفته/بصفتها وكيلا، ${f.signaturesAr}.`,
          },
          {
            fr: `Le bureau du conseil examine sa recevabilité ; s’il la rejette, il notifie sa décision motivée au mandataire au plus tard le ${f.dueFr}.`,
            ar: `يدرس مكتب المجلس قبولها؛ وفي حالة الرفض، يبلغ قراره المعلل إلى الوكيل في أجل أقصاه ${f.dueAr}.`,
          },
        ],
        free: [
          { label: { fr: 'Objet', ar: 'الموضوع' }, text: f.subject ?? '' },
          { label: { fr: 'Demande au conseil', ar: 'الطلب الموجه إلى المجلس' }, text: f.request ?? '' },
        ],
      };
    case 'pac_report':
      return pacReportBody(c, place);
    case 'results_bulletin':
      return bulletinBody(c, place);
    case 'pac_workshop_minutes':
      // Decree 2.16.301's participatory approach: a workshop of the action plan, its attendance counted (never
      // named) and its minutes; the fields are the workshops' (pac/workshops/minutes.ts).
      return {
        paragraphs: [
          {
            fr: `La Commune de ${place.fr} a tenu le ${f.dateFr}, de ${f.timeFr}, à ${f.placeFr}, l’${f.kindFr} « ${f.titleFr} » — ${f.topicFr} —, dans le cadre de l’élaboration participative de son programme d’action, loi organique 113-14, article 78, et décret 2.16.301.`,
            ar: `عقدت جماعة ${place.ar} بتاريخ ${f.dateAr}، من الساعة ${f.timeAr}، بـ${f.placeAr}، ${f.kindAr} «${f.titleAr}» حول ${f.topicAr}، في إطار الإعداد التشاركي لبرنامج عمل الجماعة، طبقا للمادة 78 من القانون التنظيمي 113.14 والمرسوم 2.16.301.`,
          },
          {
            fr: `Présences comptées, sans nom : ${f.attendanceFr}`,
            ar: `الحضور، بالأعداد ودون ذكر الأسماء: ${f.attendanceAr}`,
          },
          {
            fr: `${f.contributions} contributions écrites ont été recueillies sur fiches papier et publiées sans le nom de leurs auteurs.`,
            ar: `تم جمع ${f.contributions} مساهمة مكتوبة على أوراق، ونشرت دون ذكر أسماء أصحابها.`,
          },
        ],
        free: [
          { label: { fr: 'Organisations présentes', ar: 'الهيئات الحاضرة' }, text: f.organisations ?? '' },
          { label: { fr: 'Procès-verbal', ar: 'المحضر' }, text: f.minutes ?? '' },
        ],
      };
    case 'instance_rules':
      // 113-14 art. 120: the IEECAG's organisation is set by its internal rules; the network committee's are its
      // own (no legal text creates it). The fields are the instances domain's (instances/documents.ts).
      return {
        paragraphs: [
          {
            fr: `Règlement intérieur de l’instance « ${f.nameFr} », établi par la Commune de ${place.fr}. Fondement : ${f.legalBasisFr}.`,
            ar: `النظام الداخلي للهيئة «${f.nameAr}»، المحدثة لدى جماعة ${place.ar}. الأساس القانوني: ${f.legalBasisAr}.`,
          },
          {
            fr: `Composition : ${f.seats} sièges, dont ${f.civilSociety} pour la société civile, ${f.elected} pour les élus et ${f.administration} pour l’administration ; au moins ${f.women} % de femmes ; mandat de ${f.termMonths} mois.`,
            ar: `التركيبة: ${f.seats} مقعدا، منها ${f.civilSociety} للمجتمع المدني و${f.elected} للمنتخبين و${f.administration} للإدارة؛ نسبة النساء لا تقل عن ${f.women} في المائة؛ مدة الانتداب ${f.termMonths} شهرا.`,
          },
        ],
        free: [
          { label: { fr: 'Mandat', ar: 'المهام' }, text: `${f.mandateFr ?? ''}\n${f.mandateAr ?? ''}` },
          { label: { fr: 'Règlement', ar: 'النظام الداخلي' }, text: f.rules ?? '' },
        ],
      };
    case 'instance_minutes':
      // The fields are the instances domain's (instances/documents.ts): names of the members present are public.
      return {
        paragraphs: [
          {
            fr: `L’instance « ${f.nameFr} » s’est réunie le ${f.dateFr} à ${f.timeFr}, à ${f.place}, en présence de ${f.present} membre(s) et ${f.guests} invité(s).`,
            ar: `اجتمعت الهيئة «${f.nameAr}» بتاريخ ${f.dateAr} على الساعة ${f.timeAr}، بـ${f.place}، بحضور ${f.present} عضوا و${f.guests} مدعوا.`,
          },
        ],
        free: [
          { label: { fr: 'Membres présents', ar: 'الأعضاء الحاضرون' }, text: f.attendees ?? '' },
          { label: { fr: 'Ordre du jour', ar: 'جدول الأعمال' }, text: f.agenda ?? '' },
          { label: { fr: 'Décisions', ar: 'القرارات' }, text: f.decisions ?? '' },
          { label: { fr: 'Procès-verbal', ar: 'المحضر' }, text: f.minutes ?? '' },
        ],
      };
  }
}

/**
 * The PAC's annual monitoring report (113-14 art. 81: the plan is followed and evaluated, the council hears
 * it). The pac projects domain writes the figures and lists from its rows (pac/projects/report.ts), each in the
 * document's languages; a one-language document prints its own lists only.
 */
function pacReportBody(c: CanonicalContent, place: { fr: string; ar: string }): TemplateBody {
  const f = c.fields;
  const lists = (label: { fr: string; ar: string; es: string }, key: string): FreeText[] => {
    // A Spanish report prints the Spanish lists only; a bilingual one the French and the Arabic.
    const text =
      c.language === 'es'
        ? (f[`${key}Es`] ?? '')
        : [c.language !== 'ar' ? f[`${key}Fr`] : '', c.language !== 'fr' ? f[`${key}Ar`] : '']
            .filter(Boolean)
            .join('\n');
    return [{ label, text }];
  };
  return {
    paragraphs: [
      {
        fr: `La Commune de ${place.fr} rend compte de l’exécution de son programme d’action pour l’année ${f.year} : ${f.projects} projets, avancement global de ${f.overall} % (pondéré par le budget prévu), ${f.late} projet(s) en retard.`,
        ar: `تقدم جماعة ${place.ar} حصيلة تنفيذ برنامج عملها برسم سنة ${f.year}: ${f.projects} مشاريع، نسبة إنجاز إجمالية ${f.overall} % مرجحة بالميزانية المتوقعة، و${f.late} مشروع متأخر.`,
        es: `El Municipio de ${c.commune.names.es} rinde cuentas de la ejecución de su programa de actuación en el año ${f.year}: ${f.projects} proyectos, avance global del ${f.overall} % (ponderado por el presupuesto previsto), ${f.late} proyecto(s) con retraso.`,
      },
      {
        fr: `Budget prévu ${f.planned} MAD, engagé ${f.committed} MAD, payé ${f.paid} MAD. ${f.changes} mise(s) à jour enregistrée(s) dans l’année, chacune datée avec son auteur. ${f.sessionFr}`,
        ar: `الميزانية المتوقعة ${f.planned} درهم، الملتزم بها ${f.committed} درهم، المؤداة ${f.paid} درهم. ${f.changes} تحيين مسجل خلال السنة، كل واحد مؤرخ مع صاحبه. ${f.sessionAr}`,
        es: `Presupuesto previsto ${f.planned} MAD, comprometido ${f.committed} MAD, pagado ${f.paid} MAD. ${f.changes} actualización(es) registrada(s) en el año, cada una fechada con su autor. ${f.sessionEs ?? ''}`,
      },
    ],
    free: [
      ...lists({ fr: 'Projets', ar: 'المشاريع', es: 'Proyectos' }, 'projects'),
      ...lists({ fr: 'Projets en retard', ar: 'المشاريع المتأخرة', es: 'Proyectos con retraso' }, 'late'),
      ...lists(
        { fr: 'Étapes réalisées dans l’année', ar: 'المراحل المنجزة خلال السنة', es: 'Hitos cumplidos en el año' },
        'milestones',
      ),
    ],
  };
}

/**
 * A bulletin of management results (issue 16): the commune's figures for the period, frozen when an editor approved
 * them, and its editors' text. The bulletins domain writes the lists in each language (bulletins/document.ts); a
 * one-language document prints its own lists only, as the PAC report does.
 */
function bulletinBody(c: CanonicalContent, place: { fr: string; ar: string }): TemplateBody {
  const f = c.fields;
  const pick = (key: string) =>
    c.language === 'es'
      ? (f[`${key}Es`] ?? '')
      : [c.language !== 'ar' ? f[`${key}Fr`] : '', c.language !== 'fr' ? f[`${key}Ar`] : ''].filter(Boolean).join('\n');
  const sections = JSON.parse(f.sectionLabels ?? '[]') as { key: string; fr: string; ar: string; es: string }[];
  return {
    paragraphs: [
      {
        fr: `La Commune de ${place.fr} publie ses résultats de gestion pour ${f.periodFr}, arrêtés le ${f.approvedFr}. Chaque chiffre provient des registres de la commune et de ses données ouvertes.`,
        ar: `تنشر جماعة ${place.ar} حصيلة تدبيرها برسم ${f.periodAr}، المحصورة بتاريخ ${f.approvedAr}. كل رقم مستخرج من سجلات الجماعة ومعطياتها المفتوحة.`,
        es: `El Municipio de ${c.commune.names.es} publica sus resultados de gestión de ${f.periodEs}, cerrados el ${f.approvedEs}. Cada cifra procede de los registros del municipio y de sus datos abiertos.`,
      },
    ],
    free: [
      {
        label: { fr: 'Le mot des éditeurs', ar: 'كلمة هيئة التحرير', es: 'Palabras de la redacción' },
        text: pick('editorial'),
      },
      // A section with no figures (no budget published yet) is left out.
      ...sections
        .map((s) => ({ label: { fr: s.fr, ar: s.ar, es: s.es }, text: pick(`section_${s.key}`) }))
        .filter((s) => s.text),
      { label: { fr: 'Notes', ar: 'ملاحظات', es: 'Notas' }, text: pick('notes') },
    ],
  };
}

/**
 * A subsidy's convention (PM circular 7/2003: above the commune's threshold) or decision (below it). The
 * subsidies domain writes the fields from its ledger rows (subsidies/documents.ts); the association's
 * obligations of dahir 1-58-376 art. 32 are printed on both.
 */
function subsidyBody(c: CanonicalContent, place: { fr: string; ar: string }): TemplateBody {
  const f = c.fields;
  const name = { fr: f.associationFr ?? c.recipient.name, ar: f.associationAr ?? c.recipient.name };
  const sourceFr = f.call
    ? `, retenu à l’appel à projets « ${f.call} »`
    : f.deliberation
      ? `, en exécution de la délibération ${f.deliberation}`
      : '';
  const sourceAr = f.call
    ? `، في إطار طلب المشاريع «${f.call}»`
    : f.deliberation
      ? `، تنفيذا للمداولة ${f.deliberation}`
      : '';
  const grant =
    c.template === 'subsidy_convention'
      ? [
          {
            fr: `Entre la Commune de ${place.fr}, ci-après « la Commune », et l’association « ${name.fr} », ci-après « l’Association », il est convenu ce qui suit, conformément à la circulaire du Premier ministre n° 7/2003 relative au partenariat entre l’État et les associations.`,
            ar: `بين جماعة ${place.ar}، المشار إليها بعده بالجماعة، وجمعية «${name.ar}»، المشار إليها بعده بالجمعية، تم الاتفاق على ما يلي، طبقا لمنشور الوزير الأول رقم 7/2003 المتعلق بالشراكة بين الدولة والجمعيات.`,
          },
          {
            fr: `Article 1 — La Commune accorde à l’Association une subvention de ${f.amount} dirhams au titre de l’année ${f.year} pour le projet « ${f.projectFr} »${sourceFr}.`,
            ar: `المادة 1 — تمنح الجماعة للجمعية دعما قدره ${f.amount} درهم برسم سنة ${f.year} لإنجاز مشروع «${f.projectAr}»${sourceAr}.`,
          },
        ]
      : [
          {
            fr: `La Commune de ${place.fr} décide d’accorder à l’association « ${name.fr} » une subvention de ${f.amount} dirhams au titre de l’année ${f.year} pour le projet « ${f.projectFr} »${sourceFr}.`,
            ar: `تقرر جماعة ${place.ar} منح جمعية «${name.ar}» دعما قدره ${f.amount} درهم برسم سنة ${f.year} لإنجاز مشروع «${f.projectAr}»${sourceAr}.`,
          },
        ];
  return {
    paragraphs: [
      ...grant,
      {
        fr: `L’Association s’engage à réaliser les livrables ci-dessous, à remettre ses rapports aux dates indiquées et à présenter à la Commune le budget et les comptes de la subvention, conformément à l’article 32 du dahir n° 1-58-376 relatif au droit d’association.`,
        ar: `تلتزم الجمعية بإنجاز المخرجات المبينة أدناه، وبتقديم تقاريرها في الآجال المحددة، وبتقديم ميزانية وحسابات الدعم للجماعة، طبقا للفصل 32 من الظهير رقم 1.58.376 المتعلق بحق تأسيس الجمعيات.`,
      },
      {
        fr: `La subvention est versée selon l’échéancier ci-dessous ; une tranche liée à un rapport n’est versée qu’après son acceptation. Un rapport en retard suspend les versements et toute nouvelle candidature de l’Association.`,
        ar: `يصرف الدعم حسب الجدول أدناه، ولا يصرف الشطر المرتبط بتقرير إلا بعد قبوله. ويوقف التأخر في تقديم تقرير الصرف وكل ترشيح جديد للجمعية.`,
      },
    ],
    free: [
      { label: { fr: 'Livrables', ar: 'المخرجات' }, text: f.deliverables ?? '' },
      { label: { fr: 'Échéancier', ar: 'جدول الأشطر' }, text: f.tranches ?? '' },
      { label: { fr: 'Rapports', ar: 'التقارير' }, text: f.reports ?? '' },
    ],
  };
}
