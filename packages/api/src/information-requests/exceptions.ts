import type { Localized } from '@shabaka/db';

/**
 * Grounds for refusing access (Law 31-13, article 7 — wording summarised, to verify
 * against the official text). A refusal stores one code plus the written reasons.
 */
export const REFUSAL_GROUNDS = {
  national_defence: { article: '7', names: { ar: 'الدفاع الوطني', fr: 'Défense nationale', es: 'Defensa nacional' } },
  state_security: {
    article: '7',
    names: {
      ar: 'أمن الدولة الداخلي والخارجي',
      fr: 'Sûreté intérieure et extérieure de l’État',
      es: 'Seguridad interior y exterior del Estado',
    },
  },
  private_life: {
    article: '7',
    names: {
      ar: 'الحياة الخاصة للأفراد والمعطيات الشخصية',
      fr: 'Vie privée et données personnelles',
      es: 'Vida privada y datos personales',
    },
  },
  fundamental_rights: {
    article: '7',
    names: {
      ar: 'الحقوق والحريات الأساسية المنصوص عليها في الدستور',
      fr: 'Libertés et droits fondamentaux garantis par la Constitution',
      es: 'Derechos y libertades fundamentales',
    },
  },
  sources_protection: {
    article: '7',
    names: { ar: 'حماية مصادر المعلومات', fr: 'Protection des sources', es: 'Protección de las fuentes' },
  },
  foreign_relations: {
    article: '7',
    names: {
      ar: 'العلاقات مع دولة أخرى أو منظمة دولية',
      fr: 'Relations avec un État étranger ou une organisation internationale',
      es: 'Relaciones con otro Estado u organización internacional',
    },
  },
  economic_policy: {
    article: '7',
    names: {
      ar: 'السياسة النقدية أو الاقتصادية أو المالية للدولة',
      fr: 'Politique monétaire, économique ou financière de l’État',
      es: 'Política monetaria, económica o financiera del Estado',
    },
  },
  intellectual_property: {
    article: '7',
    names: {
      ar: 'حقوق الملكية الصناعية وحقوق المؤلف',
      fr: 'Propriété industrielle, droit d’auteur et droits voisins',
      es: 'Propiedad industrial y derechos de autor',
    },
  },
  whistleblower_protection: {
    article: '7',
    names: {
      ar: 'حقوق ومصالح الضحايا والشهود والخبراء والمبلغين',
      fr: 'Droits des victimes, témoins, experts et dénonciateurs',
      es: 'Derechos de víctimas, testigos, peritos y denunciantes',
    },
  },
  deliberations: {
    article: '7',
    names: { ar: 'سرية المداولات', fr: 'Secret des délibérations', es: 'Secreto de las deliberaciones' },
  },
  administrative_investigations: {
    article: '7',
    names: {
      ar: 'سرية الأبحاث والتحريات الإدارية',
      fr: 'Secret des enquêtes et investigations administratives',
      es: 'Secreto de las investigaciones administrativas',
    },
  },
  judicial_proceedings: {
    article: '7',
    names: {
      ar: 'سير المساطر القضائية والمساطر التمهيدية المتعلقة بها',
      fr: 'Procédures judiciaires et procédures préliminaires',
      es: 'Procedimientos judiciales y diligencias previas',
    },
  },
  competition: {
    article: '7',
    names: {
      ar: 'مبادئ المنافسة الحرة والمشروعة والأسرار الاقتصادية',
      fr: 'Concurrence libre et loyale, secrets économiques',
      es: 'Competencia libre y leal, secretos económicos',
    },
  },
  special_law: {
    article: '7',
    names: {
      ar: 'معلومات محمية بنص خاص',
      fr: 'Information protégée par une loi particulière',
      es: 'Información protegida por una ley especial',
    },
  },
  /** Not an article 7 exception: the body does not hold the information and knows of no body that does. */
  not_held: {
    article: null,
    names: {
      ar: 'المعلومات غير متوفرة لدى الجماعة',
      fr: 'Information non détenue par la commune',
      es: 'Información no disponible en el municipio',
    },
  },
} as const satisfies Record<string, { article: string | null; names: Localized }>;

export type RefusalGround = keyof typeof REFUSAL_GROUNDS;
export const REFUSAL_GROUND_CODES = Object.keys(REFUSAL_GROUNDS) as [RefusalGround, ...RefusalGround[]];

export const refusalGroundList = () =>
  REFUSAL_GROUND_CODES.map((code) => ({
    code,
    article: REFUSAL_GROUNDS[code].article,
    names: REFUSAL_GROUNDS[code].names as Localized,
  }));
