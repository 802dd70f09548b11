import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The server-rendered verification page of signed documents at `/verify/<code>` (apps/server/src/documents.ts). */
export default {
  'verify.title': 'Vérifier un document',
  'verify.intro':
    'Les documents délivrés par les communes du réseau portent un code de vérification et un code QR. Cette page confirme qui a délivré un document, quand, son type et s’il est toujours valable — jamais son contenu.',
  'verify.lookup.label': 'Code de vérification',
  'verify.lookup.hint': 'Par exemple MDQ-DOC-2026-000007',
  'verify.lookup.submit': 'Vérifier',
  'verify.status.valid': 'Document authentique',
  'verify.status.revoked': 'Document révoqué',
  'verify.status.tampered': 'Document non authentique',
  'verify.status.unknown': 'Code inconnu',
  'verify.explain.valid':
    'Ce document a été délivré et signé électroniquement par la Commune de {commune} ; sa signature est intacte.',
  'verify.explain.revoked':
    'Ce document a été délivré par la Commune de {commune}, puis révoqué : il n’est plus valable.',
  'verify.explain.tampered':
    'La signature ne correspond pas : ne vous fiez pas à ce document. Contactez la Commune de {commune}.',
  'verify.explain.unknown': 'Aucun document ne porte le code {code}. Vérifiez le code saisi.',
  'verify.file.identical': 'Le fichier fourni est identique à l’original signé.',
  'verify.file.different': 'Le fichier fourni diffère de l’original signé : il a été modifié.',
  'verify.field.code': 'Code de vérification',
  'verify.field.issuer': 'Délivré par',
  'verify.field.type': 'Type de document',
  'verify.field.issuedAt': 'Date de délivrance',
  'verify.field.key': 'Clé de signature',
  'verify.field.revokedAt': 'Révoqué le',
  'verify.field.reason': 'Motif de la révocation',
  'verify.issuer': 'Commune de {name}',
  'verify.compare.title': 'Comparer une copie',
  'verify.compare.help':
    'Choisissez le fichier PDF que vous avez reçu : il est comparé à l’original signé sur le serveur et n’est pas conservé.',
  'verify.compare.file': 'Fichier PDF',
  'verify.compare.submit': 'Comparer',
  'verify.compare.missing': 'Choisissez un fichier PDF à comparer.',
  'verify.compare.tooLarge': 'Le fichier dépasse {size} Mo.',
  'verify.privacy':
    'Cette page n’indique que l’émetteur, la date, le type et l’état. Le contenu du document reste chez son titulaire.',
  'verify.offline': 'Vérifier sans ce site : l’enregistrement de la signature et les clés publiques des communes.',
  'verify.offlineHolders':
    'Ce document date d’avant la protection de son enregistrement public : ses empreintes et sa signature ne sont données qu’à son titulaire (pour protéger ses données personnelles). Tout le monde peut vérifier une copie en l’envoyant ci-dessus.',
  'verify.links.record': 'Enregistrement de la signature (JSON)',
  'verify.links.keys': 'Clés publiques',
  /** The header's name (the network's, as in the reference data). */
  'verify.brand': 'Réseau des Villes Stratégiques',
  'verify.language': 'Langue',
  'verify.another': 'Vérifier un autre document',
  'verify.pdf.forbidden':
    'Ce document n’est accessible qu’à son titulaire et au personnel de la commune qui l’a délivré. Connectez-vous ou utilisez le lien de téléchargement reçu.',
  'verify.pdf.unknown': 'Aucun document ne porte ce code.',
} satisfies TranslationOf<typeof ar>;
