import type { Language } from './enums';
import type { CommuneTheme, Localized } from './types';

/**
 * Reference data seeded on first start. Figures marked "to verify" in shared/REFERENCE.md
 * stay editable by an administrator (commune settings), never hard-coded elsewhere.
 */
export const NETWORK = {
  id: 'strategic-cities',
  names: {
    ar: 'شبكة المدن الاستراتيجية',
    fr: 'Réseau des Villes Stratégiques',
    es: 'Red de Ciudades Estratégicas',
  } satisfies Localized,
  chair: 'tetouan',
};

export interface CommuneSeed {
  slug: string;
  names: Localized;
  lat: number;
  lon: number;
  population: number;
  populationSource: string;
  populationToVerify: boolean;
  theme: CommuneTheme;
  defaultLanguage: Language;
  /** Prefix of reference codes: TET-2026-000081. */
  codePrefix: string;
}

// The 2014 census (REFERENCE.md): shown as the source; `populationToVerify` asks a network
// administrator, in the dashboard, to confirm or replace it with the 2024 census.
const CENSUS_2014 = 'RGPH 2014 (HCP)';
/** The five communes' region, named in each language (Arabic and Spanish pages showed the French). */
export const REGION_NAME: Localized = {
  ar: 'طنجة تطوان الحسيمة',
  fr: 'Tanger-Tétouan-Al Hoceïma',
  es: 'Tánger-Tetuán-Alhucemas',
};

export const COMMUNES: CommuneSeed[] = [
  {
    slug: 'tetouan',
    codePrefix: 'TET',
    names: { ar: 'تطوان', fr: 'Tétouan', es: 'Tetuán' },
    lat: 35.5785,
    lon: -5.3684,
    population: 380787,
    populationSource: CENSUS_2014,
    populationToVerify: true,
    theme: { primary: '#1f6f50', secondary: '#f4f1ea', accent: '#c8a04a' },
    defaultLanguage: 'ar',
  },
  {
    slug: 'asilah',
    codePrefix: 'ASL',
    names: { ar: 'أصيلة', fr: 'Asilah', es: 'Arcila' },
    lat: 35.4651,
    lon: -6.0349,
    population: 31147,
    populationSource: CENSUS_2014,
    populationToVerify: true,
    theme: { primary: '#1d4e89', secondary: '#f5f8fc', accent: '#e07a2f' },
    defaultLanguage: 'ar',
  },
  {
    slug: 'chefchaouen',
    codePrefix: 'CHF',
    names: { ar: 'شفشاون', fr: 'Chefchaouen', es: 'Chauen' },
    lat: 35.1688,
    lon: -5.2636,
    population: 42786,
    populationSource: CENSUS_2014,
    populationToVerify: true,
    theme: { primary: '#2a5caa', secondary: '#eef4fb', accent: '#7aa6e0' },
    defaultLanguage: 'ar',
  },
  {
    slug: 'ksar-el-kebir',
    codePrefix: 'KEK',
    names: { ar: 'القصر الكبير', fr: 'Ksar El Kébir', es: 'Alcazarquivir' },
    lat: 35.0017,
    lon: -5.9057,
    population: 126617,
    populationSource: CENSUS_2014,
    populationToVerify: true,
    theme: { primary: '#8a3b12', secondary: '#fbf5ef', accent: '#d9a441' },
    defaultLanguage: 'ar',
  },
  {
    slug: 'mdiq',
    codePrefix: 'MDQ',
    names: { ar: 'المضيق', fr: "M'diq", es: 'Rincón' },
    lat: 35.6858,
    lon: -5.3253,
    population: 56227,
    populationSource: CENSUS_2014,
    populationToVerify: true,
    theme: { primary: '#0d6e7a', secondary: '#eef8f9', accent: '#f2b134' },
    defaultLanguage: 'ar',
  },
];

export const PARTNERS: { slug: string; names: Localized; kind: 'town' | 'organisation'; country: string }[] = [
  {
    slug: 'sant-feliu-de-llobregat',
    names: { ar: 'سانت فيليو دي يوبريغات', fr: 'Sant Feliu de Llobregat', es: 'Sant Feliu de Llobregat' },
    kind: 'town',
    country: 'ES',
  },
  {
    slug: 'terrassa',
    names: { ar: 'تيراسا', fr: 'Terrassa', es: 'Terrassa' },
    kind: 'town',
    country: 'ES',
  },
  {
    slug: 'localmed',
    names: { ar: 'لوكال ميد', fr: 'LocalMed', es: 'LocalMed' },
    kind: 'organisation',
    country: 'INT',
  },
];

/** A commune's usual departments; each commune can add or rename its own. */
export const DEPARTMENTS: { code: string; names: Localized }[] = [
  { code: 'civil-status', names: { ar: 'الحالة المدنية', fr: 'État civil', es: 'Registro civil' } },
  { code: 'urban-planning', names: { ar: 'التعمير', fr: 'Urbanisme', es: 'Urbanismo' } },
  {
    code: 'roads-lighting',
    names: { ar: 'الطرق والإنارة العمومية', fr: 'Voirie et éclairage public', es: 'Vías y alumbrado público' },
  },
  {
    code: 'hygiene-environment',
    names: { ar: 'حفظ الصحة والبيئة', fr: 'Hygiène et environnement', es: 'Higiene y medio ambiente' },
  },
  {
    code: 'economic-affairs',
    names: { ar: 'الشؤون الاقتصادية', fr: 'Affaires économiques', es: 'Asuntos económicos' },
  },
  {
    code: 'social-affairs',
    names: {
      ar: 'الشؤون الاجتماعية والثقافية',
      fr: 'Affaires sociales et culturelles',
      es: 'Asuntos sociales y culturales',
    },
  },
  { code: 'revenue', names: { ar: 'الجبايات المحلية', fr: 'Fiscalité locale', es: 'Fiscalidad local' } },
  {
    code: 'legal-affairs',
    names: { ar: 'الشؤون القانونية والمنازعات', fr: 'Affaires juridiques et contentieux', es: 'Asuntos jurídicos' },
  },
];

export const DEFAULT_MODULES = ['complaints', 'procedures', 'information', 'participation'];

/** Theme for a commune added later through the CLI; an admin can change it. */
export const DEFAULT_THEME: CommuneTheme = { primary: '#2f5d62', secondary: '#f3f6f6', accent: '#c8a04a' };

/** Complaint categories every commune starts with, routed to a department (by code). */
export const COMPLAINT_CATEGORIES: { code: string; department: string | null; names: Localized }[] = [
  {
    code: 'roads',
    department: 'roads-lighting',
    names: { ar: 'الطرق والأرصفة', fr: 'Voirie et trottoirs', es: 'Calzadas y aceras' },
  },
  {
    code: 'lighting',
    department: 'roads-lighting',
    names: { ar: 'الإنارة العمومية', fr: 'Éclairage public', es: 'Alumbrado público' },
  },
  {
    code: 'waste',
    department: 'hygiene-environment',
    names: {
      ar: 'جمع النفايات والنظافة',
      fr: 'Collecte des déchets et propreté',
      es: 'Recogida de residuos y limpieza',
    },
  },
  {
    code: 'green-spaces',
    department: 'hygiene-environment',
    names: { ar: 'المساحات الخضراء', fr: 'Espaces verts', es: 'Zonas verdes' },
  },
  {
    code: 'animals',
    department: 'hygiene-environment',
    names: { ar: 'الحيوانات الضالة والحشرات', fr: 'Animaux errants et nuisibles', es: 'Animales callejeros y plagas' },
  },
  {
    code: 'noise',
    department: 'hygiene-environment',
    names: { ar: 'الضجيج والإزعاج', fr: 'Bruit et nuisances', es: 'Ruido y molestias' },
  },
  {
    code: 'construction',
    department: 'urban-planning',
    names: { ar: 'البناء غير القانوني', fr: 'Construction illégale', es: 'Construcción ilegal' },
  },
  {
    code: 'public-space',
    department: 'economic-affairs',
    names: { ar: 'احتلال الملك العمومي', fr: 'Occupation du domaine public', es: 'Ocupación de la vía pública' },
  },
  {
    code: 'markets',
    department: 'economic-affairs',
    names: { ar: 'الأسواق والتجارة', fr: 'Marchés et commerce', es: 'Mercados y comercio' },
  },
  {
    code: 'civil-status',
    department: 'civil-status',
    names: { ar: 'خدمات الحالة المدنية', fr: 'Services d’état civil', es: 'Servicios de registro civil' },
  },
  {
    code: 'taxes',
    department: 'revenue',
    names: { ar: 'الرسوم والجبايات المحلية', fr: 'Taxes locales', es: 'Tasas locales' },
  },
  {
    code: 'reception',
    department: null,
    names: { ar: 'الاستقبال وجودة الخدمة', fr: 'Accueil et qualité du service', es: 'Atención y calidad del servicio' },
  },
  { code: 'other', department: null, names: { ar: 'موضوع آخر', fr: 'Autre sujet', es: 'Otro asunto' } },
];

/** Per-commune complaint settings and their defaults (chikaya.ma clocks; Decidim's 3 reports). */
export const COMPLAINT_SETTINGS_DEFAULTS = {
  ackDays: 15,
  answerDays: 60,
  reopenDays: 30,
  reportThreshold: 3,
  /** Public map positions are rounded to a grid of this many metres; staff see exact ones. */
  coarsenMeters: 200,
  /** Whether public timelines name the agent who acted. */
  showStaffNames: false,
  /** Days after an answer (resolved or rejected) before the citizen is asked to rate it; 0: never asked. */
  satisfactionSurveyDays: 7,
};
export type ComplaintSettings = typeof COMPLAINT_SETTINGS_DEFAULTS;
