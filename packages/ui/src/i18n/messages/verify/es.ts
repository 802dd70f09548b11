import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The server-rendered verification page of signed documents at `/verify/<code>` (apps/server/src/documents.ts). */
export default {
  'verify.title': 'Verificar un documento',
  'verify.intro':
    'Los documentos expedidos por los municipios de la red llevan un código de verificación y un código QR. Esta página confirma quién expidió un documento, cuándo, su tipo y si sigue siendo válido, nunca su contenido.',
  'verify.lookup.label': 'Código de verificación',
  'verify.lookup.hint': 'Por ejemplo MDQ-DOC-2026-000007',
  'verify.lookup.submit': 'Verificar',
  'verify.status.valid': 'Documento auténtico',
  'verify.status.revoked': 'Documento revocado',
  'verify.status.tampered': 'Documento no auténtico',
  'verify.status.unknown': 'Código desconocido',
  'verify.explain.valid':
    'Este documento fue expedido y firmado electrónicamente por el Municipio de {commune}; su firma está intacta.',
  'verify.explain.revoked':
    'Este documento fue expedido por el Municipio de {commune} y después revocado: ya no es válido.',
  'verify.explain.tampered':
    'La firma no coincide: no confíe en este documento. Contacte con el Municipio de {commune}.',
  'verify.explain.unknown': 'Ningún documento tiene el código {code}. Compruebe el código introducido.',
  'verify.file.identical': 'El archivo proporcionado es idéntico al original firmado.',
  'verify.file.different': 'El archivo proporcionado difiere del original firmado: ha sido modificado.',
  'verify.field.code': 'Código de verificación',
  'verify.field.issuer': 'Expedido por',
  'verify.field.type': 'Tipo de documento',
  'verify.field.issuedAt': 'Fecha de expedición',
  'verify.field.key': 'Clave de firma',
  'verify.field.revokedAt': 'Revocado el',
  'verify.field.reason': 'Motivo de la revocación',
  'verify.issuer': 'Municipio de {name}',
  'verify.compare.title': 'Comparar una copia',
  'verify.compare.help':
    'Elija el archivo PDF que recibió: se compara con el original firmado en el servidor y no se guarda.',
  'verify.compare.file': 'Archivo PDF',
  'verify.compare.submit': 'Comparar',
  'verify.compare.missing': 'Elija un archivo PDF para comparar.',
  'verify.compare.tooLarge': 'El archivo supera {size} MB.',
  'verify.privacy':
    'Esta página solo muestra el emisor, la fecha, el tipo y el estado. El contenido del documento queda en manos de su titular.',
  'verify.offline': 'Verificar sin este sitio: el registro de la firma y las claves públicas de los municipios.',
  'verify.offlineHolders':
    'Este documento es anterior a la protección de su registro público: sus huellas y su firma solo se entregan a su titular (para proteger sus datos personales). Cualquiera puede verificar una copia enviándola arriba.',
  'verify.links.record': 'Registro de la firma (JSON)',
  'verify.links.keys': 'Claves públicas',
  /** The header's name (the network's, as in the reference data). */
  'verify.brand': 'Red de Ciudades Estratégicas',
  'verify.language': 'Idioma',
  'verify.another': 'Verificar otro documento',
  'verify.pdf.forbidden':
    'Este documento solo está disponible para su titular y el personal del municipio que lo expidió. Inicie sesión o use el enlace de descarga recibido.',
  'verify.pdf.unknown': 'Ningún documento tiene este código.',
} satisfies TranslationOf<typeof ar>;
