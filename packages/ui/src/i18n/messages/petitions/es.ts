import type { TranslationOf } from '../../types';
import type ar from './ar';

/** Petitions and citizen proposals (issue 15): the register, signing, the mandataire's and the bureau's screens. */
export default {
  'petitions.error.reason.activity_required': 'Indique la actividad que ejerce en el municipio.',
  'petitions.error.reason.already_signed': 'Esta petición ya ha sido firmada con esta cuenta o este DNI.',
  'petitions.error.reason.association_files_directly':
    'Una asociación presenta su petición en su nombre, sin recogida de firmas.',
  'petitions.error.reason.association_not_eligible':
    'La asociación aún no cumple todas las condiciones para presentar una petición.',
  'petitions.error.reason.basis_not_accepted': 'El municipio no acepta firmantes por este motivo.',
  'petitions.error.reason.checklist_incomplete':
    'La petición aún no puede presentarse: complete los puntos que faltan de la lista.',
  'petitions.error.reason.invalid_transition': 'La petición no puede pasar a esta etapa desde su etapa actual.',
  'petitions.error.reason.not_admissible': 'Solo una petición admisible se programa, se debate y se decide.',
  'petitions.error.reason.not_allowed': 'No puede consultar esta información.',
  'petitions.error.reason.not_collecting': 'Esta petición no recoge firmas en esta etapa.',
  'petitions.error.reason.not_decided': 'El seguimiento se registra tras la decisión del consejo.',
  'petitions.error.reason.not_draft': 'Solo se modifica un borrador, aún no abierto a firmas.',
  'petitions.error.reason.not_filed': 'La referencia del portal nacional se registra una vez presentada la petición.',
  'petitions.error.reason.not_mandataire': 'Solo el mandatario de la petición sigue su procedimiento.',
  'petitions.error.reason.not_representative':
    'Solo un representante verificado de la asociación presenta una petición en su nombre.',
  'petitions.error.reason.petition_reviewed': 'Una petición la examina la mesa; no se responde como una propuesta.',
  'petitions.error.reason.proposal_answered': 'Una propuesta ciudadana recibe respuesta; no pasa por la mesa.',
  'petitions.error.reason.proposal_by_citizens': 'Una propuesta ciudadana la hacen ciudadanos, no una asociación.',
  'petitions.error.reason.session_exists': 'El calendario ya tiene una sesión ese día.',
  'petitions.error.reason.session_not_held': 'La sesión prevista para esta petición aún no se ha abierto.',
  'petitions.error.reason.session_past': 'Esta sesión ya ha comenzado.',
  'petitions.error.reason.unknown_association': 'Esta asociación no figura en el registro del municipio.',
  'petitions.error.reason.unknown_petition': 'Esta petición no existe en este municipio.',
  'petitions.error.reason.unknown_session': 'Esta sesión no figura en el calendario del consejo.',
  'petitions.error.reason.voter_required':
    'El municipio exige que los firmantes estén inscritos en el censo electoral.',
} satisfies TranslationOf<typeof ar>;
