import type { TranslationOf } from '../../types';
import type ar from './ar';

/** Calls for projects (issue 14): the public calls and results, filing a dossier, the committee's scoring. */
export default {
  'calls.error.reason.already_applied': 'Cette association a déjà déposé un dossier pour cet appel.',
  'calls.error.reason.call_closed': 'Cet appel ne reçoit plus de dossiers.',
  'calls.error.reason.call_not_draft': 'Seul un appel pas encore ouvert se modifie.',
  'calls.error.reason.call_not_open': 'Cet appel n’est pas ouvert.',
  'calls.error.reason.call_still_open':
    'L’appel reçoit encore des dossiers : les résultats se publient après la date limite.',
  'calls.error.reason.conflict_declared':
    'Vous avez déclaré un conflit d’intérêts sur ce dossier : vous ne pouvez pas le noter.',
  'calls.error.reason.dossiers_unchecked': 'La recevabilité de certains dossiers n’a pas encore été examinée.',
  'calls.error.reason.empty_file': 'Le fichier est vide.',
  'calls.error.reason.invalid_transition': 'Le dossier ne peut pas passer à cet état.',
  'calls.error.reason.mark_too_high': 'La note dépasse le barème.',
  'calls.error.reason.missing_document': 'Ce document est obligatoire.',
  'calls.error.reason.missing_mark': 'Donnez une note pour chaque critère.',
  'calls.error.reason.not_admissible': 'Seul un dossier recevable se note.',
  'calls.error.reason.not_allowed':
    'Seuls les services de la commune, l’association et le comité de l’appel voient ce dossier.',
  'calls.error.reason.not_member': 'Seuls les membres du comité de cet appel notent ses dossiers.',
  'calls.error.reason.not_representative': 'Seuls les représentants vérifiés de l’association déposent son dossier.',
  'calls.error.reason.not_scored': 'Le comité n’a pas encore assez noté ce dossier.',
  'calls.error.reason.not_working_day': 'La date limite doit être un jour ouvrable.',
  'calls.error.reason.over_envelope': 'Les montants proposés dépassent l’enveloppe de l’appel.',
  'calls.error.reason.over_maximum': 'Le montant demandé dépasse le plafond par projet.',
  'calls.error.reason.over_requested': 'Le montant accordé ne dépasse pas le montant demandé.',
  'calls.error.reason.proposals_missing': 'Certains dossiers recevables n’ont pas encore de proposition.',
  'calls.error.reason.reports_overdue': 'Un rapport sur une subvention précédente est en retard : déposez-le d’abord.',
  'calls.error.reason.seat_outside_commune': 'Cet appel s’adresse aux associations dont le siège est dans la commune.',
  'calls.error.reason.too_recent': 'L’association est trop récente pour les conditions de cet appel.',
  'calls.error.reason.unknown_account': 'Aucun compte n’a cette adresse électronique.',
  'calls.error.reason.unknown_application': 'Ce dossier n’existe pas dans cette commune.',
  'calls.error.reason.unknown_association': 'Cette association n’est pas au registre de cette commune.',
  'calls.error.reason.unknown_call': 'Cet appel à projets n’existe pas dans cette commune.',
  'calls.error.reason.unknown_document': 'Ce dossier n’a pas ce document.',
  'calls.error.reason.unknown_item': 'Cet appel ne demande pas ce document.',
} satisfies TranslationOf<typeof ar>;
