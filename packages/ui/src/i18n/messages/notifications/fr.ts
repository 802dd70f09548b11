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
  // Engagement messages (preferences): a case one follows, the digest, the unsubscribe link.
  'notifications.complaint.followed.subject': '{commune} : la réclamation {code} que vous suivez - {stage}',
  'notifications.complaint.followed.body':
    'La réclamation {code} que vous suivez a changé d’état. Elle est désormais : {stage}.',
  'notifications.complaint.followed.inapp': 'Réclamation suivie {code} : {stage}',
  'notifications.digest.subject':
    '{commune} : {frequency, select, weekly {votre résumé de la semaine} other {votre résumé du jour}} des dossiers suivis',
  'notifications.digest.body':
    'Voici les nouvelles des dossiers que vous suivez depuis le dernier résumé, les plus récentes d’abord. Vous pouvez changer la fréquence de ces messages ou les arrêter dans vos réglages.',
  'notifications.digest.inapp':
    '{frequency, select, weekly {Votre résumé de la semaine} other {Votre résumé du jour}} de {commune}',
  'notifications.digest.case': 'Dossier {code}',
  'notifications.digest.item': '{date} : {stage} {note}',
  'notifications.digest.action': 'Réglages des notifications',
  'notifications.digest.actionText': 'Pour changer vos réglages de notifications : {link}',
  'notifications.email.unsubscribe':
    'Vous recevez ce message parce que vous l’avez choisi. Pour ne plus recevoir ces messages : {link}',
  'notifications.email.unsubscribeAction': 'Se désabonner de ces messages',
  'notifications.unsubscribe.done':
    'Désabonnement enregistré : vous ne recevrez plus ces messages par e-mail. Les notifications légales sur vos propres dossiers vous parviennent toujours.',
  'notifications.unsubscribe.invalid': 'Ce lien de désabonnement n’est pas valable.',
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
  'notifications.information.silence.subject': '{commune} : le délai de réponse à votre demande {code} est échu',
  'notifications.information.silence.body':
    'Le délai de réponse à votre demande {code} a expiré le {dueAt} sans réponse de la commune. Vous pouvez adresser une réclamation au président de la commune jusqu’au {remedyDue}, puis saisir la Commission du droit d’accès à l’information (CDAI).',
  'notifications.information.silence.sms': 'Sans réponse dans le délai, vous pouvez contester : {link}',
  'notifications.information.silence.inapp':
    'Délai échu sans réponse pour votre demande {code} : vous pouvez contester',
  'notifications.complaint.satisfaction.subject':
    '{commune} : la réponse à votre réclamation {code} vous satisfait-elle ?',
  'notifications.complaint.satisfaction.body':
    '{commune} a répondu à votre réclamation {code} il y a quelques jours. La réponse vous satisfait-elle ? Notez-la de 1 à 5 sur la page de suivi : votre avis aide la commune à améliorer ses services.',
  'notifications.complaint.satisfaction.action': 'Noter la réponse',
  'notifications.complaint.satisfaction.actionText': 'Pour noter la réponse : {link}',
  'notifications.complaint.satisfaction.sms': 'Notez la réponse à votre réclamation : {link}',
  'notifications.complaint.satisfaction.inapp': 'Notez la réponse à votre réclamation {code}',
  'notifications.complaint.reopenClosing.subject': '{commune} : dernier délai pour rouvrir votre réclamation {code}',
  'notifications.complaint.reopenClosing.body':
    'Si la réponse à votre réclamation {code} n’a pas réglé le problème, vous pouvez la rouvrir depuis sa page de suivi jusqu’au {reopenUntil}. Après cette date, vous pourrez déposer une nouvelle réclamation.',
  'notifications.complaint.reopenClosing.sms': 'Dernier délai pour rouvrir votre réclamation : {link}',
  'notifications.complaint.reopenClosing.inapp': 'Vous pouvez rouvrir votre réclamation {code} jusqu’au {reopenUntil}',
  'notifications.photo.hidden.subject': '{commune} : une photo de votre réclamation {code} est masquée',
  'notifications.photo.hidden.body':
    'Plusieurs personnes ont signalé une photo jointe à votre réclamation {code} : elle est masquée au public jusqu’à ce qu’un modérateur l’examine. Votre réclamation continue d’être traitée normalement.',
  'notifications.photo.hidden.sms': 'Une photo de votre réclamation est masquée : {link}',
  'notifications.photo.hidden.inapp': 'Une photo de votre réclamation {code} est masquée',
  'notifications.photo.restored.subject': '{commune} : la photo de votre réclamation {code} est de nouveau visible',
  'notifications.photo.restored.body':
    'Un modérateur a examiné la photo jointe à votre réclamation {code} : elle est de nouveau visible par le public.',
  'notifications.photo.restored.sms': 'La photo de votre réclamation est visible : {link}',
  'notifications.photo.restored.inapp': 'La photo de votre réclamation {code} est de nouveau visible',
  'notifications.photo.removed.subject': '{commune} : une photo de votre réclamation {code} a été retirée',
  'notifications.photo.removed.body':
    'Un modérateur a examiné la photo jointe à votre réclamation {code} et l’a retirée : elle ne sera plus montrée au public. Votre réclamation continue d’être traitée normalement.',
  'notifications.photo.removed.sms': 'Une photo de votre réclamation est retirée : {link}',
  'notifications.photo.removed.inapp': 'Une photo de votre réclamation {code} a été retirée',
  'notifications.report.removed.subject': '{commune} : la photo que vous avez signalée a été retirée',
  'notifications.report.removed.body':
    'Merci de votre signalement. Un modérateur a examiné la photo que vous avez signalée sur la réclamation {code} et l’a retirée.',
  'notifications.report.removed.inapp': 'La photo que vous avez signalée sur la réclamation {code} a été retirée',
  'notifications.report.kept.subject': '{commune} : la photo que vous avez signalée a été examinée',
  'notifications.report.kept.body':
    'Merci de votre signalement. Un modérateur a examiné la photo que vous avez signalée sur la réclamation {code} et n’y a rien trouvé de contraire aux règles : elle reste visible.',
  'notifications.report.kept.inapp':
    'La photo que vous avez signalée sur la réclamation {code} reste visible après examen',
  'notifications.document.issued.subject': '{commune} : votre document {code} a été délivré',
  'notifications.document.issued.body':
    '{commune} a délivré le document {code}. Son authenticité peut être vérifiée à tout moment par le lien de vérification : {link}',
  'notifications.document.issued.sms': 'Votre document a été délivré. Vérification : {link}',
  'notifications.document.issued.inapp': '{commune} a délivré votre document {code}',
  'notifications.application.inadmissible.subject':
    '{commune} : le dossier {code} de votre association est irrecevable',
  'notifications.application.inadmissible.body':
    '{commune} a examiné le dossier {code} de votre association pour « {call} » et l’a jugé irrecevable. Motif : {reason}',
  'notifications.application.inadmissible.inapp': 'Dossier {code} irrecevable : {reason}',
  'notifications.application.selected.subject': '{commune} : le dossier {code} de votre association est retenu',
  'notifications.application.selected.body':
    '{commune} a publié les résultats de « {call} » : le dossier {code} de votre association est retenu pour {amount} MAD. Les services de la commune vous contacteront pour la convention ou la décision.',
  'notifications.application.selected.inapp': 'Dossier {code} retenu pour {amount} MAD',
  'notifications.application.refused.subject': '{commune} : le dossier {code} de votre association n’est pas retenu',
  'notifications.application.refused.body':
    '{commune} a publié les résultats de « {call} » : le dossier {code} de votre association n’est pas retenu. Motif : {reason}',
  'notifications.application.refused.inapp': 'Dossier {code} non retenu : {reason}',
  'notifications.contribution.answered.subject': '{commune} : réponse à votre contribution {code}',
  'notifications.contribution.answered.body':
    '{commune} a répondu à votre contribution {code} sur le paragraphe {paragraph} du projet de plan d’action communal : {answer}. {reason}',
  'notifications.contribution.answered.inapp': 'Réponse à votre contribution {code} : {answer}',
  'notifications.contribution.answer.retained': 'retenue',
  'notifications.contribution.answer.merged': 'fusionnée avec d’autres',
  'notifications.contribution.answer.not_retained': 'non retenue',
  'notifications.contribution.action': 'Mes contributions',
  'notifications.contribution.actionText': 'Vos contributions et les réponses de la commune : {link}',
  'notifications.pac.phaseOpened.subject': '{commune} : la phase « {phase} » du plan d’action communal commence',
  'notifications.pac.phaseOpened.body':
    'La phase « {phase} » du plan d’action communal de {commune} est ouverte, du {from} au {to}. Voyez comment y participer.',
  'notifications.pac.phaseOpened.inapp': '{commune} : la phase « {phase} » du plan d’action communal commence',
  'notifications.pac.phaseClosed.subject': '{commune} : la phase « {phase} » du plan d’action communal est close',
  'notifications.pac.phaseClosed.body':
    'La phase « {phase} » du plan d’action communal de {commune} s’est close le {to}. Suivez les phases suivantes et leurs résultats.',
  'notifications.pac.phaseClosed.inapp': '{commune} : la phase « {phase} » du plan d’action communal est close',
  'notifications.pac.action': 'Le plan d’action communal',
  'notifications.pac.actionText': 'Les phases du plan et comment y participer : {link}',
  'notifications.proposal.admissible.subject': '{commune} : votre proposition {code} est recevable',
  'notifications.proposal.admissible.body':
    '{commune} a examiné votre proposition {code} « {title} » et l’a jugée techniquement recevable (compétence, coût, légalité) : elle sera soumise au vote. Motif : {reason}',
  'notifications.proposal.admissible.inapp': 'Proposition {code} recevable : elle sera soumise au vote',
  'notifications.proposal.inadmissible.subject': '{commune} : votre proposition {code} n’est pas recevable',
  'notifications.proposal.inadmissible.body':
    '{commune} a examiné votre proposition {code} « {title} » et l’a jugée techniquement irrecevable : elle ne sera pas soumise au vote. Motif publié : {reason}',
  'notifications.proposal.inadmissible.inapp': 'Proposition {code} irrecevable : {reason}',
  'notifications.proposal.action': 'Mes propositions',
  'notifications.proposal.actionText': 'Vos propositions et les décisions de la commune : {link}',
  'notifications.consultation.opened.subject': '{commune} : le vote est ouvert sur « {title} »',
  'notifications.consultation.opened.body':
    'Le vote sur les propositions recevables de la consultation « {title} » de {commune} est ouvert. Vous pouvez voter en ligne ou au guichet de la commune.',
  'notifications.consultation.opened.inapp': '{commune} : le vote est ouvert sur « {title} »',
  'notifications.consultation.closed.subject': '{commune} : résultats de « {title} »',
  'notifications.consultation.closed.body':
    'Le vote de la consultation « {title} » de {commune} est clos ; les résultats et le taux de participation sont publiés.',
  'notifications.consultation.closed.inapp': '{commune} : vote clos sur « {title} », résultats publiés',
  'notifications.consultation.action': 'La consultation',
  'notifications.consultation.actionText': 'La consultation et ses résultats : {link}',
  'notifications.application.action': 'Les dossiers de mon association',
  'notifications.application.actionText': 'Les dossiers de votre association : {link}',
  'notifications.petition.filed.subject': '{commune} : votre pétition {code} est déposée',
  'notifications.petition.filed.body':
    'La pétition {code} « {subject} » est déposée auprès du président du conseil. Ce message garde la date de dépôt ; le bureau du conseil examine sa recevabilité et vous notifie un éventuel rejet, motivé, dans le délai légal.',
  'notifications.petition.filed.inapp': 'Pétition {code} déposée',
  'notifications.petition.admissible.subject': '{commune} : votre pétition {code} est recevable',
  'notifications.petition.admissible.body':
    'Le bureau du conseil a déclaré recevable la pétition {code} « {subject} ». Elle est inscrite à l’ordre du jour de la prochaine session ordinaire ({session}) et renvoyée à la commission compétente. {reason}',
  'notifications.petition.admissible.inapp': 'Pétition {code} recevable, session du {session}',
  'notifications.petition.rejected.subject': '{commune} : votre pétition {code} est rejetée',
  'notifications.petition.rejected.body':
    'Le bureau du conseil a rejeté la pétition {code} « {subject} » pour les motifs suivants : {reason}',
  'notifications.petition.rejected.inapp': 'Pétition {code} rejetée : {reason}',
  'notifications.petition.decided.subject': '{commune} : décision du conseil sur la pétition {code}',
  'notifications.petition.decided.body':
    'Le conseil a débattu de la pétition {code} « {subject} » et décidé : {reason}',
  'notifications.petition.decided.inapp': 'Décision du conseil sur la pétition {code} : {reason}',
  'notifications.petition.answered.subject': '{commune} : réponse de la commune à la proposition {code}',
  'notifications.petition.answered.body': 'La commune a répondu à la proposition {code} « {subject} » : {reason}',
  'notifications.petition.answered.inapp': 'Réponse à la proposition {code} : {reason}',
  'notifications.workshop.moved.subject': '{commune} : l’atelier « {title} » change de date ou de lieu',
  'notifications.workshop.moved.body':
    '{commune} a changé la date ou le lieu de l’atelier « {title} » auquel vous êtes inscrit(e) : il se tient le {startsAt}, {place}.',
  'notifications.workshop.moved.inapp':
    '{commune} : l’atelier « {title} » a une nouvelle date ou un nouveau lieu, {startsAt}, {place}',
  'notifications.workshop.cancelled.subject': '{commune} : l’atelier « {title} » est annulé',
  'notifications.workshop.cancelled.body':
    '{commune} a annulé l’atelier « {title} » auquel vous êtes inscrit(e), prévu le {startsAt}. Motif : {reason}',
  'notifications.workshop.cancelled.inapp': '{commune} annule l’atelier « {title} » : {reason}',
  'notifications.workshop.action': 'Page de l’atelier',
  'notifications.workshop.actionText': 'La page de l’atelier : {link}',
  'notifications.petition.action': 'Suivre la pétition',
  'notifications.petition.actionText': 'Suivre la pétition : {link}',
  'notifications.staff.publicationDue.subject': '{commune} : « {item} » est à mettre à jour avant le {due}',
  'notifications.staff.publicationDue.body':
    'Vous tenez à jour « {item} » dans la liste de publication proactive (article 10 de la loi 31-13). Sa mise à jour doit être publiée avant le {due}, sans quoi elle apparaîtra en retard au public.',
  'notifications.staff.publicationDue.inapp': '{commune} : « {item} » à mettre à jour avant le {due}',
  'notifications.staff.publicationStale.subject': '{commune} : « {item} » est en retard de mise à jour',
  'notifications.staff.publicationStale.body':
    'L’échéance de « {item} » était le {due}. La page de publication proactive le montre en retard au public jusqu’à ce que sa mise à jour soit publiée et sa date enregistrée.',
  'notifications.staff.publicationStale.inapp': '{commune} : « {item} » en retard de mise à jour (échéance {due})',
  'notifications.staff.publicationAction': 'Ouvrir la liste de publication',
  'notifications.staff.publicationActionText': 'La liste de publication proactive : {link}',
  'notifications.staff.recommendationAdopted.subject':
    '{commune} : la recommandation {code} du comité de transparence attend votre réponse',
  'notifications.staff.recommendationAdopted.body':
    'Le comité de transparence a adopté la recommandation {code} « {title} » adressée à la commune. Votre réponse (acceptée, partiellement ou rejetée, avec ses raisons) est attendue avant le {due} ; elle sera publiée avec la recommandation.',
  'notifications.staff.recommendationAdopted.inapp':
    'Recommandation {code} « {title} » : réponse attendue avant le {due}',
  'notifications.staff.observationRaised.subject': '{commune} : observation {code} du comité de transparence',
  'notifications.staff.observationRaised.body':
    'Le comité de transparence a soulevé l’observation {code} « {title} » sur la commune. Votre réponse est attendue avant le {due}.',
  'notifications.staff.observationRaised.inapp': 'Observation {code} « {title} » : réponse attendue avant le {due}',
  'notifications.committee.recommendationAnswered.subject': '{commune} a répondu à la recommandation {code} : {answer}',
  'notifications.committee.recommendationAnswered.body':
    'La commune a répondu à la recommandation {code} « {title} » : {answer}. La réponse et ses raisons sont publiées sur la page du comité de transparence.',
  'notifications.committee.recommendationAnswered.inapp': 'Recommandation {code} « {title} » : {answer}',
  'notifications.committee.action': 'La page du comité',
  'notifications.committee.actionText': 'La page du comité de transparence : {link}',
  'notifications.staff.petitionReminder.subject': '{commune} : la pétition {code} attend le bureau depuis {days} jours',
  'notifications.staff.petitionReminder.body':
    'La pétition {code} a été déposée il y a {days} jours et le bureau ne s’est pas encore prononcé. Un rejet doit être notifié, motivé, avant le {due}.',
  'notifications.staff.petitionReminder.inapp': 'Pétition {code} en attente depuis {days} jours (échéance {due})',
  'notifications.room.approved.subject': '{commune} : votre demande de salle est acceptée',
  'notifications.room.approved.body':
    '{commune} a accepté votre demande de la salle « {room} » pour « {title} », le {startsAt}, jusqu’à {endsAt}.',
  'notifications.room.approved.inapp': '{commune} vous accorde la salle « {room} » pour « {title} », le {startsAt}',
  'notifications.room.refused.subject': '{commune} : votre demande de salle est refusée',
  'notifications.room.refused.body':
    '{commune} n’a pas accepté votre demande de la salle « {room} » pour « {title} », le {startsAt}. Motif : {reason}',
  'notifications.room.refused.inapp': '{commune} refuse la salle « {room} » pour « {title} » : {reason}',
  'notifications.room.action': 'Mes demandes de salle',
  'notifications.room.actionText': 'Vos demandes de salle : {link}',
} satisfies TranslationOf<typeof ar>;
