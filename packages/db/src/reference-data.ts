import type { CommuneTheme, Language, Localized } from './types';

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
  theme: CommuneTheme;
  defaultLanguage: Language;
}

const CENSUS_2014 = 'RGPH 2014 (HCP) — to verify against 2024 figures';
const REGION = 'Tanger-Tétouan-Al Hoceïma';
export const REGION_NAME = REGION;

export const COMMUNES: CommuneSeed[] = [
  {
    slug: 'tetouan',
    names: { ar: 'تطوان', fr: 'Tétouan', es: 'Tetuán' },
    lat: 35.5785,
    lon: -5.3684,
    population: 380787,
    populationSource: CENSUS_2014,
    theme: { primary: '#1f6f50', secondary: '#f4f1ea', accent: '#c8a04a' },
    defaultLanguage: 'ar',
  },
  {
    slug: 'asilah',
    names: { ar: 'أصيلة', fr: 'Asilah', es: 'Arcila' },
    lat: 35.4651,
    lon: -6.0349,
    population: 31147,
    populationSource: CENSUS_2014,
    theme: { primary: '#1d4e89', secondary: '#f5f8fc', accent: '#e07a2f' },
    defaultLanguage: 'ar',
  },
  {
    slug: 'chefchaouen',
    names: { ar: 'شفشاون', fr: 'Chefchaouen', es: 'Chauen' },
    lat: 35.1688,
    lon: -5.2636,
    population: 42786,
    populationSource: CENSUS_2014,
    theme: { primary: '#2a5caa', secondary: '#eef4fb', accent: '#7aa6e0' },
    defaultLanguage: 'ar',
  },
  {
    slug: 'ksar-el-kebir',
    names: { ar: 'القصر الكبير', fr: 'Ksar El Kébir', es: 'Alcazarquivir' },
    lat: 35.0017,
    lon: -5.9057,
    population: 126617,
    populationSource: CENSUS_2014,
    theme: { primary: '#8a3b12', secondary: '#fbf5ef', accent: '#d9a441' },
    defaultLanguage: 'ar',
  },
  {
    slug: 'mdiq',
    names: { ar: 'المضيق', fr: "M'diq", es: 'Rincón' },
    lat: 35.6858,
    lon: -5.3253,
    population: 56227,
    populationSource: CENSUS_2014,
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
  { code: 'roads-lighting', names: { ar: 'الطرق والإنارة العمومية', fr: 'Voirie et éclairage public', es: 'Vías y alumbrado público' } },
  { code: 'hygiene-environment', names: { ar: 'حفظ الصحة والبيئة', fr: 'Hygiène et environnement', es: 'Higiene y medio ambiente' } },
  { code: 'economic-affairs', names: { ar: 'الشؤون الاقتصادية', fr: 'Affaires économiques', es: 'Asuntos económicos' } },
  { code: 'social-affairs', names: { ar: 'الشؤون الاجتماعية والثقافية', fr: 'Affaires sociales et culturelles', es: 'Asuntos sociales y culturales' } },
  { code: 'revenue', names: { ar: 'الجبايات المحلية', fr: 'Fiscalité locale', es: 'Fiscalidad local' } },
  { code: 'legal-affairs', names: { ar: 'الشؤون القانونية والمنازعات', fr: 'Affaires juridiques et contentieux', es: 'Asuntos jurídicos' } },
];

export const DEFAULT_MODULES = ['complaints', 'procedures', 'participation'];

/** Theme for a commune added later through the CLI; an admin can change it. */
export const DEFAULT_THEME: CommuneTheme = { primary: '#2f5d62', secondary: '#f3f6f6', accent: '#c8a04a' };
