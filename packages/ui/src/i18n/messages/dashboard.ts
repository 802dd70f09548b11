/**
 * Catalog of the network dashboard (@shabaka/dashboard). Flat keys `dashboard.*`,
 * ICU MessageFormat; Arabic plurals carry all six forms wherever a count is shown.
 * Figures from `network.overview` are labelled `dashboard.figure.<name>` (falling back
 * to the name), audit actions `dashboard.action.<action>`, roles `dashboard.role.<role>`.
 * Apostrophes are typographic (’) so ICU never reads them as quotes.
 */
export const messages = {
  ar: {
    'dashboard.title': 'لوحة قيادة الشبكة',
    'dashboard.documentTitle': '{network} — لوحة القيادة',
    'dashboard.tagline': 'منصة الحكامة المنفتحة للجماعات الأعضاء',
    'dashboard.error.load': 'تعذّر تحميل البيانات.',
    'dashboard.footer': 'البيانات منشورة من طرف الجماعات الأعضاء في الشبكة.',

    'dashboard.overview.heading': 'جماعات الشبكة',
    'dashboard.overview.intro': 'أرقام عمومية يطّلع عليها الجميع، وتُحدَّث مباشرة كلما تغيّرت.',
    'dashboard.overview.caption': 'الجماعات الأعضاء: عدد السكان وحسابات الموظفين والمصالح والأرقام المنشورة',
    'dashboard.overview.generatedAt': 'الأرقام بتاريخ {date}',
    'dashboard.overview.col.commune': 'الجماعة',
    'dashboard.overview.col.population': 'عدد السكان',
    'dashboard.overview.col.staff': 'حسابات الموظفين',
    'dashboard.overview.col.departments': 'المصالح',
    'dashboard.overview.col.portal': 'البوابة',
    'dashboard.overview.populationSource': 'المصدر: {source}',
    'dashboard.overview.openPortal': 'بوابة {commune}',
    'dashboard.overview.chair': 'رئاسة الشبكة',
    'dashboard.overview.total': 'مجموع الشبكة',
    'dashboard.overview.communeCount':
      '{count, plural, zero {لا توجد أي جماعة} one {جماعة واحدة} two {جماعتان} few {# جماعات} many {# جماعة} other {# جماعة}}',
    'dashboard.overview.empty': 'لم تنضمّ أي جماعة إلى الشبكة بعد.',
    'dashboard.stat.communes': 'الجماعات الأعضاء',
    'dashboard.stat.population': 'مجموع السكان',
    'dashboard.stat.staff': 'حسابات الموظفين',

    'dashboard.partners.heading': 'الشركاء',
    'dashboard.partners.intro': 'تتعاون الشبكة مع مدن ومنظمات شريكة في تبادل الخبرات والتكوين.',
    'dashboard.partners.kind.town': 'مدينة شريكة',
    'dashboard.partners.kind.organisation': 'منظمة شريكة',
    'dashboard.partners.international': 'دولية',
    'dashboard.partners.empty': 'لا يوجد شركاء مسجّلون.',

    'dashboard.live.connecting': 'جارٍ الاتصال بالتحديثات المباشرة…',
    'dashboard.live.on': 'التحديثات المباشرة مفعّلة',
    'dashboard.live.off': 'التحديثات المباشرة متوقفة مؤقتًا؛ ستُحدَّث الأرقام عند عودة الاتصال.',
    'dashboard.live.updated': 'تم تحديث الأرقام على الساعة {time}',

    'dashboard.account.heading': 'فضاء المنسّقين',
    'dashboard.account.publicNote':
      'العرض المفصّل مخصّص لمنسّقي الشبكة. سجّل الدخول بحساب منسّق للاطلاع عليه.',
    'dashboard.account.notCoordinator':
      'العرض المفصّل مخصّص لمنسّقي الشبكة، وحسابك لا يملك دورًا على مستوى الشبكة.',
    'dashboard.account.signedInAs': 'متّصل باسم {name}',
    'dashboard.account.roles': 'الأدوار: {roles}',
    'dashboard.account.signOut': 'تسجيل الخروج',
    'dashboard.account.signOutFailed': 'تعذّر تسجيل الخروج. حاول مرة أخرى.',

    'dashboard.signIn.heading': 'تسجيل الدخول',
    'dashboard.signIn.email': 'البريد الإلكتروني',
    'dashboard.signIn.password': 'كلمة المرور',
    'dashboard.signIn.submit': 'دخول',
    'dashboard.signIn.submitting': 'جارٍ الدخول…',
    'dashboard.signIn.error.credentials': 'البريد الإلكتروني أو كلمة المرور غير صحيحين.',
    'dashboard.signIn.error.invalid': 'تحقّق من البريد الإلكتروني وكلمة المرور.',
    'dashboard.signIn.error.rateLimited': 'محاولات كثيرة. يُرجى الانتظار قليلًا ثم إعادة المحاولة.',
    'dashboard.signIn.error.generic': 'تعذّر تسجيل الدخول. حاول مرة أخرى.',

    'dashboard.details.heading': 'العرض المفصّل',
    'dashboard.details.staffHeading': 'الموظفون حسب الدور',
    'dashboard.details.staffCaption': 'حسابات الموظفين حسب الدور في كل جماعة',
    'dashboard.details.col.accounts': 'مجموع الحسابات',
    'dashboard.details.accountsTotal':
      '{count, plural, zero {لا يوجد أي حساب في الشبكة} one {حساب واحد في الشبكة} two {حسابان في الشبكة} few {# حسابات في الشبكة} many {# حسابًا في الشبكة} other {# حساب في الشبكة}}',

    'dashboard.role.agent': 'عون',
    'dashboard.role.department_head': 'رئيس مصلحة',
    'dashboard.role.moderator': 'مشرف',
    'dashboard.role.commune_admin': 'مسؤول الجماعة',
    'dashboard.role.coordinator': 'منسّق الشبكة',
    'dashboard.role.network_admin': 'مسؤول الشبكة',

    'dashboard.activity.heading': 'آخر الأنشطة',
    'dashboard.activity.caption': 'آخر العمليات المسجّلة في سجل التدقيق',
    'dashboard.activity.count':
      '{count, plural, zero {لا توجد أي عملية} one {عملية واحدة} two {عمليتان} few {# عمليات} many {# عملية} other {# عملية}}',
    'dashboard.activity.empty': 'لا يوجد أي نشاط بعد.',
    'dashboard.activity.network': 'الشبكة',
    'dashboard.activity.col.at': 'التاريخ',
    'dashboard.activity.col.commune': 'الجماعة',
    'dashboard.activity.col.action': 'العملية',
    'dashboard.action.auth.password_changed': 'تغيير كلمة المرور',
    'dashboard.action.user.added': 'إنشاء حساب',
    'dashboard.action.network.role_granted': 'منح دور على مستوى الشبكة',
    'dashboard.action.commune.added': 'انضمام جماعة إلى الشبكة',
    'dashboard.action.staff.granted': 'منح دور لموظف',
    'dashboard.action.staff.revoked': 'سحب دور من موظف',
  },
  fr: {
    'dashboard.title': 'Tableau de bord du réseau',
    'dashboard.documentTitle': '{network} — tableau de bord',
    'dashboard.tagline': 'Plateforme de gouvernement ouvert des communes membres',
    'dashboard.error.load': 'Impossible de charger les données.',
    'dashboard.footer': 'Données publiées par les communes membres du réseau.',

    'dashboard.overview.heading': 'Les communes du réseau',
    'dashboard.overview.intro': 'Des chiffres publics, ouverts à tous et mis à jour en direct dès qu’ils changent.',
    'dashboard.overview.caption':
      'Communes membres : population, comptes du personnel, services et chiffres publiés',
    'dashboard.overview.generatedAt': 'Chiffres au {date}',
    'dashboard.overview.col.commune': 'Commune',
    'dashboard.overview.col.population': 'Population',
    'dashboard.overview.col.staff': 'Comptes du personnel',
    'dashboard.overview.col.departments': 'Services',
    'dashboard.overview.col.portal': 'Portail',
    'dashboard.overview.populationSource': 'Source : {source}',
    'dashboard.overview.openPortal': 'Portail communal : {commune}',
    'dashboard.overview.chair': 'Présidence du réseau',
    'dashboard.overview.total': 'Total du réseau',
    'dashboard.overview.communeCount':
      '{count, plural, =0 {aucune commune} one {# commune} other {# communes}}',
    'dashboard.overview.empty': 'Aucune commune n’a encore rejoint le réseau.',
    'dashboard.stat.communes': 'Communes membres',
    'dashboard.stat.population': 'Population totale',
    'dashboard.stat.staff': 'Comptes du personnel',

    'dashboard.partners.heading': 'Partenaires',
    'dashboard.partners.intro':
      'Le réseau coopère avec des villes et organisations partenaires : échanges d’expérience et formations.',
    'dashboard.partners.kind.town': 'Ville partenaire',
    'dashboard.partners.kind.organisation': 'Organisation partenaire',
    'dashboard.partners.international': 'International',
    'dashboard.partners.empty': 'Aucun partenaire enregistré.',

    'dashboard.live.connecting': 'Connexion aux mises à jour en direct…',
    'dashboard.live.on': 'Mises à jour en direct actives',
    'dashboard.live.off':
      'Mises à jour en direct interrompues ; les chiffres seront actualisés au retour de la connexion.',
    'dashboard.live.updated': 'Chiffres mis à jour à {time}',

    'dashboard.account.heading': 'Espace des coordinateurs',
    'dashboard.account.publicNote':
      'La vue détaillée est réservée aux coordinateurs du réseau. Connectez-vous avec un compte de coordination pour la consulter.',
    'dashboard.account.notCoordinator':
      'La vue détaillée est réservée aux coordinateurs du réseau ; votre compte n’a pas de rôle au niveau du réseau.',
    'dashboard.account.signedInAs': 'Connecté en tant que {name}',
    'dashboard.account.roles': 'Rôles : {roles}',
    'dashboard.account.signOut': 'Se déconnecter',
    'dashboard.account.signOutFailed': 'La déconnexion a échoué. Réessayez.',

    'dashboard.signIn.heading': 'Connexion',
    'dashboard.signIn.email': 'Adresse e-mail',
    'dashboard.signIn.password': 'Mot de passe',
    'dashboard.signIn.submit': 'Se connecter',
    'dashboard.signIn.submitting': 'Connexion…',
    'dashboard.signIn.error.credentials': 'Adresse e-mail ou mot de passe incorrect.',
    'dashboard.signIn.error.invalid': 'Vérifiez l’adresse e-mail et le mot de passe.',
    'dashboard.signIn.error.rateLimited': 'Trop de tentatives. Patientez un peu avant de réessayer.',
    'dashboard.signIn.error.generic': 'La connexion a échoué. Réessayez.',

    'dashboard.details.heading': 'Vue détaillée',
    'dashboard.details.staffHeading': 'Personnel par rôle',
    'dashboard.details.staffCaption': 'Comptes du personnel par rôle dans chaque commune',
    'dashboard.details.col.accounts': 'Total des comptes',
    'dashboard.details.accountsTotal':
      '{count, plural, =0 {Aucun compte dans le réseau} one {# compte dans le réseau} other {# comptes dans le réseau}}',

    'dashboard.role.agent': 'Agent',
    'dashboard.role.department_head': 'Chef de service',
    'dashboard.role.moderator': 'Modérateur',
    'dashboard.role.commune_admin': 'Administrateur communal',
    'dashboard.role.coordinator': 'Coordinateur du réseau',
    'dashboard.role.network_admin': 'Administrateur du réseau',

    'dashboard.activity.heading': 'Activité récente',
    'dashboard.activity.caption': 'Dernières opérations inscrites au journal d’audit',
    'dashboard.activity.count':
      '{count, plural, =0 {aucune opération} one {# opération} other {# opérations}}',
    'dashboard.activity.empty': 'Aucune activité pour l’instant.',
    'dashboard.activity.network': 'Réseau',
    'dashboard.activity.col.at': 'Date',
    'dashboard.activity.col.commune': 'Commune',
    'dashboard.activity.col.action': 'Opération',
    'dashboard.action.auth.password_changed': 'Mot de passe modifié',
    'dashboard.action.user.added': 'Compte créé',
    'dashboard.action.network.role_granted': 'Rôle de réseau attribué',
    'dashboard.action.commune.added': 'Commune ajoutée au réseau',
    'dashboard.action.staff.granted': 'Rôle attribué à un membre du personnel',
    'dashboard.action.staff.revoked': 'Rôle retiré à un membre du personnel',
  },
  es: {
    'dashboard.title': 'Panel de la red',
    'dashboard.documentTitle': '{network} — panel',
    'dashboard.tagline': 'Plataforma de gobierno abierto de los municipios miembros',
    'dashboard.error.load': 'No se pudieron cargar los datos.',
    'dashboard.footer': 'Datos publicados por los municipios miembros de la red.',

    'dashboard.overview.heading': 'Los municipios de la red',
    'dashboard.overview.intro': 'Cifras públicas, abiertas a todos y actualizadas en directo en cuanto cambian.',
    'dashboard.overview.caption':
      'Municipios miembros: población, cuentas del personal, servicios y cifras publicadas',
    'dashboard.overview.generatedAt': 'Cifras a {date}',
    'dashboard.overview.col.commune': 'Municipio',
    'dashboard.overview.col.population': 'Población',
    'dashboard.overview.col.staff': 'Cuentas del personal',
    'dashboard.overview.col.departments': 'Servicios',
    'dashboard.overview.col.portal': 'Portal',
    'dashboard.overview.populationSource': 'Fuente: {source}',
    'dashboard.overview.openPortal': 'Portal municipal: {commune}',
    'dashboard.overview.chair': 'Presidencia de la red',
    'dashboard.overview.total': 'Total de la red',
    'dashboard.overview.communeCount':
      '{count, plural, =0 {ningún municipio} one {# municipio} other {# municipios}}',
    'dashboard.overview.empty': 'Ningún municipio se ha unido todavía a la red.',
    'dashboard.stat.communes': 'Municipios miembros',
    'dashboard.stat.population': 'Población total',
    'dashboard.stat.staff': 'Cuentas del personal',

    'dashboard.partners.heading': 'Socios',
    'dashboard.partners.intro':
      'La red coopera con ciudades y organizaciones socias: intercambio de experiencias y formación.',
    'dashboard.partners.kind.town': 'Ciudad socia',
    'dashboard.partners.kind.organisation': 'Organización socia',
    'dashboard.partners.international': 'Internacional',
    'dashboard.partners.empty': 'No hay socios registrados.',

    'dashboard.live.connecting': 'Conectando con las actualizaciones en directo…',
    'dashboard.live.on': 'Actualizaciones en directo activas',
    'dashboard.live.off':
      'Actualizaciones en directo interrumpidas; las cifras se actualizarán al recuperar la conexión.',
    'dashboard.live.updated': 'Cifras actualizadas a las {time}',

    'dashboard.account.heading': 'Espacio de coordinación',
    'dashboard.account.publicNote':
      'La vista detallada está reservada a los coordinadores de la red. Inicie sesión con una cuenta de coordinación para consultarla.',
    'dashboard.account.notCoordinator':
      'La vista detallada está reservada a los coordinadores de la red; su cuenta no tiene ninguna función en la red.',
    'dashboard.account.signedInAs': 'Sesión iniciada como {name}',
    'dashboard.account.roles': 'Funciones: {roles}',
    'dashboard.account.signOut': 'Cerrar sesión',
    'dashboard.account.signOutFailed': 'No se pudo cerrar la sesión. Inténtelo de nuevo.',

    'dashboard.signIn.heading': 'Iniciar sesión',
    'dashboard.signIn.email': 'Correo electrónico',
    'dashboard.signIn.password': 'Contraseña',
    'dashboard.signIn.submit': 'Entrar',
    'dashboard.signIn.submitting': 'Entrando…',
    'dashboard.signIn.error.credentials': 'Correo electrónico o contraseña incorrectos.',
    'dashboard.signIn.error.invalid': 'Revise el correo electrónico y la contraseña.',
    'dashboard.signIn.error.rateLimited': 'Demasiados intentos. Espere un poco antes de volver a intentarlo.',
    'dashboard.signIn.error.generic': 'No se pudo iniciar sesión. Inténtelo de nuevo.',

    'dashboard.details.heading': 'Vista detallada',
    'dashboard.details.staffHeading': 'Personal por función',
    'dashboard.details.staffCaption': 'Cuentas del personal por función en cada municipio',
    'dashboard.details.col.accounts': 'Total de cuentas',
    'dashboard.details.accountsTotal':
      '{count, plural, =0 {Ninguna cuenta en la red} one {# cuenta en la red} other {# cuentas en la red}}',

    'dashboard.role.agent': 'Agente',
    'dashboard.role.department_head': 'Jefe de servicio',
    'dashboard.role.moderator': 'Moderador',
    'dashboard.role.commune_admin': 'Administrador municipal',
    'dashboard.role.coordinator': 'Coordinador de la red',
    'dashboard.role.network_admin': 'Administrador de la red',

    'dashboard.activity.heading': 'Actividad reciente',
    'dashboard.activity.caption': 'Últimas operaciones inscritas en el registro de auditoría',
    'dashboard.activity.count':
      '{count, plural, =0 {ninguna operación} one {# operación} other {# operaciones}}',
    'dashboard.activity.empty': 'Sin actividad por ahora.',
    'dashboard.activity.network': 'Red',
    'dashboard.activity.col.at': 'Fecha',
    'dashboard.activity.col.commune': 'Municipio',
    'dashboard.activity.col.action': 'Operación',
    'dashboard.action.auth.password_changed': 'Contraseña cambiada',
    'dashboard.action.user.added': 'Cuenta creada',
    'dashboard.action.network.role_granted': 'Función de red asignada',
    'dashboard.action.commune.added': 'Municipio añadido a la red',
    'dashboard.action.staff.granted': 'Función asignada a un miembro del personal',
    'dashboard.action.staff.revoked': 'Función retirada a un miembro del personal',
  },
};
