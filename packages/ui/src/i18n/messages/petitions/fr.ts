import type { TranslationOf } from '../../types';
import type ar from './ar';

/** Petitions and citizen proposals (issue 15): the register, signing, the mandataire's and the bureau's screens. */
export default {
  'petitions.error.reason.activity_required': 'Indiquez l’activité que vous exercez dans la commune.',
  'petitions.error.reason.already_signed': 'Cette pétition a déjà été signée avec ce compte ou cette CIN.',
  'petitions.error.reason.association_files_directly':
    'Une association dépose sa pétition en son nom, sans collecte de signatures.',
  'petitions.error.reason.association_not_eligible':
    'L’association ne remplit pas encore toutes les conditions pour pétitionner.',
  'petitions.error.reason.basis_not_accepted': 'La commune n’accepte pas de signataires à ce titre.',
  'petitions.error.reason.checklist_incomplete':
    'La pétition ne peut pas encore être déposée : complétez les points manquants de la liste.',
  'petitions.error.reason.invalid_transition':
    'La pétition ne peut pas passer à cette étape depuis son étape actuelle.',
  'petitions.error.reason.not_admissible': 'Seule une pétition recevable est programmée, débattue et décidée.',
  'petitions.error.reason.not_allowed': 'Vous ne pouvez pas consulter ces informations.',
  'petitions.error.reason.not_collecting': 'Cette pétition ne recueille pas de signatures à ce stade.',
  'petitions.error.reason.not_decided': 'Le suivi s’enregistre après la décision du conseil.',
  'petitions.error.reason.not_draft': 'Seul un brouillon, pas encore ouvert aux signatures, se modifie.',
  'petitions.error.reason.not_filed': 'La référence du portail national s’enregistre une fois la pétition déposée.',
  'petitions.error.reason.not_mandataire': 'Seul le mandataire de la pétition suit sa procédure.',
  'petitions.error.reason.not_representative': 'Seul un représentant vérifié de l’association pétitionne en son nom.',
  'petitions.error.reason.petition_reviewed':
    'Une pétition est examinée par le bureau, pas répondue comme une proposition.',
  'petitions.error.reason.proposal_answered':
    'Une proposition citoyenne reçoit une réponse ; elle ne passe pas par le bureau.',
  'petitions.error.reason.proposal_by_citizens':
    'Une proposition citoyenne est faite par des citoyens, pas par une association.',
  'petitions.error.reason.session_exists': 'Le calendrier a déjà une session ce jour-là.',
  'petitions.error.reason.session_not_held': 'La session prévue pour cette pétition ne s’est pas encore ouverte.',
  'petitions.error.reason.session_past': 'Cette session a déjà commencé.',
  'petitions.error.reason.unknown_association': 'Cette association n’est pas au registre de la commune.',
  'petitions.error.reason.unknown_petition': 'Cette pétition n’existe pas dans cette commune.',
  'petitions.error.reason.unknown_session': 'Cette session n’est pas au calendrier du conseil.',
  'petitions.error.reason.voter_required':
    'La commune demande aux signataires d’être inscrits sur les listes électorales.',
} satisfies TranslationOf<typeof ar>;
