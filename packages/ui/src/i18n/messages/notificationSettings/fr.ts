import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The portal's notification settings, the unsubscribe page (issue 13: preferences and consent). */
export default {
  'notificationSettings.title': 'Réglages des notifications',
  'notificationSettings.account.title': 'Notifications',
  'notificationSettings.account.note':
    'Choisissez comment vous parviennent les nouvelles des dossiers que vous suivez et les résumés. Les notifications légales sur vos propres dossiers vous parviennent toujours.',
  'notificationSettings.account.link': 'Réglages des notifications',
  'notificationSettings.intro':
    'Choisissez comment vous parviennent les messages de suivi : les nouvelles des dossiers que vous suivez et les résumés. Vous pouvez changer d’avis à tout moment.',
  'notificationSettings.legal':
    'Les notifications légales sur vos propres dossiers (accusé de réception, réponse, prolongation du délai, refus et ses motifs) vous parviennent toujours par chaque moyen que vous avez donné : elles ne peuvent pas être désactivées et ne suivent pas la fréquence choisie ici.',
  'notificationSettings.channel.email': 'E-mail',
  'notificationSettings.channel.sms': 'SMS',
  'notificationSettings.channel.inapp': 'Cloche du portail',
  'notificationSettings.emailAddress': 'À {email}',
  'notificationSettings.smsNone':
    'Aucun numéro de téléphone n’est lié à votre compte pour l’instant : aucun SMS ne peut être envoyé.',
  'notificationSettings.consent': 'J’accepte de recevoir les messages de suivi par ce moyen',
  'notificationSettings.frequency': 'Fréquence',
  'notificationSettings.frequency.immediate': 'Tout de suite',
  'notificationSettings.frequency.daily': 'Résumé quotidien',
  'notificationSettings.frequency.weekly': 'Résumé hebdomadaire (le lundi)',
  'notificationSettings.frequency.never': 'Jamais',
  'notificationSettings.save': 'Enregistrer',
  'notificationSettings.saving': 'Enregistrement…',
  'notificationSettings.saved': 'Vos choix sont enregistrés.',
  'notificationSettings.history': 'Historique des accords',
  'notificationSettings.historyNone': 'Aucun accord enregistré pour l’instant.',
  'notificationSettings.historyItem':
    '{date} : {channel}, {granted, select, true {accord donné} other {accord retiré}} ({source, select, web {portail} counter {guichet} email {lien de désabonnement} other {{source}}})',
  'notificationSettings.link': 'Réglages des notifications',
  'notificationSettings.signIn': 'Connectez-vous pour gérer vos notifications.',
  'notificationSettings.unsubscribe.title': 'Se désabonner',
  'notificationSettings.unsubscribe.intro':
    'Appuyez sur le bouton pour ne plus recevoir les messages de suivi par e-mail. Les notifications légales sur vos propres dossiers vous parviennent toujours.',
  'notificationSettings.unsubscribe.confirm': 'Me désabonner',
  'notificationSettings.unsubscribe.pending': 'Désabonnement…',
  'notificationSettings.unsubscribe.done':
    'Désabonnement enregistré : vous ne recevrez plus les messages de suivi par e-mail.',
  'notificationSettings.unsubscribe.missing':
    'Ce lien est incomplet. Ouvrez le lien de désabonnement tel qu’il figure dans le message.',
} satisfies TranslationOf<typeof ar>;
