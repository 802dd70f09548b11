import type { TranslationOf } from '../../types';
import type ar from './ar';

/** Calls for projects (issue 14): the public calls and results, filing a dossier, the committee's scoring. */
export default {
  'calls.error.reason.already_applied': 'Esta asociación ya presentó una solicitud a esta convocatoria.',
  'calls.error.reason.call_closed': 'Esta convocatoria ya no admite solicitudes.',
  'calls.error.reason.call_not_draft': 'Solo se modifica una convocatoria aún no abierta.',
  'calls.error.reason.call_not_open': 'Esta convocatoria no está abierta.',
  'calls.error.reason.call_still_open':
    'La convocatoria aún admite solicitudes: los resultados se publican tras el plazo.',
  'calls.error.reason.conflict_declared': 'Declaró un conflicto de intereses sobre esta solicitud: no puede puntuarla.',
  'calls.error.reason.dossiers_unchecked': 'Aún no se ha examinado la admisibilidad de algunas solicitudes.',
  'calls.error.reason.empty_file': 'El archivo está vacío.',
  'calls.error.reason.invalid_transition': 'La solicitud no puede pasar a este estado.',
  'calls.error.reason.mark_too_high': 'La nota supera la escala.',
  'calls.error.reason.missing_document': 'Este documento es obligatorio.',
  'calls.error.reason.missing_mark': 'Ponga una nota a cada criterio.',
  'calls.error.reason.not_admissible': 'Solo se puntúa una solicitud admitida.',
  'calls.error.reason.not_allowed':
    'Solo los servicios del municipio, la asociación y el comité de la convocatoria ven esta solicitud.',
  'calls.error.reason.not_member': 'Solo los miembros del comité de esta convocatoria puntúan sus solicitudes.',
  'calls.error.reason.not_representative':
    'Solo los representantes verificados de la asociación presentan su solicitud.',
  'calls.error.reason.not_scored': 'El comité aún no ha puntuado suficientemente esta solicitud.',
  'calls.error.reason.not_working_day': 'El plazo debe terminar en un día hábil.',
  'calls.error.reason.over_envelope': 'Los importes propuestos superan la dotación de la convocatoria.',
  'calls.error.reason.over_maximum': 'El importe solicitado supera el máximo por proyecto.',
  'calls.error.reason.over_requested': 'El importe concedido no supera el solicitado.',
  'calls.error.reason.proposals_missing': 'Algunas solicitudes admitidas aún no tienen propuesta.',
  'calls.error.reason.reports_overdue': 'Un informe de una subvención anterior está atrasado: preséntelo primero.',
  'calls.error.reason.seat_outside_commune': 'Esta convocatoria es para asociaciones con sede en el municipio.',
  'calls.error.reason.too_recent': 'La asociación es demasiado reciente para las condiciones de esta convocatoria.',
  'calls.error.reason.unknown_account': 'Ninguna cuenta tiene este correo electrónico.',
  'calls.error.reason.unknown_application': 'Esta solicitud no existe en este municipio.',
  'calls.error.reason.unknown_association': 'Esta asociación no está en el registro de este municipio.',
  'calls.error.reason.unknown_call': 'Esta convocatoria no existe en este municipio.',
  'calls.error.reason.unknown_document': 'Esta solicitud no tiene este documento.',
  'calls.error.reason.unknown_item': 'Esta convocatoria no pide este documento.',
} satisfies TranslationOf<typeof ar>;
