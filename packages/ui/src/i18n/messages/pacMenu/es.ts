import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The action plan's menu entry and home card (in the first load, every language). */
export default {
  'pacMenu.nav': 'Plan de acción',
  'pacMenu.title': 'Programa de acción municipal',
  'pacMenu.projects': 'Seguimiento de proyectos',
  'pacMenu.priorities': 'Prioridades del plan',
  'pacMenu.description': 'Las etapas del plan, su proyecto abierto a comentarios, las contribuciones y las respuestas',
} satisfies TranslationOf<typeof ar>;
