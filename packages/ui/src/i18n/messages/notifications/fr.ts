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
  'notifications.account.verify.subject': '{commune} : confirmez votre adresse e-mail',
  'notifications.account.verify.body':
    'Bonjour {name}, vous avez demandé la création d’un compte sur le portail de {commune}. Pour l’activer, confirmez que cette adresse est la vôtre en ouvrant le lien ci-dessous dans les 24 heures, puis connectez-vous avec le mot de passe que vous avez choisi. Si vous n’avez rien demandé, ignorez ce message : aucun compte ne sera activé.',
  'notifications.account.verify.action': 'Confirmer mon adresse',
  'notifications.account.verify.actionText': 'Pour confirmer votre adresse : {link}',
  'notifications.account.exists.subject': '{commune} : vous avez déjà un compte à cette adresse',
  'notifications.account.exists.body':
    'Bonjour {name}, quelqu’un a demandé la création d’un compte avec votre adresse e-mail, et vous avez déjà un compte à cette adresse. Vous pouvez vous y connecter, ou choisir un nouveau mot de passe si vous l’avez oublié. Si ce n’était pas vous, ignorez ce message : rien n’a changé dans votre compte.',
  'notifications.account.exists.action': 'Choisir un nouveau mot de passe',
  'notifications.account.exists.actionText': 'Pour choisir un nouveau mot de passe : {link}',
  'notifications.account.reset.subject': '{commune} : choisir un nouveau mot de passe',
  'notifications.account.reset.body':
    'Bonjour {name}, le changement du mot de passe de votre compte a été demandé. Pour choisir un nouveau mot de passe, ouvrez le lien ci-dessous dans l’heure. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe n’a pas changé.',
  'notifications.account.reset.action': 'Choisir un nouveau mot de passe',
  'notifications.account.reset.actionText': 'Pour choisir un nouveau mot de passe : {link}',
  'notifications.account.signIn.subject': '{commune} : nouvelle connexion à votre compte',
  'notifications.account.signIn.body':
    'Bonjour {name}, une connexion à votre compte a eu lieu le {time} depuis un appareil jamais utilisé auparavant ({device}). Si c’était vous, vous n’avez rien à faire. Sinon, choisissez tout de suite un nouveau mot de passe avec le lien ci-dessous.',
  'notifications.account.signIn.action': 'Choisir un nouveau mot de passe',
  'notifications.account.signIn.actionText': 'Si ce n’était pas vous, choisissez un nouveau mot de passe : {link}',
  'notifications.complaint.received.inapp': '{commune} a reçu votre réclamation {code}',
  'notifications.complaint.updated.inapp': 'Votre réclamation {code} : {stage}',
  'notifications.channel.email': 'e-mail',
  'notifications.channel.sms': 'SMS',
  'notifications.inapp.unknown': 'Nouvelle notification',
  'notifications.staff.assigned.subject': '{commune} : le dossier {code} vous est attribué',
  'notifications.staff.assigned.body':
    'Le dossier {code} vous a été attribué. Ouvrez-le dans l’espace agents pour le traiter.',
  'notifications.staff.assigned.inapp': 'Le dossier {code} vous est attribué',
  'notifications.staff.dueSoon.subject': '{commune} : le dossier {code} arrive à échéance',
  'notifications.staff.dueSoon.body':
    'Le dossier {code} arrive à échéance le {due}, dans deux jours ouvrables ou moins.',
  'notifications.staff.dueSoon.inapp': 'Le dossier {code} arrive à échéance le {due}',
  'notifications.staff.overdue.subject': '{commune} : le dossier {code} est en retard',
  'notifications.staff.overdue.body': 'Le dossier {code} a dépassé son échéance du {due}.',
  'notifications.staff.overdue.inapp': 'Le dossier {code} est en retard (échéance du {due})',
  'notifications.staff.deadLetter.subject': '{commune} : une notification n’a pas pu être envoyée',
  'notifications.staff.deadLetter.body':
    'Une notification par {channel} n’a pas pu être envoyée après plusieurs tentatives.',
  'notifications.staff.deadLetter.inapp': 'Notification par {channel} non envoyée ({code})',
  'notifications.staff.action': 'Ouvrir le dossier',
  'notifications.staff.actionText': 'Pour ouvrir le dossier : {link}',
  'notifications.information.received.subject': '{commune} : votre demande d’information {code} a bien été reçue',
  'notifications.information.received.body':
    '{commune} a enregistré votre demande d’accès à l’information sous la référence {code}. La commune vous répondra au plus tard le {answerDue}. Gardez cette référence pour suivre votre demande.',
  'notifications.information.received.sms': "Votre demande d'information a bien été enregistrée. Suivi : {link}",
  'notifications.information.extended.subject': '{commune} : le délai de réponse à votre demande {code} est prolongé',
  'notifications.information.extended.body':
    'La commune a prolongé le délai de réponse à votre demande {code}. Nouvelle échéance : {answerDue}. Motif de la prolongation : {reason}',
  'notifications.information.extended.sms': 'Le délai de réponse à votre demande est prolongé. Suivi : {link}',
  'notifications.information.answered.subject': '{commune} : votre demande {code} - {state}',
  'notifications.information.answered.body': 'La commune a traité votre demande {code} : {state}.',
  'notifications.information.answered.sms': 'Votre demande : {state}. {link}',
  'notifications.information.remedies.subject': '{commune} : vos recours pour la demande {code}',
  'notifications.information.remedies.body':
    'Si la réponse à votre demande {code} ne vous satisfait pas, vous pouvez adresser une réclamation au président de la commune jusqu’au {remedyDue}, puis saisir la Commission du droit d’accès à l’information (CDAI).',
  'notifications.information.remedies.sms': 'Vous pouvez contester la réponse à votre demande. Détails : {link}',
  'notifications.information.received.inapp': '{commune} a reçu votre demande d’information {code}',
  'notifications.information.extended.inapp': 'Le délai de réponse à votre demande {code} est prolongé',
  'notifications.information.answered.inapp': 'Votre demande {code} : {state}',
  'notifications.information.remedies.inapp': 'Vous pouvez contester la réponse à votre demande {code}',
  'notifications.document.issued.subject': '{commune} : votre document {code} a été délivré',
  'notifications.document.issued.body':
    '{commune} a délivré le document {code}. Son authenticité peut être vérifiée à tout moment par le lien de vérification : {link}',
  'notifications.document.issued.sms': 'Votre document a été délivré. Vérification : {link}',
  'notifications.document.issued.inapp': '{commune} a délivré votre document {code}',
} satisfies TranslationOf<typeof ar>;
