import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The instances section's menu entry and home card (in the first load, every language). */
export default {
  'instancesMenu.nav': 'Instances et comité',
  'instancesMenu.title': 'Instances consultatives et comité de transparence',
  'instancesMenu.description':
    'Les membres et leurs déclarations d’intérêts, les réunions, les recommandations et les réponses de la commune.',
} satisfies TranslationOf<typeof ar>;
