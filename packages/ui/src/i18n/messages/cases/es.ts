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
  'cases.channel.web': 'Portal',
  'cases.channel.counter': 'Ventanilla',
  'cases.channel.paper': 'Correo en papel',
  'cases.channel.phone': 'Teléfono',
  'cases.channel.open311': 'Aplicación asociada (Open311)',
  'cases.channel.post': 'Correo postal',
  'cases.channel.email': 'Correo electrónico',
  'cases.code.label': 'Código de seguimiento',
  'cases.code.copy': 'Copiar el código de seguimiento',
  'cases.secret.label': 'Código secreto',
  'cases.secret.copy': 'Copiar el código secreto',
  'cases.secret.explain':
    'Este código demuestra que el expediente es suyo: con él (o con su cuenta) ve lo que solo le concierne a usted y puede reabrir, valorar o retirar. Guárdelo y no se lo dé a nadie. Está impreso en el justificante.',
  'cases.copied': 'Copiado.',
  'cases.selected': 'Seleccionado: cópielo a mano.',
  'cases.field.secret': 'Código secreto impreso en el justificante',
  'cases.field.secretHint':
    '8 letras y cifras, por ejemplo ABCD-EFGH (mayúsculas o minúsculas, los espacios no cuentan).',
  'cases.error.secretFormat': 'El código secreto tiene 8 letras y cifras, por ejemplo ABCD-EFGH.',
  'cases.owner.prove':
    'Solo quien presentó el expediente puede hacerlo: indique el código secreto del justificante o inicie sesión con la cuenta con la que lo presentó.',
  'cases.owner.yours': 'Se le reconoce como autor de este expediente.',
  'cases.owner.wrong': 'Este código secreto no corresponde a este expediente.',
  'cases.owner.title': '¿Es suyo este expediente?',
  'cases.owner.submit': 'Continuar con el código secreto',
  'cases.phone.link': 'Mis expedientes por teléfono',
  'cases.recent.title': 'Sus expedientes recientes en este dispositivo',
  'cases.recent.intro':
    'Guardados solo en este navegador, para volver a ellos. En un dispositivo compartido, olvídelos.',
  'cases.recent.filed': 'del {date}',
  'cases.recent.forget': 'Olvidar',
  'cases.recent.forgetLabel': 'Olvidar el expediente {code} en este dispositivo',
  'cases.recent.forgetAll': 'Olvidar todo en este dispositivo',
  'cases.recent.forgotten': '{code} olvidado en este dispositivo.',
  'cases.recent.forgottenAll': 'Sus expedientes se han olvidado en este dispositivo.',
  'cases.recent.receipt': 'Justificante',
  'cases.receipt.noSecret':
    'El código secreto no está en este enlace: figura en el justificante impreso o en el enlace recibido al presentar.',
  'cases.receipt.remembered': 'Este expediente queda guardado en este dispositivo.',
  'cases.owner.intro':
    'Con el código secreto impreso en el justificante (o con la sesión iniciada en la cuenta con la que lo presentó) ve sus propios datos y puede actuar sobre el expediente.',
} satisfies TranslationOf<typeof ar>;
