import type { TranslationOf } from '../../types';
import type ar from './ar';

/** What the platform sends by email and SMS (issue 13), in the recipient's language. */
export default {
  'notifications.email.footer':
    '{commune} le ha enviado este mensaje a través de la plataforma Shabaka. Por favor, no responda a él.',
  'notifications.email.track': 'Seguir el expediente',
  'notifications.email.trackText': 'Para seguir el expediente: {link}',
  'notifications.email.note': 'Mensaje del municipio:',
  'notifications.link.unknown':
    'Este enlace no lleva a ningún expediente. Compruebe el código impreso en su resguardo.',
  'notifications.complaint.received.subject': '{commune}: hemos recibido su queja {code}',
  'notifications.complaint.received.body':
    '{commune} ha registrado su queja con la referencia {code}. El municipio le responderá a más tardar el {answerDue}. Conserve esta referencia para seguir su queja.',
  'notifications.complaint.received.sms': 'Hemos recibido su queja. Seguimiento: {link}',
  'notifications.complaint.updated.subject': '{commune}: su queja {code} - {stage}',
  'notifications.complaint.updated.body': 'Su queja {code} ha cambiado de estado. Ahora está: {stage}.',
  'notifications.complaint.updated.sms': 'Su queja: {stage}. {link}',
} satisfies TranslationOf<typeof ar>;
