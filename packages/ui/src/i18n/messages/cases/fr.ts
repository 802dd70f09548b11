import type { TranslationOf } from '../../types';
import type ar from './ar';

/**
 * What every kind of case (complaint, information request…) shares on the portal: the owner's
 * secret code, copying it, the device's memory of recent cases. Flat keys `cases.*`, ICU
 * MessageFormat, typographic apostrophes (’). Travels with the complaints and information
 * screens (lazy chunks), not with the portal's first load.
 * In Arabic, Latin codes sit between U+2066/U+2069 (left-to-right isolate) so punctuation stays put.
 */
export default {
  'cases.channel.web': 'Portail',
  'cases.channel.counter': 'Guichet',
  'cases.channel.paper': 'Courrier papier',
  'cases.channel.phone': 'Téléphone',
  'cases.channel.open311': 'Application partenaire (Open311)',
  'cases.channel.post': 'Courrier',
  'cases.channel.email': 'E-mail',
  'cases.code.label': 'Code de suivi',
  'cases.code.copy': 'Copier le code de suivi',
  'cases.secret.label': 'Code secret',
  'cases.secret.copy': 'Copier le code secret',
  'cases.secret.explain':
    'Ce code prouve que le dossier est le vôtre : avec lui (ou votre compte), vous voyez ce qui ne concerne que vous, vous pouvez rouvrir, noter ou retirer. Gardez-le et ne le donnez à personne. Il est imprimé sur le récépissé.',
  'cases.copied': 'Copié.',
  'cases.selected': 'Sélectionné : copiez-le à la main.',
  'cases.field.secret': 'Code secret imprimé sur le récépissé',
  'cases.field.secretHint':
    '8 lettres et chiffres, par exemple ABCD-EFGH (majuscules ou minuscules, les espaces ne comptent pas).',
  'cases.error.secretFormat': 'Le code secret a 8 lettres et chiffres, par exemple ABCD-EFGH.',
  'cases.owner.prove':
    'Seule la personne qui a déposé le dossier peut le faire : donnez le code secret du récépissé, ou connectez-vous avec le compte utilisé pour le dépôt.',
  'cases.owner.yours': 'Vous êtes reconnu comme l’auteur de ce dossier.',
  'cases.owner.wrong': 'Ce code secret ne correspond pas à ce dossier.',
  'cases.owner.title': 'Ce dossier est le vôtre ?',
  'cases.owner.submit': 'Continuer avec le code secret',
  'cases.phone.link': 'Mes dossiers par téléphone',
  'cases.recent.title': 'Vos dossiers récents sur cet appareil',
  'cases.recent.intro': 'Gardés dans ce navigateur seulement, pour y revenir. Sur un appareil partagé, oubliez-les.',
  'cases.recent.filed': 'du {date}',
  'cases.recent.forget': 'Oublier',
  'cases.recent.forgetLabel': 'Oublier le dossier {code} sur cet appareil',
  'cases.recent.forgetAll': 'Tout oublier sur cet appareil',
  'cases.recent.forgotten': '{code} oublié sur cet appareil.',
  'cases.recent.forgottenAll': 'Vos dossiers ont été oubliés sur cet appareil.',
  'cases.recent.receipt': 'Récépissé',
  'cases.receipt.noSecret':
    'Le code secret n’est pas dans ce lien : il figure sur le récépissé imprimé ou dans le lien reçu au dépôt.',
  'cases.receipt.remembered': 'Ce dossier est gardé en mémoire sur cet appareil.',
  'cases.owner.intro':
    'Avec le code secret imprimé sur le récépissé (ou connecté avec le compte utilisé pour le dépôt), vous voyez vos propres informations et pouvez agir sur le dossier.',
} satisfies TranslationOf<typeof ar>;
