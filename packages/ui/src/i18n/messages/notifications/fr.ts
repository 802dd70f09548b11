import type { TranslationOf } from '../../types';
import type ar from './ar';

/** What the platform sends by email and SMS (issue 13), in the recipient's language. */
export default {
  'notifications.email.footer':
    'Ce message vous a été envoyé par {commune} via la plateforme Shabaka. Merci de ne pas y répondre.',
  'notifications.email.track': 'Suivre le dossier',
  'notifications.email.trackText': 'Pour suivre le dossier : {link}',
  'notifications.email.note': 'Message de la commune :',
  'notifications.link.unknown': 'Ce lien ne mène à aucun dossier. Vérifiez le code imprimé sur votre récépissé.',
  'notifications.complaint.received.subject': '{commune} : votre réclamation {code} a bien été reçue',
  'notifications.complaint.received.body':
    '{commune} a enregistré votre réclamation sous la référence {code}. La commune vous répondra au plus tard le {answerDue}. Gardez cette référence pour suivre votre réclamation.',
  'notifications.complaint.received.sms': 'Votre réclamation a bien été enregistrée. Suivi : {link}',
  'notifications.complaint.updated.subject': '{commune} : votre réclamation {code} - {stage}',
  'notifications.complaint.updated.body': 'Votre réclamation {code} a changé d’état. Elle est désormais : {stage}.',
  'notifications.complaint.updated.sms': 'Dossier : {stage}. {link}',
} satisfies TranslationOf<typeof ar>;
