import type { PublicationCategory, PublicationText } from '@shabaka/db';

/**
 * The kinds of information Law 31-13's article 10 asks a public body to publish of its own accord, as a starting
 * checklist a commune then edits: the list's exact wording is to verify (REFERENCE.md, low certainty), so these
 * are names staff may rename, not quotations of the law. Refresh periods are the network's suggestion.
 */
export const ARTICLE_10_ITEMS: readonly {
  category: PublicationCategory;
  title: PublicationText;
  refreshMonths: number;
}[] = [
  {
    category: 'budget_accounts',
    title: { ar: 'الميزانية والحسابات', fr: 'Budget et comptes', es: 'Presupuesto y cuentas' },
    refreshMonths: 12,
  },
  {
    category: 'structures_contacts',
    title: {
      ar: 'المهام والهياكل الإدارية وعناوين الاتصال',
      fr: 'Missions, structures administratives et contacts',
      es: 'Misiones, estructuras administrativas y contactos',
    },
    refreshMonths: 12,
  },
  {
    category: 'rules_procedures',
    title: {
      ar: 'النصوص والمساطر المعمول بها',
      fr: 'Textes et procédures applicables',
      es: 'Normas y procedimientos aplicables',
    },
    refreshMonths: 12,
  },
  {
    category: 'services_forms',
    title: {
      ar: 'الخدمات المقدمة والوثائق والمطبوعات',
      fr: 'Services rendus, pièces et formulaires',
      es: 'Servicios prestados, documentos y formularios',
    },
    refreshMonths: 6,
  },
  {
    category: 'licences_conditions',
    title: {
      ar: 'شروط منح الرخص والأذونات',
      fr: 'Conditions d’octroi des licences et autorisations',
      es: 'Condiciones de concesión de licencias y autorizaciones',
    },
    refreshMonths: 12,
  },
  {
    category: 'procurement',
    title: {
      ar: 'برامج الصفقات العمومية ونتائجها',
      fr: 'Programmes des marchés publics et leurs résultats',
      es: 'Programas de contratación pública y sus resultados',
    },
    refreshMonths: 3,
  },
  {
    category: 'competitions',
    title: { ar: 'المباريات ونتائجها', fr: 'Concours et leurs résultats', es: 'Oposiciones y sus resultados' },
    refreshMonths: 3,
  },
  {
    category: 'reports_statistics',
    title: { ar: 'التقارير والإحصائيات', fr: 'Rapports et statistiques', es: 'Informes y estadísticas' },
    refreshMonths: 12,
  },
  {
    category: 'information_officer',
    title: {
      ar: 'الشخص المكلف بالحصول على المعلومات وعنوانه',
      fr: 'La personne chargée de l’accès à l’information et ses coordonnées',
      es: 'La persona encargada del acceso a la información y su contacto',
    },
    refreshMonths: 12,
  },
];
