import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The action plan's menu entry and home card (in the first load, every language). */
export default {
  'pacMenu.nav': 'Plan d’action',
  'pacMenu.title': 'Programme d’action de la commune',
  'pacMenu.projects': 'Suivi des projets',
  'pacMenu.priorities': 'Priorités du plan',
  'pacMenu.description': 'Les étapes du plan, son projet ouvert aux commentaires, les contributions et les réponses',
} satisfies TranslationOf<typeof ar>;
