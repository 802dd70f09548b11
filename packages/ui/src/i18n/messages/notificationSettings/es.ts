import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The portal's notification settings, the unsubscribe page (issue 13: preferences and consent). */
export default {
  'notificationSettings.title': 'Ajustes de notificaciones',
  'notificationSettings.account.title': 'Notificaciones',
  'notificationSettings.account.note':
    'Elija cómo le llegan las novedades de los expedientes que sigue y los resúmenes. Las notificaciones legales sobre sus propios expedientes le siguen llegando.',
  'notificationSettings.account.link': 'Ajustes de notificaciones',
  'notificationSettings.intro':
    'Elija cómo le llegan los mensajes de seguimiento: las novedades de los expedientes que sigue y los resúmenes. Puede cambiar de opinión en cualquier momento.',
  'notificationSettings.legal':
    'Las notificaciones legales sobre sus propios expedientes (acuse de recibo, respuesta, prórroga del plazo, denegación y sus motivos) le llegan siempre por cada medio que haya dado: no se pueden desactivar y no siguen la frecuencia elegida aquí.',
  'notificationSettings.channel.email': 'Correo electrónico',
  'notificationSettings.channel.sms': 'SMS',
  'notificationSettings.channel.inapp': 'Campana del portal',
  'notificationSettings.emailAddress': 'A {email}',
  'notificationSettings.smsNone':
    'Por ahora no hay ningún número de teléfono vinculado a su cuenta: no se puede enviar ningún SMS.',
  'notificationSettings.consent': 'Acepto recibir mensajes de seguimiento por este medio',
  'notificationSettings.frequency': 'Frecuencia',
  'notificationSettings.frequency.immediate': 'Al momento',
  'notificationSettings.frequency.daily': 'Resumen diario',
  'notificationSettings.frequency.weekly': 'Resumen semanal (los lunes)',
  'notificationSettings.frequency.never': 'Nunca',
  'notificationSettings.save': 'Guardar',
  'notificationSettings.saving': 'Guardando…',
  'notificationSettings.saved': 'Sus opciones se han guardado.',
  'notificationSettings.history': 'Historial de consentimientos',
  'notificationSettings.historyNone': 'Todavía no hay ningún consentimiento registrado.',
  'notificationSettings.historyItem':
    '{date}: {channel}, {granted, select, true {consentimiento dado} other {consentimiento retirado}} ({source, select, web {portal} counter {ventanilla} email {enlace de baja} other {{source}}})',
  'notificationSettings.link': 'Ajustes de notificaciones',
  'notificationSettings.signIn': 'Inicie sesión para gestionar sus notificaciones.',
  'notificationSettings.unsubscribe.title': 'Darse de baja',
  'notificationSettings.unsubscribe.intro':
    'Pulse el botón para dejar de recibir mensajes de seguimiento por correo electrónico. Las notificaciones legales sobre sus propios expedientes le siguen llegando.',
  'notificationSettings.unsubscribe.confirm': 'Darme de baja',
  'notificationSettings.unsubscribe.pending': 'Dándole de baja…',
  'notificationSettings.unsubscribe.done':
    'Baja registrada: ya no recibirá mensajes de seguimiento por correo electrónico.',
  'notificationSettings.unsubscribe.missing':
    'Este enlace está incompleto. Abra el enlace de baja tal como aparece en el mensaje.',
} satisfies TranslationOf<typeof ar>;
