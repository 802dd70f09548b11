import type { TranslationOf } from '../../types';
import type ar from './ar';

/**
 * Kinds of signed documents, one wording for the staff desk, the citizen's documents and the
 * verification page. Dynamic keys: documentsGlossary.type.<template>.
 */
export default {
  'documentsGlossary.type.residence_certificate': 'Certificado de residencia',
  'documentsGlossary.type.administrative_certificate': 'Certificado administrativo',
  'documentsGlossary.type.information_answer': 'Respuesta a una solicitud de acceso a la información',
  'documentsGlossary.type.subsidy_convention': 'Convenio de colaboración y subvención',
  'documentsGlossary.type.subsidy_decision': 'Resolución de concesión de subvención',
  'documentsGlossary.type.petition_receipt': 'Resguardo de presentación de una petición',
  'documentsGlossary.type.pac_report': 'Informe anual de seguimiento del programa de actuación municipal',
  'documentsGlossary.type.pac_workshop_minutes': 'Acta de un taller del programa de actuación',
  'documentsGlossary.type.results_bulletin': 'Boletín de resultados de gestión',
  'documentsGlossary.type.instance_rules': 'Reglamento interno de un órgano consultivo',
  'documentsGlossary.type.instance_minutes': 'Acta de reunión de un órgano consultivo',
} satisfies TranslationOf<typeof ar>;
