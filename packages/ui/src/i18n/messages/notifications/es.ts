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
  'notifications.account.verify.subject': '{commune}: confirme su dirección de correo electrónico',
  'notifications.account.verify.body':
    'Hola, {name}: ha solicitado crear una cuenta en el portal de {commune}. Para activarla, confirme que esta dirección es suya abriendo el enlace de abajo en las próximas 24 horas y, después, inicie sesión con la contraseña que eligió. Si no lo ha solicitado, ignore este mensaje: no se activará ninguna cuenta.',
  'notifications.account.verify.action': 'Confirmar mi dirección',
  'notifications.account.verify.actionText': 'Para confirmar su dirección: {link}',
  'notifications.account.exists.subject': '{commune}: ya tiene una cuenta con esta dirección',
  'notifications.account.exists.body':
    'Hola, {name}: alguien ha solicitado crear una cuenta con su dirección de correo electrónico, y usted ya tiene una cuenta con ella. Puede iniciar sesión, o elegir una nueva contraseña si la ha olvidado. Si no fue usted, ignore este mensaje: nada ha cambiado en su cuenta.',
  'notifications.account.exists.action': 'Elegir una nueva contraseña',
  'notifications.account.exists.actionText': 'Para elegir una nueva contraseña: {link}',
  'notifications.account.reset.subject': '{commune}: elegir una nueva contraseña',
  'notifications.account.reset.body':
    'Hola, {name}: se ha solicitado cambiar la contraseña de su cuenta. Para elegir una nueva, abra el enlace de abajo en la próxima hora. Si no lo ha solicitado, ignore este mensaje: su contraseña no ha cambiado.',
  'notifications.account.reset.action': 'Elegir una nueva contraseña',
  'notifications.account.reset.actionText': 'Para elegir una nueva contraseña: {link}',
  'notifications.account.signIn.subject': '{commune}: nuevo inicio de sesión en su cuenta',
  'notifications.account.signIn.body':
    'Hola, {name}: se inició sesión en su cuenta el {time} desde un dispositivo que no se había usado antes ({device}). Si fue usted, no tiene que hacer nada. Si no, elija enseguida una nueva contraseña con el enlace de abajo.',
  'notifications.account.signIn.action': 'Elegir una nueva contraseña',
  'notifications.account.signIn.actionText': 'Si no fue usted, elija una nueva contraseña: {link}',
  'notifications.complaint.received.inapp': '{commune} ha recibido su queja {code}',
  'notifications.complaint.updated.inapp': 'Su queja {code}: {stage}',
  'notifications.channel.email': 'correo electrónico',
  'notifications.channel.sms': 'SMS',
  'notifications.inapp.unknown': 'Nueva notificación',
  // Engagement messages (preferences): a case one follows, the digest, the unsubscribe link.
  'notifications.complaint.followed.subject': '{commune}: la reclamación {code} que sigue - {stage}',
  'notifications.complaint.followed.body':
    'La reclamación {code} que sigue ha cambiado de estado. Ahora está: {stage}.',
  'notifications.complaint.followed.inapp': 'Reclamación seguida {code}: {stage}',
  'notifications.digest.subject':
    '{commune}: {frequency, select, weekly {su resumen semanal} other {su resumen diario}} de los expedientes que sigue',
  'notifications.digest.body':
    'Estas son las novedades de los expedientes que sigue desde el último resumen, las más recientes primero. Puede cambiar la frecuencia de estos mensajes o detenerlos en sus ajustes de notificaciones.',
  'notifications.digest.inapp':
    '{frequency, select, weekly {Su resumen semanal} other {Su resumen diario}} de {commune}',
  'notifications.digest.case': 'Expediente {code}',
  'notifications.digest.item': '{date}: {stage} {note}',
  'notifications.digest.action': 'Ajustes de notificaciones',
  'notifications.digest.actionText': 'Para cambiar sus ajustes de notificaciones: {link}',
  'notifications.email.unsubscribe':
    'Recibe este mensaje porque así lo eligió. Para dejar de recibir estos mensajes: {link}',
  'notifications.email.unsubscribeAction': 'Darse de baja de estos mensajes',
  'notifications.unsubscribe.done':
    'Baja registrada: ya no recibirá estos mensajes por correo electrónico. Las notificaciones legales sobre sus propios expedientes le siguen llegando.',
  'notifications.unsubscribe.invalid': 'Este enlace para darse de baja no es válido.',
  'notifications.staff.assigned.subject': '{commune}: se le ha asignado el expediente {code}',
  'notifications.staff.assigned.body':
    'Se le ha asignado el expediente {code}. Ábralo en el espacio del personal para tramitarlo.',
  'notifications.staff.assigned.inapp': 'Se le ha asignado el expediente {code}',
  'notifications.staff.dueSoon.subject': '{commune}: el expediente {code} vence pronto',
  'notifications.staff.dueSoon.body': 'El expediente {code} vence el {due}, dentro de dos días hábiles o menos.',
  'notifications.staff.dueSoon.inapp': 'El expediente {code} vence el {due}',
  'notifications.staff.overdue.subject': '{commune}: el expediente {code} está vencido',
  'notifications.staff.overdue.body': 'El expediente {code} superó su plazo del {due}.',
  'notifications.staff.overdue.inapp': 'El expediente {code} está vencido (plazo del {due})',
  'notifications.staff.deadLetter.subject': '{commune}: no se pudo enviar una notificación',
  'notifications.staff.deadLetter.body': 'Una notificación por {channel} no se pudo enviar tras varios intentos.',
  'notifications.staff.deadLetter.inapp': 'Notificación por {channel} no enviada ({code})',
  'notifications.staff.action': 'Abrir el expediente',
  'notifications.staff.actionText': 'Para abrir el expediente: {link}',
  'notifications.information.received.subject': '{commune}: hemos recibido su solicitud de información {code}',
  'notifications.information.received.body':
    '{commune} ha registrado su solicitud de acceso a la información con la referencia {code}. El municipio le responderá a más tardar el {answerDue}. Conserve esta referencia para seguir su solicitud.',
  'notifications.information.received.sms': 'Solicitud registrada: {link}',
  'notifications.information.extended.subject': '{commune}: se ha prorrogado el plazo de su solicitud {code}',
  'notifications.information.extended.body':
    'El municipio ha prorrogado el plazo de respuesta a su solicitud {code}. Nuevo plazo: {answerDue}. Motivo de la prórroga: {reason}',
  'notifications.information.extended.sms': 'Plazo prorrogado: {link}',
  'notifications.information.answered.subject': '{commune}: su solicitud {code} - {state}',
  'notifications.information.answered.body': 'El municipio ha tramitado su solicitud {code}: {state}.',
  'notifications.information.answered.sms': 'Solicitud: {state}. {link}',
  'notifications.information.remedies.subject': '{commune}: sus recursos sobre la solicitud {code}',
  'notifications.information.remedies.body':
    'Si la respuesta a su solicitud {code} no le satisface, puede presentar una reclamación ante el presidente del municipio hasta el {remedyDue} y, después, ante la Comisión del Derecho de Acceso a la Información (CDAI).',
  'notifications.information.remedies.sms': 'Puede recurrir: {link}',
  'notifications.information.received.inapp': '{commune} ha recibido su solicitud de información {code}',
  'notifications.information.extended.inapp': 'Se ha prorrogado el plazo de su solicitud {code}',
  'notifications.information.answered.inapp': 'Su solicitud {code}: {state}',
  'notifications.information.remedies.inapp': 'Puede recurrir la respuesta a su solicitud {code}',
  'notifications.information.silence.subject': '{commune}: ha vencido el plazo de respuesta a su solicitud {code}',
  'notifications.information.silence.body':
    'El plazo de respuesta a su solicitud {code} venció el {dueAt} sin respuesta del municipio. Puede presentar una reclamación ante el presidente del municipio hasta el {remedyDue} y, después, ante la Comisión del Derecho de Acceso a la Información (CDAI).',
  'notifications.information.silence.sms': 'Sin respuesta en plazo, puede recurrir: {link}',
  'notifications.information.silence.inapp': 'Plazo vencido sin respuesta a su solicitud {code}: puede recurrir',
  'notifications.complaint.satisfaction.subject': '{commune}: ¿le satisface la respuesta a su queja {code}?',
  'notifications.complaint.satisfaction.body':
    '{commune} respondió a su queja {code} hace unos días. ¿Le satisface la respuesta? Valórela del 1 al 5 en la página de seguimiento: su opinión ayuda al municipio a mejorar sus servicios.',
  'notifications.complaint.satisfaction.action': 'Valorar la respuesta',
  'notifications.complaint.satisfaction.actionText': 'Para valorar la respuesta: {link}',
  'notifications.complaint.satisfaction.sms': 'Valore la respuesta a su queja: {link}',
  'notifications.complaint.satisfaction.inapp': 'Valore la respuesta a su queja {code}',
  'notifications.complaint.reopenClosing.subject': '{commune}: último plazo para reabrir su queja {code}',
  'notifications.complaint.reopenClosing.body':
    'Si la respuesta a su queja {code} no ha resuelto el problema, puede reabrirla desde su página de seguimiento hasta el {reopenUntil}. Después de esa fecha, podrá presentar una nueva queja.',
  'notifications.complaint.reopenClosing.sms': 'Ultimo plazo para reabrir su queja: {link}',
  'notifications.complaint.reopenClosing.inapp': 'Puede reabrir su queja {code} hasta el {reopenUntil}',
  'notifications.photo.hidden.subject': '{commune}: una foto de su queja {code} está oculta',
  'notifications.photo.hidden.body':
    'Varias personas han denunciado una foto adjunta a su queja {code}: queda oculta al público hasta que un moderador la revise. Su queja sigue tramitándose con normalidad.',
  'notifications.photo.hidden.sms': 'Se ha ocultado una foto de su queja: {link}',
  'notifications.photo.hidden.inapp': 'Una foto de su queja {code} está oculta',
  'notifications.photo.restored.subject': '{commune}: la foto de su queja {code} vuelve a ser visible',
  'notifications.photo.restored.body':
    'Un moderador ha revisado la foto adjunta a su queja {code}: vuelve a ser visible para el público.',
  'notifications.photo.restored.sms': 'La foto de su queja vuelve a verse: {link}',
  'notifications.photo.restored.inapp': 'La foto de su queja {code} vuelve a ser visible',
  'notifications.photo.removed.subject': '{commune}: se ha retirado una foto de su queja {code}',
  'notifications.photo.removed.body':
    'Un moderador ha revisado la foto adjunta a su queja {code} y la ha retirado: ya no se mostrará al público. Su queja sigue tramitándose con normalidad.',
  'notifications.photo.removed.sms': 'Se ha retirado una foto de su queja: {link}',
  'notifications.photo.removed.inapp': 'Se ha retirado una foto de su queja {code}',
  'notifications.report.removed.subject': '{commune}: se ha retirado la foto que denunció',
  'notifications.report.removed.body':
    'Gracias por su aviso. Un moderador ha revisado la foto que denunció en la queja {code} y la ha retirado.',
  'notifications.report.removed.inapp': 'Se ha retirado la foto que denunció en la queja {code}',
  'notifications.report.kept.subject': '{commune}: se ha revisado la foto que denunció',
  'notifications.report.kept.body':
    'Gracias por su aviso. Un moderador ha revisado la foto que denunció en la queja {code} y no ha encontrado nada contrario a las normas: sigue visible.',
  'notifications.report.kept.inapp': 'La foto que denunció en la queja {code} sigue visible tras la revisión',
  'notifications.document.issued.subject': '{commune}: se ha expedido su documento {code}',
  'notifications.document.issued.body':
    '{commune} ha expedido el documento {code}. Su autenticidad puede comprobarse en cualquier momento con el enlace de verificación: {link}',
  'notifications.document.issued.sms': 'Documento expedido. Verificar: {link}',
  'notifications.document.issued.inapp': '{commune} ha expedido su documento {code}',
  'notifications.application.inadmissible.subject':
    '{commune}: la solicitud {code} de su asociación no ha sido admitida',
  'notifications.application.inadmissible.body':
    '{commune} examinó la solicitud {code} de su asociación para «{call}» y no la admitió. Motivo: {reason}',
  'notifications.application.inadmissible.inapp': 'Solicitud {code} no admitida: {reason}',
  'notifications.application.selected.subject': '{commune}: la solicitud {code} de su asociación ha sido seleccionada',
  'notifications.application.selected.body':
    '{commune} publicó los resultados de «{call}»: la solicitud {code} de su asociación ha sido seleccionada por {amount} MAD. Los servicios del municipio le contactarán para el convenio o la resolución.',
  'notifications.application.selected.inapp': 'Solicitud {code} seleccionada por {amount} MAD',
  'notifications.application.refused.subject':
    '{commune}: la solicitud {code} de su asociación no ha sido seleccionada',
  'notifications.application.refused.body':
    '{commune} publicó los resultados de «{call}»: la solicitud {code} de su asociación no ha sido seleccionada. Motivo: {reason}',
  'notifications.application.refused.inapp': 'Solicitud {code} no seleccionada: {reason}',
  'notifications.contribution.answered.subject': '{commune}: respuesta a su contribución {code}',
  'notifications.contribution.answered.body':
    '{commune} ha respondido a su contribución {code} sobre el párrafo {paragraph} del proyecto de plan de acción municipal: {answer}. {reason}',
  'notifications.contribution.answered.inapp': 'Respuesta a su contribución {code}: {answer}',
  'notifications.contribution.answer.retained': 'aceptada',
  'notifications.contribution.answer.merged': 'fusionada con otras',
  'notifications.contribution.answer.not_retained': 'no aceptada',
  'notifications.contribution.action': 'Mis contribuciones',
  'notifications.contribution.actionText': 'Sus contribuciones y las respuestas del municipio: {link}',
  'notifications.pac.phaseOpened.subject': '{commune}: comienza la fase «{phase}» del plan de acción municipal',
  'notifications.pac.phaseOpened.body':
    'La fase «{phase}» del plan de acción municipal de {commune} está abierta, del {from} al {to}. Vea cómo participar.',
  'notifications.pac.phaseOpened.inapp': '{commune}: comienza la fase «{phase}» del plan de acción municipal',
  'notifications.pac.phaseClosed.subject': '{commune}: se cerró la fase «{phase}» del plan de acción municipal',
  'notifications.pac.phaseClosed.body':
    'La fase «{phase}» del plan de acción municipal de {commune} se cerró el {to}. Siga las fases siguientes y sus resultados.',
  'notifications.pac.phaseClosed.inapp': '{commune}: se cerró la fase «{phase}» del plan de acción municipal',
  'notifications.pac.action': 'El plan de acción municipal',
  'notifications.pac.actionText': 'Las fases del plan y cómo participar: {link}',
  'notifications.proposal.admissible.subject': '{commune}: su propuesta {code} es admisible',
  'notifications.proposal.admissible.body':
    '{commune} ha examinado su propuesta {code} «{title}» y la ha considerado técnicamente admisible (competencia, coste, legalidad): se someterá a votación. Motivo: {reason}',
  'notifications.proposal.admissible.inapp': 'Propuesta {code} admisible: se someterá a votación',
  'notifications.proposal.inadmissible.subject': '{commune}: su propuesta {code} no es admisible',
  'notifications.proposal.inadmissible.body':
    '{commune} ha examinado su propuesta {code} «{title}» y la ha considerado técnicamente inadmisible: no se someterá a votación. Motivo publicado: {reason}',
  'notifications.proposal.inadmissible.inapp': 'Propuesta {code} inadmisible: {reason}',
  'notifications.proposal.action': 'Mis propuestas',
  'notifications.proposal.actionText': 'Sus propuestas y las decisiones del municipio: {link}',
  'notifications.consultation.opened.subject': '{commune}: la votación de «{title}» está abierta',
  'notifications.consultation.opened.body':
    'La votación de las propuestas admisibles de la consulta «{title}» de {commune} está abierta. Puede votar en línea o en la ventanilla del municipio.',
  'notifications.consultation.opened.inapp': '{commune}: la votación de «{title}» está abierta',
  'notifications.consultation.closed.subject': '{commune}: resultados de «{title}»',
  'notifications.consultation.closed.body':
    'La votación de la consulta «{title}» de {commune} ha terminado; se publican los resultados y la tasa de participación.',
  'notifications.consultation.closed.inapp': '{commune}: votación de «{title}» terminada, resultados publicados',
  'notifications.consultation.action': 'La consulta',
  'notifications.consultation.actionText': 'La consulta y sus resultados: {link}',
  'notifications.application.action': 'Las solicitudes de mi asociación',
  'notifications.application.actionText': 'Las solicitudes de su asociación: {link}',
  'notifications.petition.filed.subject': '{commune}: su petición {code} está presentada',
  'notifications.petition.filed.body':
    'La petición {code} «{subject}» está presentada ante el presidente del consejo. Este mensaje guarda la fecha de presentación; la mesa del consejo examina su admisibilidad y le notificará un eventual rechazo, motivado, dentro del plazo legal.',
  'notifications.petition.filed.inapp': 'Petición {code} presentada',
  'notifications.petition.admissible.subject': '{commune}: su petición {code} es admisible',
  'notifications.petition.admissible.body':
    'La mesa del consejo ha declarado admisible la petición {code} «{subject}». Se incluye en el orden del día de la próxima sesión ordinaria ({session}) y se remite a la comisión competente. {reason}',
  'notifications.petition.admissible.inapp': 'Petición {code} admisible, sesión del {session}',
  'notifications.petition.rejected.subject': '{commune}: su petición {code} ha sido rechazada',
  'notifications.petition.rejected.body':
    'La mesa del consejo ha rechazado la petición {code} «{subject}» por los motivos siguientes: {reason}',
  'notifications.petition.rejected.inapp': 'Petición {code} rechazada: {reason}',
  'notifications.petition.decided.subject': '{commune}: decisión del consejo sobre la petición {code}',
  'notifications.petition.decided.body':
    'El consejo ha debatido la petición {code} «{subject}» y ha decidido: {reason}',
  'notifications.petition.decided.inapp': 'Decisión del consejo sobre la petición {code}: {reason}',
  'notifications.petition.answered.subject': '{commune}: respuesta del municipio a la propuesta {code}',
  'notifications.petition.answered.body': 'El municipio ha respondido a la propuesta {code} «{subject}»: {reason}',
  'notifications.petition.answered.inapp': 'Respuesta a la propuesta {code}: {reason}',
  'notifications.workshop.moved.subject': '{commune}: el taller «{title}» cambia de fecha o de lugar',
  'notifications.workshop.moved.body':
    '{commune} ha cambiado la fecha o el lugar del taller «{title}» en el que está inscrito/a: se celebra el {startsAt}, {place}.',
  'notifications.workshop.moved.inapp': '{commune}: el taller «{title}» tiene nueva fecha o lugar, {startsAt}, {place}',
  'notifications.workshop.cancelled.subject': '{commune}: el taller «{title}» se cancela',
  'notifications.workshop.cancelled.body':
    '{commune} ha cancelado el taller «{title}» en el que está inscrito/a, previsto el {startsAt}. Motivo: {reason}',
  'notifications.workshop.cancelled.inapp': '{commune} cancela el taller «{title}»: {reason}',
  'notifications.workshop.action': 'Página del taller',
  'notifications.workshop.actionText': 'La página del taller: {link}',
  'notifications.petition.action': 'Seguir la petición',
  'notifications.petition.actionText': 'Seguir la petición: {link}',
  'notifications.staff.publicationDue.subject': '{commune}: «{item}» debe actualizarse antes del {due}',
  'notifications.staff.publicationDue.body':
    'Usted mantiene al día «{item}» en la lista de publicación proactiva (artículo 10 de la ley 31-13). Su actualización debe publicarse antes del {due}; si no, aparecerá como atrasada al público.',
  'notifications.staff.publicationDue.inapp': '{commune}: «{item}» debe actualizarse antes del {due}',
  'notifications.staff.publicationStale.subject': '{commune}: «{item}» está atrasado',
  'notifications.staff.publicationStale.body':
    'El plazo de «{item}» vencía el {due}. La página de publicación proactiva lo muestra atrasado al público hasta que se publique su actualización y se registre su fecha.',
  'notifications.staff.publicationStale.inapp': '{commune}: «{item}» atrasado (vencía el {due})',
  'notifications.staff.publicationAction': 'Abrir la lista de publicación',
  'notifications.staff.publicationActionText': 'La lista de publicación proactiva: {link}',
  'notifications.staff.recommendationAdopted.subject':
    '{commune}: la recomendación {code} del comité de transparencia espera su respuesta',
  'notifications.staff.recommendationAdopted.body':
    'El comité de transparencia ha adoptado la recomendación {code} «{title}» dirigida al municipio. Su respuesta (aceptada, parcialmente o rechazada, con sus razones) se espera antes del {due}; se publicará con la recomendación.',
  'notifications.staff.recommendationAdopted.inapp': 'Recomendación {code} «{title}»: respuesta antes del {due}',
  'notifications.staff.observationRaised.subject': '{commune}: observación {code} del comité de transparencia',
  'notifications.staff.observationRaised.body':
    'El comité de transparencia ha formulado la observación {code} «{title}» sobre el municipio. Su respuesta se espera antes del {due}.',
  'notifications.staff.observationRaised.inapp': 'Observación {code} «{title}»: respuesta antes del {due}',
  'notifications.committee.recommendationAnswered.subject':
    '{commune} ha respondido a la recomendación {code}: {answer}',
  'notifications.committee.recommendationAnswered.body':
    'El municipio ha respondido a la recomendación {code} «{title}»: {answer}. La respuesta y sus razones se publican en la página del comité de transparencia.',
  'notifications.committee.recommendationAnswered.inapp': 'Recomendación {code} «{title}»: {answer}',
  'notifications.committee.action': 'La página del comité',
  'notifications.committee.actionText': 'La página del comité de transparencia: {link}',
  'notifications.staff.petitionReminder.subject':
    '{commune}: la petición {code} espera a la mesa desde hace {days} días',
  'notifications.staff.petitionReminder.body':
    'La petición {code} se presentó hace {days} días y la mesa aún no se ha pronunciado. Un rechazo debe notificarse, motivado, antes del {due}.',
  'notifications.staff.petitionReminder.inapp': 'Petición {code} en espera desde hace {days} días (vence el {due})',
  'notifications.room.approved.subject': '{commune}: su solicitud de sala ha sido aceptada',
  'notifications.room.approved.body':
    '{commune} ha aceptado su solicitud de la sala «{room}» para «{title}», el {startsAt}, hasta las {endsAt}.',
  'notifications.room.approved.inapp': '{commune} le concede la sala «{room}» para «{title}», el {startsAt}',
  'notifications.room.refused.subject': '{commune}: su solicitud de sala ha sido rechazada',
  'notifications.room.refused.body':
    '{commune} no ha aceptado su solicitud de la sala «{room}» para «{title}», el {startsAt}. Motivo: {reason}',
  'notifications.room.refused.inapp': '{commune} rechaza la sala «{room}» para «{title}»: {reason}',
  'notifications.room.action': 'Mis solicitudes de sala',
  'notifications.room.actionText': 'Sus solicitudes de sala: {link}',
} satisfies TranslationOf<typeof ar>;
