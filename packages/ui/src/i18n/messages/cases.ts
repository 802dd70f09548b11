/**
 * What every kind of case (complaint, information request…) shares on the portal: the owner's
 * secret code, copying it, the device's memory of recent cases. Flat keys `cases.*`, ICU
 * MessageFormat, typographic apostrophes (’). Travels with the complaints and information
 * screens (lazy chunks), not with the portal's first load.
 * In Arabic, Latin codes sit between U+2066/U+2069 (left-to-right isolate) so punctuation stays put.
 */
export const messages = {
  ar: {
    'cases.code.label': 'رمز التتبع',
    'cases.code.copy': 'نسخ رمز التتبع',
    'cases.secret.label': 'الرمز السري',
    'cases.secret.copy': 'نسخ الرمز السري',
    'cases.secret.explain':
      'هذا الرمز يُثبت أن الملف ملفكم: به (أو بحسابكم) تطّلعون على ما يخصكم وحدكم، وتعيدون الفتح أو تقيّمون أو تسحبون الطلب. احتفظوا به ولا تعطوه لأحد. وهو مطبوع على الوصل.',
    'cases.copied': 'تم النسخ.',
    'cases.selected': 'تم التحديد: انسخوه يدويًا.',
    'cases.field.secret': 'الرمز السري المطبوع على الوصل',
    'cases.field.secretHint': '8 حروف وأرقام، مثل \u2066ABCD-EFGH\u2069 (الحروف الكبيرة والصغيرة والمسافات سواء).',
    'cases.error.secretFormat': 'الرمز السري 8 حروف وأرقام، مثل \u2066ABCD-EFGH\u2069.',
    'cases.owner.prove':
      'هذا الإجراء لصاحب الملف وحده: أدخلوا الرمز السري المطبوع على الوصل، أو سجّلوا الدخول بالحساب الذي قُدِّم به.',
    'cases.owner.yours': 'تم التعرف عليكم كصاحب هذا الملف.',
    'cases.owner.wrong': 'هذا الرمز السري لا يطابق هذا الملف.',
    'cases.owner.title': 'هل أنتم صاحب هذا الملف؟',
    'cases.owner.submit': 'متابعة بالرمز السري',
    'cases.recent.title': 'ملفاتكم الأخيرة على هذا الجهاز',
    'cases.recent.intro': 'محفوظة في هذا المتصفح وحده لتعودوا إليها. على جهاز مشترك، احذفوها من الذاكرة.',
    'cases.recent.filed': 'بتاريخ {date}',
    'cases.recent.forget': 'نسيان',
    'cases.recent.forgetLabel': 'نسيان الملف \u2066{code}\u2069 على هذا الجهاز',
    'cases.recent.forgetAll': 'نسيان الكل على هذا الجهاز',
    'cases.recent.forgotten': 'تم نسيان \u2066{code}\u2069 على هذا الجهاز.',
    'cases.recent.forgottenAll': 'تم نسيان ملفاتكم على هذا الجهاز.',
    'cases.recent.receipt': 'الوصل',
    'cases.receipt.noSecret':
      'الرمز السري ليس في هذا الرابط: تجدونه على الوصل المطبوع أو في الرابط الذي توصلتم به عند الإيداع.',
    'cases.receipt.remembered': 'تم حفظ هذا الملف في ذاكرة هذا الجهاز.',
    'cases.owner.intro':
      'بالرمز السري المطبوع على الوصل (أو بتسجيل الدخول بالحساب الذي قُدِّم به الملف) تطّلعون على تفاصيلكم الخاصة وتتصرفون في الملف.',
  },
  fr: {
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
  },
  es: {
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
  },
};
