import type { Db } from './create-db';
import {
  overrideSearchText,
  templateSearchText,
  type LegalReference,
  type OpeningHours,
  type ProcedureForm,
} from './tables/procedures';
import type { LifeEvent, OverrideField, ProcedureChannel, ProcedureTheme, ServicePointKind } from './enums';
import type { Localized } from './types';

/*
 * The network's procedure catalogue (templates shared by all five communes), a few of
 * Tetouan's and M'diq's own values, and the service points of each commune.
 * Legal references, fees and delays marked "to verify" come from memory (see
 * shared/REFERENCE.md): administrators correct them through procedures.updateTemplate
 * or their commune's override, and a re-seed never overwrites their edits.
 */

const L = (ar: string, fr: string, es: string): Localized => ({ ar, fr, es });
const json = (v: unknown) => JSON.stringify(v);

export interface ProcedureTemplateSeed {
  code: string;
  names: Localized;
  summaries: Localized;
  themes: ProcedureTheme[];
  lifeEvents: LifeEvent[];
  keywords: string[];
  documents: Localized[];
  forms: ProcedureForm[];
  legalBasis: LegalReference[];
  feeMad: number | null;
  office: Localized | null;
  hours: OpeningHours | null;
  processingDays: number;
  channels: ProcedureChannel;
  electronicDelivery: boolean;
  toVerify: OverrideField[];
}

export const WEEKDAY_HOURS: OpeningHours = [
  { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:30', closes: '16:30' },
];

const OFFICE = {
  civilStatus: L('مكتب الحالة المدنية', "Bureau de l'état civil", 'Oficina del registro civil'),
  legalisation: L(
    'مكتب تصحيح الإمضاءات ومطابقة النسخ',
    'Bureau de légalisation et des copies conformes',
    'Oficina de legalizaciones y compulsas',
  ),
  certificates: L(
    'مكتب الشواهد الإدارية',
    'Bureau des certificats administratifs',
    'Oficina de certificados administrativos',
  ),
  urbanism: L('الشباك الوحيد للتعمير', "Guichet unique d'urbanisme", 'Ventanilla única de urbanismo'),
  economy: L('مصلحة الشؤون الاقتصادية', 'Service des affaires économiques', 'Servicio de asuntos económicos'),
  technical: L('المصالح التقنية الجماعية', 'Services techniques communaux', 'Servicios técnicos municipales'),
};

const DOC = {
  cnie: L(
    'البطاقة الوطنية للتعريف الإلكترونية للطالب',
    "Carte nationale d'identité électronique (CNIE) du demandeur",
    'Documento nacional de identidad electrónico (CNIE) del solicitante',
  ),
  familyBook: L('الدفتر العائلي', 'Livret de famille', 'Libro de familia'),
  birthRefs: L(
    'مراجع رسم الولادة (الرقم والسنة)',
    "Références de l'acte de naissance (numéro et année)",
    'Referencias del acta de nacimiento (número y año)',
  ),
  proofOfAddress: L(
    'ما يثبت السكنى: عقد الكراء أو رسم الملكية أو فاتورة الماء أو الكهرباء',
    "Justificatif de domicile : contrat de bail, titre de propriété ou facture d'eau ou d'électricité",
    'Justificante de domicilio: contrato de alquiler, título de propiedad o factura de agua o electricidad',
  ),
  landTitle: L(
    'شهادة الملكية أو رسم عقاري',
    'Certificat de propriété ou titre foncier',
    'Certificado de propiedad o título inmobiliario',
  ),
  request: L(
    'طلب موقع من طرف المعني بالأمر',
    "Demande signée par l'intéressé",
    'Solicitud firmada por la persona interesada',
  ),
  siteMap: L('تصميم الموقع', 'Plan de situation', 'Plano de situación'),
};

const LAW = {
  civilStatus: {
    text: L(
      'القانون رقم 37.99 المتعلق بالحالة المدنية',
      "Loi n° 37-99 relative à l'état civil",
      'Ley n.º 37-99 relativa al registro civil',
    ),
    article: null,
    toVerify: false,
  },
  civilStatusDecree: {
    text: L(
      'المرسوم رقم 2.99.665 بتطبيق القانون رقم 37.99',
      "Décret n° 2-99-665 pris pour l'application de la loi n° 37-99",
      'Decreto n.º 2-99-665 de aplicación de la Ley 37-99',
    ),
    article: null,
    toVerify: true,
  },
  organicLaw: (article: string) => ({
    text: L(
      'القانون التنظيمي رقم 113.14 المتعلق بالجماعات',
      'Loi organique n° 113-14 relative aux communes',
      'Ley orgánica n.º 113-14 relativa a los municipios',
    ),
    article,
    toVerify: true,
  }),
  simplification: {
    text: L(
      'القانون رقم 55.19 المتعلق بتبسيط المساطر والإجراءات الإدارية',
      'Loi n° 55-19 relative à la simplification des procédures et formalités administratives',
      'Ley n.º 55-19 relativa a la simplificación de los procedimientos y trámites administrativos',
    ),
    article: null,
    toVerify: false,
  },
  urbanism: (article: string) => ({
    text: L(
      'القانون رقم 12.90 المتعلق بالتعمير',
      "Loi n° 12-90 relative à l'urbanisme",
      'Ley n.º 12-90 relativa al urbanismo',
    ),
    article,
    toVerify: true,
  }),
  buildingRules: {
    text: L(
      'المرسوم رقم 2.18.577 بالموافقة على ضابط البناء العام',
      'Décret n° 2-18-577 approuvant le règlement général de construction',
      'Decreto n.º 2-18-577 por el que se aprueba el reglamento general de construcción',
    ),
    article: null,
    toVerify: true,
  },
  localTaxation: {
    text: L(
      'القانون رقم 47.06 المتعلق بجبايات الجماعات المحلية',
      'Loi n° 47-06 relative à la fiscalité des collectivités locales',
      'Ley n.º 47-06 relativa a la fiscalidad de las entidades locales',
    ),
    article: null,
    toVerify: true,
  },
} satisfies Record<string, LegalReference | ((a: string) => LegalReference)>;

export const PROCEDURE_TEMPLATES: ProcedureTemplateSeed[] = [
  {
    code: 'birth-certificate-extract',
    names: L('موجز رسم الولادة', "Extrait d'acte de naissance", 'Extracto de partida de nacimiento'),
    summaries: L(
      'وثيقة تثبت الولادة والنسب، تسلم من سجلات الحالة المدنية للجماعة التي سجلت فيها الولادة.',
      "Document attestant la naissance et la filiation, délivré à partir des registres d'état civil de la commune où la naissance a été inscrite.",
      'Documento que acredita el nacimiento y la filiación, expedido a partir de los registros civiles del municipio donde se inscribió el nacimiento.',
    ),
    themes: ['civil-status'],
    lifeEvents: ['birth', 'marriage', 'job-or-studies'],
    keywords: ['acte de naissance', 'عقد الازدياد', 'عقد الولادة', 'partida de nacimiento'],
    documents: [DOC.cnie, DOC.birthRefs],
    forms: [],
    legalBasis: [LAW.civilStatus, LAW.civilStatusDecree],
    feeMad: 0,
    office: OFFICE.civilStatus,
    hours: WEEKDAY_HOURS,
    processingDays: 0,
    channels: 'counter',
    electronicDelivery: false,
    toVerify: ['feeMad'],
  },
  {
    code: 'birth-full-copy',
    names: L(
      'نسخة كاملة من رسم الولادة',
      "Copie intégrale d'acte de naissance",
      'Copia literal de partida de nacimiento',
    ),
    summaries: L(
      'نسخة كاملة من رسم الولادة بجميع بياناته الهامشية، تطلب لملفات الزواج والجنسية وجواز السفر.',
      "Copie complète de l'acte de naissance avec ses mentions marginales, demandée pour les dossiers de mariage, de nationalité ou de passeport.",
      'Copia completa del acta de nacimiento con sus anotaciones marginales, exigida para expedientes de matrimonio, nacionalidad o pasaporte.',
    ),
    themes: ['civil-status'],
    lifeEvents: ['marriage', 'job-or-studies'],
    keywords: ['copie intégrale', 'النسخة الكاملة', 'copia íntegra'],
    documents: [DOC.cnie, DOC.birthRefs],
    forms: [],
    legalBasis: [LAW.civilStatus, LAW.civilStatusDecree],
    feeMad: 0,
    office: OFFICE.civilStatus,
    hours: WEEKDAY_HOURS,
    processingDays: 0,
    channels: 'counter',
    electronicDelivery: false,
    toVerify: ['feeMad'],
  },
  {
    code: 'birth-declaration',
    names: L('التصريح بالولادة', 'Déclaration de naissance', 'Declaración de nacimiento'),
    summaries: L(
      'تسجيل المولود الجديد في سجلات الحالة المدنية داخل أجل ثلاثين يوما من الولادة.',
      "Inscription du nouveau-né sur les registres d'état civil dans les trente jours suivant la naissance.",
      'Inscripción del recién nacido en el registro civil dentro de los treinta días siguientes al nacimiento.',
    ),
    themes: ['civil-status'],
    lifeEvents: ['birth'],
    keywords: ['inscription naissance', 'تسجيل المولود', 'inscripción de nacimiento'],
    documents: [
      L(
        'شهادة الولادة المسلمة من المستشفى أو المولدة',
        "Certificat d'accouchement délivré par l'hôpital ou la sage-femme",
        'Certificado de parto expedido por el hospital o la matrona',
      ),
      DOC.familyBook,
      L('البطاقة الوطنية للمصرح', 'CNIE du déclarant', 'CNIE del declarante'),
      L(
        'نسخة من عقد زواج الوالدين',
        'Copie de l’acte de mariage des parents',
        'Copia del acta de matrimonio de los padres',
      ),
    ],
    forms: [],
    legalBasis: [{ ...LAW.civilStatus, article: 'art. 15-16', toVerify: true }],
    feeMad: 0,
    office: OFFICE.civilStatus,
    hours: WEEKDAY_HOURS,
    processingDays: 0,
    channels: 'counter',
    electronicDelivery: false,
    toVerify: [],
  },
  {
    code: 'marriage-certificate-extract',
    names: L(
      'موجز رسم الزواج المضمن بسجلات الحالة المدنية',
      "Extrait d'acte de mariage (transcription à l'état civil)",
      'Extracto de acta de matrimonio (inscripción en el registro civil)',
    ),
    summaries: L(
      'وثيقة تثبت الزواج كما هو مضمن بطرة رسم ولادة الزوجين.',
      "Document attestant le mariage tel qu'il est mentionné en marge de l'acte de naissance des époux.",
      'Documento que acredita el matrimonio tal como figura al margen del acta de nacimiento de los cónyuges.',
    ),
    themes: ['civil-status'],
    lifeEvents: ['marriage'],
    keywords: ['acte de mariage', 'عقد الزواج', 'acta de matrimonio'],
    documents: [DOC.cnie, DOC.familyBook],
    forms: [],
    legalBasis: [LAW.civilStatus],
    feeMad: 0,
    office: OFFICE.civilStatus,
    hours: WEEKDAY_HOURS,
    processingDays: 0,
    channels: 'counter',
    electronicDelivery: false,
    toVerify: ['feeMad', 'legalBasis'],
  },
  {
    code: 'death-certificate-extract',
    names: L('موجز رسم الوفاة', "Extrait d'acte de décès", 'Extracto de partida de defunción'),
    summaries: L(
      'وثيقة تثبت الوفاة، تطلب لملفات الإرث والمعاش والتأمين.',
      "Document attestant le décès, demandé pour les dossiers de succession, de pension et d'assurance.",
      'Documento que acredita el fallecimiento, exigido para expedientes de herencia, pensión y seguros.',
    ),
    themes: ['civil-status'],
    lifeEvents: ['death'],
    keywords: ['acte de décès', 'عقد الوفاة', 'certificado de defunción'],
    documents: [
      DOC.cnie,
      L(
        'مراجع رسم الوفاة أو الدفتر العائلي للمتوفى',
        "Références de l'acte de décès ou livret de famille du défunt",
        'Referencias del acta de defunción o libro de familia del difunto',
      ),
    ],
    forms: [],
    legalBasis: [LAW.civilStatus, LAW.civilStatusDecree],
    feeMad: 0,
    office: OFFICE.civilStatus,
    hours: WEEKDAY_HOURS,
    processingDays: 0,
    channels: 'counter',
    electronicDelivery: false,
    toVerify: ['feeMad'],
  },
  {
    code: 'burial-permit',
    names: L('رخصة الدفن', "Permis d'inhumer", 'Licencia de inhumación'),
    summaries: L(
      'ترخيص بدفن المتوفى بعد التصريح بالوفاة ومعاينتها من طرف الطبيب.',
      "Autorisation d'inhumer le défunt après déclaration du décès et constat par un médecin.",
      'Autorización para inhumar al difunto tras la declaración del fallecimiento y su constatación por un médico.',
    ),
    themes: ['civil-status'],
    lifeEvents: ['death'],
    keywords: ['inhumation', 'الدفن', 'entierro', 'cimetière', 'المقبرة'],
    documents: [
      L('شهادة طبية تثبت الوفاة', 'Certificat médical de constat de décès', 'Certificado médico de defunción'),
      L('البطاقة الوطنية للمصرح', 'CNIE du déclarant', 'CNIE del declarante'),
      L(
        'الدفتر العائلي أو البطاقة الوطنية للمتوفى',
        'Livret de famille ou CNIE du défunt',
        'Libro de familia o CNIE del difunto',
      ),
    ],
    forms: [],
    legalBasis: [LAW.civilStatus, LAW.civilStatusDecree],
    feeMad: 0,
    office: OFFICE.civilStatus,
    hours: [...WEEKDAY_HOURS, { days: ['sat', 'sun'], opens: '09:00', closes: '12:00' }],
    processingDays: 0,
    channels: 'counter',
    electronicDelivery: false,
    toVerify: ['hours', 'legalBasis'],
  },
  {
    code: 'signature-legalisation',
    names: L('تصحيح الإمضاء', 'Légalisation de signature', 'Legalización de firma'),
    summaries: L(
      'المصادقة على صحة إمضاء المعني بالأمر على وثيقة يوقعها أمام الموظف المختص.',
      "Certification de l'authenticité de la signature d'une personne sur un document qu'elle signe devant l'agent habilité.",
      'Certificación de la autenticidad de la firma de una persona en un documento que firma ante el funcionario habilitado.',
    ),
    themes: ['certification'],
    lifeEvents: ['job-or-studies', 'moving-house', 'opening-business'],
    keywords: ['légalisation', 'المصادقة على الإمضاء', 'تصديق التوقيع', 'compulsar firma'],
    documents: [
      L('البطاقة الوطنية الأصلية للموقع', 'CNIE originale du signataire', 'CNIE original del firmante'),
      L(
        'الوثيقة المراد تصحيح الإمضاء عليها (توقع أمام الموظف)',
        "Le document à légaliser (signé devant l'agent)",
        'El documento a legalizar (firmado ante el funcionario)',
      ),
    ],
    forms: [],
    legalBasis: [LAW.organicLaw('art. 102'), LAW.localTaxation],
    feeMad: 2,
    office: OFFICE.legalisation,
    hours: WEEKDAY_HOURS,
    processingDays: 0,
    channels: 'counter',
    electronicDelivery: false,
    toVerify: ['feeMad'],
  },
  {
    code: 'certified-copy',
    names: L('مطابقة النسخ لأصولها', 'Certification conforme de copies', 'Compulsa de copias'),
    summaries: L(
      'الإشهاد على مطابقة نسخ الوثائق لأصولها. القانون 55.19 يعفي من تقديم نسخ مطابقة في عدد من المساطر.',
      'Certification que des copies sont conformes à leurs originaux. La loi 55-19 dispense de copies certifiées dans de nombreuses démarches.',
      'Certificación de que las copias son conformes a sus originales. La Ley 55-19 exime de copias compulsadas en muchos trámites.',
    ),
    themes: ['certification'],
    lifeEvents: ['job-or-studies', 'opening-business'],
    keywords: ['copie conforme', 'نسخة مطابقة للأصل', 'compulsa'],
    documents: [
      L('الوثيقة الأصلية', 'Le document original', 'El documento original'),
      L('النسخ المراد المصادقة عليها', 'Les copies à certifier', 'Las copias a compulsar'),
      DOC.cnie,
    ],
    forms: [],
    legalBasis: [LAW.organicLaw('art. 102'), LAW.simplification],
    feeMad: 2,
    office: OFFICE.legalisation,
    hours: WEEKDAY_HOURS,
    processingDays: 0,
    channels: 'counter',
    electronicDelivery: false,
    toVerify: ['feeMad'],
  },
  {
    code: 'residence-certificate',
    names: L('شهادة السكنى', 'Certificat de résidence', 'Certificado de residencia'),
    summaries: L(
      'شهادة تثبت محل سكنى المعني بالأمر بتراب الجماعة، بعد بحث السلطة المحلية.',
      "Certificat attestant le lieu de résidence de l'intéressé sur le territoire de la commune, après enquête de l'autorité locale.",
      'Certificado que acredita el lugar de residencia de la persona interesada en el término municipal, tras la investigación de la autoridad local.',
    ),
    themes: ['administrative-certificates'],
    lifeEvents: ['moving-house', 'job-or-studies'],
    keywords: ['attestation de résidence', 'شهادة الإقامة', 'certificado de empadronamiento', 'domicile'],
    documents: [DOC.cnie, DOC.proofOfAddress],
    forms: [],
    legalBasis: [LAW.simplification],
    feeMad: 0,
    office: OFFICE.certificates,
    hours: WEEKDAY_HOURS,
    processingDays: 3,
    channels: 'counter',
    electronicDelivery: false,
    toVerify: ['feeMad', 'processingDays', 'legalBasis'],
  },
  {
    code: 'administrative-certificate',
    names: L('شهادة إدارية', 'Certificat administratif', 'Certificado administrativo'),
    summaries: L(
      'شهادة يسلمها رئيس المجلس الجماعي لإثبات وضعية إدارية لا تثبتها وثيقة أخرى.',
      "Certificat délivré par le président du conseil communal pour attester une situation administrative qu'aucun autre document n'établit.",
      'Certificado expedido por el presidente del consejo municipal para acreditar una situación administrativa que ningún otro documento acredita.',
    ),
    themes: ['administrative-certificates'],
    lifeEvents: ['job-or-studies', 'building-house'],
    keywords: ['attestation administrative', 'الشهادة الإدارية', 'certificado municipal'],
    documents: [
      DOC.cnie,
      DOC.request,
      L(
        'الوثائق المثبتة حسب موضوع الشهادة',
        "Pièces justificatives selon l'objet du certificat",
        'Justificantes según el objeto del certificado',
      ),
    ],
    forms: [],
    legalBasis: [LAW.organicLaw('art. 94')],
    feeMad: 0,
    office: OFFICE.certificates,
    hours: WEEKDAY_HOURS,
    processingDays: 2,
    channels: 'counter',
    electronicDelivery: false,
    toVerify: ['feeMad', 'processingDays'],
  },
  {
    code: 'repair-works-permit',
    names: L('رخصة الإصلاح', 'Autorisation de réfection', 'Permiso de reforma'),
    summaries: L(
      'ترخيص بإصلاحات بسيطة لا تغير هيكل البناية (تبليط، صباغة الواجهة، تجديد السقف).',
      "Autorisation de petits travaux qui ne modifient pas la structure du bâtiment (carrelage, peinture de façade, réfection d'une toiture).",
      'Autorización de pequeñas obras que no modifican la estructura del edificio (solado, pintura de fachada, reparación de cubierta).',
    ),
    themes: ['urban-planning'],
    lifeEvents: ['building-house'],
    keywords: ['petits travaux', 'الإصلاحات', 'obras menores'],
    documents: [
      DOC.request,
      L(
        'وصف الأشغال وصور للبناية',
        'Description des travaux et photos du bâtiment',
        'Descripción de las obras y fotos del edificio',
      ),
      DOC.landTitle,
      DOC.cnie,
    ],
    forms: [],
    legalBasis: [LAW.urbanism('art. 40'), LAW.buildingRules],
    feeMad: 100,
    office: OFFICE.urbanism,
    hours: WEEKDAY_HOURS,
    processingDays: 7,
    channels: 'counter',
    electronicDelivery: false,
    toVerify: ['feeMad', 'processingDays'],
  },
  {
    code: 'building-permit',
    names: L('رخصة البناء', 'Permis de construire', 'Licencia de obras'),
    summaries: L(
      'ترخيص إلزامي قبل أي بناء جديد أو تغيير في بناية قائمة. يودع الملف عبر منصة رخص. تحتسب الرسوم حسب المساحة المغطاة.',
      "Autorisation obligatoire avant toute construction nouvelle ou modification d'un bâtiment existant. Le dossier est déposé sur la plateforme Rokhas ; la taxe est calculée selon la surface couverte.",
      'Autorización obligatoria antes de cualquier construcción nueva o modificación de un edificio existente. El expediente se presenta en la plataforma Rokhas; la tasa se calcula según la superficie cubierta.',
    ),
    themes: ['urban-planning'],
    lifeEvents: ['building-house', 'opening-business'],
    keywords: ['autorisation de construire', 'رخصة البناء', 'rokhas', 'rokhsa', 'permiso de construcción'],
    documents: [
      DOC.request,
      DOC.landTitle,
      L(
        'التصاميم المعمارية موقعة من طرف مهندس معماري',
        'Plans architecturaux signés par un architecte',
        'Planos arquitectónicos firmados por un arquitecto',
      ),
      L('التصميم الطبوغرافي', 'Plan topographique', 'Plano topográfico'),
      L(
        'دراسة الخرسانة المسلحة عند الاقتضاء',
        'Étude de béton armé, le cas échéant',
        'Estudio de hormigón armado, en su caso',
      ),
    ],
    forms: [
      {
        names: L(
          'إيداع الملف عبر منصة رخص',
          'Dépôt du dossier sur la plateforme Rokhas',
          'Presentación del expediente en la plataforma Rokhas',
        ),
        url: 'https://www.rokhas.ma',
      },
    ],
    legalBasis: [LAW.urbanism('art. 40-54'), LAW.buildingRules, LAW.localTaxation],
    feeMad: null,
    office: OFFICE.urbanism,
    hours: WEEKDAY_HOURS,
    processingDays: 30,
    channels: 'online',
    electronicDelivery: true,
    toVerify: ['feeMad', 'processingDays', 'forms'],
  },
  {
    code: 'habitation-permit',
    names: L('رخصة السكن', "Permis d'habiter", 'Licencia de primera ocupación'),
    summaries: L(
      'ترخيص يسلم بعد انتهاء الأشغال ومطابقتها لرخصة البناء، ضروري للربط بشبكتي الماء والكهرباء.',
      "Autorisation délivrée après l'achèvement des travaux et leur conformité au permis de construire ; nécessaire au branchement à l'eau et à l'électricité.",
      'Autorización expedida tras la terminación de las obras y su conformidad con la licencia; necesaria para conectar el agua y la electricidad.',
    ),
    themes: ['urban-planning'],
    lifeEvents: ['building-house', 'moving-house'],
    keywords: ['certificat de conformité', 'شهادة المطابقة', 'licencia de ocupación'],
    documents: [
      L('التصريح بانتهاء الأشغال', "Déclaration d'achèvement des travaux", 'Declaración de fin de obra'),
      L(
        'شهادة المطابقة من المهندس المعماري',
        "Certificat de conformité de l'architecte",
        'Certificado de conformidad del arquitecto',
      ),
      L('نسخة من رخصة البناء', 'Copie du permis de construire', 'Copia de la licencia de obras'),
    ],
    forms: [
      {
        names: L('الطلب عبر منصة رخص', 'Demande sur la plateforme Rokhas', 'Solicitud en la plataforma Rokhas'),
        url: 'https://www.rokhas.ma',
      },
    ],
    legalBasis: [LAW.urbanism('art. 55')],
    feeMad: null,
    office: OFFICE.urbanism,
    hours: WEEKDAY_HOURS,
    processingDays: 15,
    channels: 'online',
    electronicDelivery: true,
    toVerify: ['feeMad', 'processingDays', 'forms'],
  },
  {
    code: 'business-licence',
    names: L(
      'رخصة مزاولة نشاط تجاري',
      "Autorisation d'exercer une activité commerciale",
      'Licencia de actividad comercial',
    ),
    summaries: L(
      'ترخيص لفتح محل تجاري أو مهني بعد مراقبة شروط الصحة والسلامة.',
      "Autorisation d'ouvrir un commerce ou un local professionnel après contrôle des conditions d'hygiène et de sécurité.",
      'Autorización para abrir un comercio o local profesional tras el control de las condiciones de higiene y seguridad.',
    ),
    themes: ['economy'],
    lifeEvents: ['opening-business'],
    keywords: ['licence commerciale', 'رخصة تجارية', 'patente', 'licencia de apertura'],
    documents: [
      DOC.cnie,
      L(
        'عقد الكراء أو رسم ملكية المحل',
        'Contrat de bail ou titre de propriété du local',
        'Contrato de alquiler o título de propiedad del local',
      ),
      L(
        'شهادة التسجيل في الرسم المهني أو السجل التجاري',
        "Attestation d'inscription à la taxe professionnelle ou registre de commerce",
        'Certificado de inscripción en el impuesto profesional o en el registro mercantil',
      ),
      L(
        'محضر المعاينة الصحية للمحل',
        "Procès-verbal de visite d'hygiène du local",
        'Acta de inspección sanitaria del local',
      ),
    ],
    forms: [
      {
        names: L('الطلب عبر منصة رخص', 'Demande sur la plateforme Rokhas', 'Solicitud en la plataforma Rokhas'),
        url: 'https://www.rokhas.ma',
      },
    ],
    legalBasis: [LAW.organicLaw('art. 100'), LAW.localTaxation],
    feeMad: 200,
    office: OFFICE.economy,
    hours: WEEKDAY_HOURS,
    processingDays: 15,
    channels: 'both',
    electronicDelivery: false,
    toVerify: ['feeMad', 'processingDays'],
  },
  {
    code: 'public-space-occupation',
    names: L(
      'رخصة الاحتلال المؤقت للملك العمومي الجماعي',
      "Autorisation d'occupation temporaire du domaine public communal",
      'Autorización de ocupación temporal del dominio público municipal',
    ),
    summaries: L(
      'ترخيص لاستعمال جزء من الرصيف أو الساحة العمومية (ترس مقهى، عرض سلع، ورش، تظاهرة) مقابل إتاوة.',
      "Autorisation d'utiliser une partie du trottoir ou d'une place publique (terrasse de café, étalage, chantier, événement) contre une redevance.",
      'Autorización para usar parte de la acera o de una plaza pública (terraza, expositor, obra, evento) a cambio de un canon.',
    ),
    themes: ['public-space', 'economy'],
    lifeEvents: ['opening-business', 'organising-event', 'building-house'],
    keywords: ['terrasse', 'ترس المقهى', 'terraza', 'redevance', 'الإتاوة'],
    documents: [
      L(
        'طلب يحدد المكان والمساحة والمدة',
        "Demande précisant l'emplacement, la surface et la durée",
        'Solicitud que precise el lugar, la superficie y la duración',
      ),
      DOC.siteMap,
      L('البطاقة الوطنية أو السجل التجاري', 'CNIE ou registre de commerce', 'CNIE o registro mercantil'),
    ],
    forms: [],
    legalBasis: [LAW.localTaxation, LAW.organicLaw('art. 100')],
    feeMad: 50,
    office: OFFICE.economy,
    hours: WEEKDAY_HOURS,
    processingDays: 10,
    channels: 'counter',
    electronicDelivery: false,
    toVerify: ['feeMad', 'processingDays', 'legalBasis'],
  },
  {
    code: 'utility-connection',
    names: L(
      'رخصة الربط بشبكتي الماء والكهرباء',
      "Autorisation de branchement aux réseaux d'eau et d'électricité",
      'Autorización de conexión a las redes de agua y electricidad',
    ),
    summaries: L(
      'ترخيص يسمح للمصالح الموزعة بربط البناية بشبكتي الماء الصالح للشرب والكهرباء.',
      "Autorisation permettant au distributeur de raccorder le bâtiment aux réseaux d'eau potable et d'électricité.",
      'Autorización que permite a la distribuidora conectar el edificio a las redes de agua potable y electricidad.',
    ),
    themes: ['utilities', 'urban-planning'],
    lifeEvents: ['building-house', 'moving-house', 'opening-business'],
    keywords: ['compteur', 'عداد', 'branchement', 'contador', 'raccordement'],
    documents: [
      L(
        'نسخة من رخصة السكن أو رخصة البناء',
        "Copie du permis d'habiter ou du permis de construire",
        'Copia de la licencia de ocupación o de obras',
      ),
      DOC.cnie,
      L(
        'رسم الملكية أو عقد الكراء',
        'Titre de propriété ou contrat de bail',
        'Título de propiedad o contrato de alquiler',
      ),
      DOC.siteMap,
    ],
    forms: [],
    legalBasis: [LAW.organicLaw('art. 83')],
    feeMad: 0,
    office: OFFICE.technical,
    hours: WEEKDAY_HOURS,
    processingDays: 7,
    channels: 'counter',
    electronicDelivery: false,
    toVerify: ['feeMad', 'processingDays'],
  },
];

/** A commune's own values (only what differs from the template). */
export interface ProcedureOverrideSeed {
  commune: string;
  code: string;
  values: Partial<{
    feeMad: number;
    office: Localized;
    hours: OpeningHours;
    processingDays: number;
    documents: Localized[];
    forms: ProcedureForm[];
    legalBasis: LegalReference[];
    channels: ProcedureChannel;
    electronicDelivery: boolean;
  }>;
}

export const PROCEDURE_OVERRIDES: ProcedureOverrideSeed[] = [
  {
    commune: 'tetouan',
    code: 'residence-certificate',
    values: {
      feeMad: 5,
      office: L(
        'الشباك رقم 3 — المكتب المركزي للحالة المدنية',
        "Guichet n° 3 — Bureau central de l'état civil",
        'Ventanilla n.º 3 — Oficina central del registro civil',
      ),
      hours: [...WEEKDAY_HOURS, { days: ['sat'], opens: '09:00', closes: '12:00' }],
      processingDays: 2,
    },
  },
  { commune: 'tetouan', code: 'birth-certificate-extract', values: { channels: 'both', electronicDelivery: true } },
  {
    commune: 'tetouan',
    code: 'building-permit',
    values: {
      processingDays: 20,
      office: L(
        'الشباك الوحيد للتعمير — القصر البلدي',
        "Guichet unique d'urbanisme — Hôtel de ville",
        'Ventanilla única de urbanismo — Ayuntamiento',
      ),
    },
  },
  { commune: 'mdiq', code: 'residence-certificate', values: { processingDays: 1 } },
];

/**
 * A seeded service point. Only what is known goes in: no street address, directions or phone
 * is made up (staff fill them in the desk; the portal shows a field once it is filled), and the
 * hours below are the administration's usual ones, not observed at each office, so they are
 * seeded as a guess (`toVerify`) that citizens do not see until staff confirm it.
 */
export interface ServicePointSeed {
  commune: string;
  code: string;
  kind: ServicePointKind;
  names: Localized;
  /** Offset from the commune centre, in degrees (positions are approximate). */
  at: [number, number];
  hours: OpeningHours;
  address?: Localized;
  directions?: Localized;
  phone?: string;
}

const SERVICES: Record<ServicePointKind, string[]> = {
  town_hall: [
    'signature-legalisation',
    'certified-copy',
    'administrative-certificate',
    'residence-certificate',
    'business-licence',
    'public-space-occupation',
  ],
  civil_status_office: [
    'birth-certificate-extract',
    'birth-full-copy',
    'birth-declaration',
    'marriage-certificate-extract',
    'death-certificate-extract',
    'burial-permit',
    'signature-legalisation',
    'certified-copy',
    'residence-certificate',
  ],
  civil_status_annex: [
    'birth-certificate-extract',
    'birth-full-copy',
    'death-certificate-extract',
    'signature-legalisation',
    'certified-copy',
  ],
  urban_planning_office: ['building-permit', 'habitation-permit', 'repair-works-permit'],
  technical_services: ['utility-connection', 'repair-works-permit', 'public-space-occupation'],
  economic_affairs_office: ['business-licence', 'public-space-occupation'],
  counter: [],
  other: [],
};

/**
 * Guesses from what such offices usually offer, not observed: seeded with `toVerify`, so the
 * portal keeps them from citizens until the commune's staff check them on site (desk).
 */
const ACCESSIBILITY: Partial<Record<ServicePointKind, Localized>> = {
  town_hall: L(
    'شبابيك الاستقبال في الطابق الأرضي وممر منحدر عند المدخل الرئيسي.',
    "Guichets d'accueil au rez-de-chaussée, rampe à l'entrée principale.",
    'Ventanillas en la planta baja, rampa en la entrada principal.',
  ),
  civil_status_office: L(
    'شباك ذو أولوية للأشخاص في وضعية إعاقة والمسنين والنساء الحوامل.',
    'Guichet prioritaire pour les personnes en situation de handicap, les personnes âgées et les femmes enceintes.',
    'Ventanilla prioritaria para personas con discapacidad, mayores y embarazadas.',
  ),
  civil_status_annex: L('مدخل في مستوى الشارع.', 'Entrée de plain-pied.', 'Entrada a pie de calle.'),
  urban_planning_office: L(
    'الطابق الأول، بدون مصعد: يستقبل الموظفون في الطابق الأرضي عند الطلب.',
    'Premier étage sans ascenseur : accueil au rez-de-chaussée sur demande.',
    'Primera planta sin ascensor: atención en la planta baja a petición.',
  ),
};

const SAT_MORNING: OpeningHours = [...WEEKDAY_HOURS, { days: ['sat'], opens: '09:00', closes: '12:00' }];
const TOWN_HALL = (fr: string, ar: string, es: string) =>
  L(`مقر جماعة ${ar}`, `Hôtel de ville de ${fr}`, `Ayuntamiento de ${es}`);

export const SERVICE_POINTS: ServicePointSeed[] = [
  // Tetouan
  {
    commune: 'tetouan',
    code: 'town-hall',
    kind: 'town_hall',
    names: TOWN_HALL('Tétouan', 'تطوان', 'Tetuán'),
    at: [0, 0],
    hours: WEEKDAY_HOURS,
  },
  {
    commune: 'tetouan',
    code: 'civil-status-central',
    kind: 'civil_status_office',
    names: L('المكتب المركزي للحالة المدنية', "Bureau central de l'état civil", 'Oficina central del registro civil'),
    at: [-0.0006, 0.0013],
    hours: SAT_MORNING,
  },
  {
    commune: 'tetouan',
    code: 'civil-status-annex-1',
    kind: 'civil_status_annex',
    names: L('الملحقة الإدارية للحالة المدنية رقم 1', "Annexe d'état civil n° 1", 'Anexo del registro civil n.º 1'),
    at: [0.0073, 0.0064],
    hours: WEEKDAY_HOURS,
  },
  {
    commune: 'tetouan',
    code: 'civil-status-annex-2',
    kind: 'civil_status_annex',
    names: L('الملحقة الإدارية للحالة المدنية رقم 2', "Annexe d'état civil n° 2", 'Anexo del registro civil n.º 2'),
    at: [-0.0083, -0.0066],
    hours: WEEKDAY_HOURS,
  },
  {
    commune: 'tetouan',
    code: 'urban-planning',
    kind: 'urban_planning_office',
    names: L('الشباك الوحيد للتعمير', "Guichet unique d'urbanisme", 'Ventanilla única de urbanismo'),
    at: [0.0008, -0.0018],
    hours: WEEKDAY_HOURS,
  },
  {
    commune: 'tetouan',
    code: 'technical-services',
    kind: 'technical_services',
    names: L('المصالح التقنية الجماعية', 'Services techniques municipaux', 'Servicios técnicos municipales'),
    at: [-0.0034, 0.0075],
    hours: WEEKDAY_HOURS,
  },
  // Asilah
  {
    commune: 'asilah',
    code: 'town-hall',
    kind: 'town_hall',
    names: TOWN_HALL('Asilah', 'أصيلة', 'Arcila'),
    at: [0, 0],
    hours: WEEKDAY_HOURS,
  },
  {
    commune: 'asilah',
    code: 'civil-status',
    kind: 'civil_status_office',
    names: L('مكتب الحالة المدنية', "Bureau de l'état civil", 'Oficina del registro civil'),
    at: [0.0009, 0.0011],
    hours: WEEKDAY_HOURS,
  },
  {
    commune: 'asilah',
    code: 'urban-planning',
    kind: 'urban_planning_office',
    names: L('مصلحة التعمير', "Service de l'urbanisme", 'Servicio de urbanismo'),
    at: [-0.0012, 0.0016],
    hours: WEEKDAY_HOURS,
  },
  {
    commune: 'asilah',
    code: 'technical-services',
    kind: 'technical_services',
    names: L('المصالح التقنية الجماعية', 'Services techniques municipaux', 'Servicios técnicos municipales'),
    at: [0.0041, 0.0052],
    hours: WEEKDAY_HOURS,
  },
  // Chefchaouen
  {
    commune: 'chefchaouen',
    code: 'town-hall',
    kind: 'town_hall',
    names: TOWN_HALL('Chefchaouen', 'شفشاون', 'Chauen'),
    at: [0, 0],
    hours: WEEKDAY_HOURS,
  },
  {
    commune: 'chefchaouen',
    code: 'civil-status',
    kind: 'civil_status_office',
    names: L('مكتب الحالة المدنية', "Bureau de l'état civil", 'Oficina del registro civil'),
    at: [-0.0007, 0.001],
    hours: WEEKDAY_HOURS,
  },
  {
    commune: 'chefchaouen',
    code: 'civil-status-annex',
    kind: 'civil_status_annex',
    names: L('ملحقة الحالة المدنية', "Annexe d'état civil", 'Anexo del registro civil'),
    at: [-0.0058, -0.0041],
    hours: WEEKDAY_HOURS,
  },
  {
    commune: 'chefchaouen',
    code: 'urban-planning',
    kind: 'urban_planning_office',
    names: L('مصلحة التعمير', "Service de l'urbanisme", 'Servicio de urbanismo'),
    at: [0.0011, -0.0014],
    hours: WEEKDAY_HOURS,
  },
  // Ksar El Kebir
  {
    commune: 'ksar-el-kebir',
    code: 'town-hall',
    kind: 'town_hall',
    names: TOWN_HALL('Ksar El Kébir', 'القصر الكبير', 'Alcazarquivir'),
    at: [0, 0],
    hours: WEEKDAY_HOURS,
  },
  {
    commune: 'ksar-el-kebir',
    code: 'civil-status-central',
    kind: 'civil_status_office',
    names: L('المكتب المركزي للحالة المدنية', "Bureau central de l'état civil", 'Oficina central del registro civil'),
    at: [0.0008, 0.0012],
    hours: WEEKDAY_HOURS,
  },
  {
    commune: 'ksar-el-kebir',
    code: 'civil-status-annex-1',
    kind: 'civil_status_annex',
    names: L('ملحقة الحالة المدنية رقم 1', "Annexe d'état civil n° 1", 'Anexo del registro civil n.º 1'),
    at: [0.0021, 0.0079],
    hours: WEEKDAY_HOURS,
  },
  {
    commune: 'ksar-el-kebir',
    code: 'civil-status-annex-2',
    kind: 'civil_status_annex',
    names: L('ملحقة الحالة المدنية رقم 2', "Annexe d'état civil n° 2", 'Anexo del registro civil n.º 2'),
    at: [-0.0029, -0.0077],
    hours: WEEKDAY_HOURS,
  },
  {
    commune: 'ksar-el-kebir',
    code: 'urban-planning',
    kind: 'urban_planning_office',
    names: L('مصلحة التعمير', "Service de l'urbanisme", 'Servicio de urbanismo'),
    at: [-0.001, 0.0015],
    hours: WEEKDAY_HOURS,
  },
  {
    commune: 'ksar-el-kebir',
    code: 'economic-affairs',
    kind: 'economic_affairs_office',
    names: L('مصلحة الشؤون الاقتصادية', 'Service des affaires économiques', 'Servicio de asuntos económicos'),
    at: [0.0014, -0.0009],
    hours: WEEKDAY_HOURS,
  },
  // M'diq
  {
    commune: 'mdiq',
    code: 'town-hall',
    kind: 'town_hall',
    names: TOWN_HALL("M'diq", 'المضيق', 'Rincón'),
    at: [0, 0],
    hours: WEEKDAY_HOURS,
  },
  {
    commune: 'mdiq',
    code: 'civil-status',
    kind: 'civil_status_office',
    names: L('مكتب الحالة المدنية', "Bureau de l'état civil", 'Oficina del registro civil'),
    at: [0.0007, -0.0012],
    hours: WEEKDAY_HOURS,
  },
  {
    commune: 'mdiq',
    code: 'urban-planning',
    kind: 'urban_planning_office',
    names: L('مصلحة التعمير', "Service de l'urbanisme", 'Servicio de urbanismo'),
    at: [-0.0015, 0.0021],
    hours: WEEKDAY_HOURS,
  },
  {
    commune: 'mdiq',
    code: 'technical-services',
    kind: 'technical_services',
    names: L('المصالح التقنية الجماعية', 'Services techniques municipaux', 'Servicios técnicos municipales'),
    at: [-0.0061, -0.0048],
    hours: WEEKDAY_HOURS,
  },
];

const NO_OVERRIDE = {
  feeMad: null,
  office: null,
  hours: null,
  processingDays: null,
  documents: null,
  forms: null,
  legalBasis: null,
  channels: null,
  electronicDelivery: null,
} as const;

/**
 * Idempotent, run with the rest of the reference data on every boot: inserts what is
 * missing and never overwrites an administrator's edit. A seeded override is only added
 * to a procedure that has never been edited in that commune (no version row), so an
 * override an administrator removed does not come back.
 */
export async function seedProcedures(db: Db, at: Date = new Date()): Promise<void> {
  const inserted = await db
    .insertInto('procedureTemplates')
    .values(
      PROCEDURE_TEMPLATES.map((t) => ({
        code: t.code,
        names: json(t.names),
        summaries: json(t.summaries),
        themes: json(t.themes),
        lifeEvents: json(t.lifeEvents),
        keywords: json(t.keywords),
        documents: json(t.documents),
        forms: json(t.forms),
        legalBasis: json(t.legalBasis),
        feeMad: t.feeMad,
        office: t.office ? json(t.office) : null,
        hours: t.hours ? json(t.hours) : null,
        processingDays: t.processingDays,
        channels: t.channels,
        electronicDelivery: t.electronicDelivery,
        toVerify: json(t.toVerify),
        version: 1,
        ...templateSearchText(t),
        updatedAt: at,
      })),
    )
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('code')
    .execute();
  if (inserted.length > 0) {
    const created = new Set(inserted.map((r) => r.code));
    await db
      .insertInto('procedureTemplateVersions')
      .values(
        PROCEDURE_TEMPLATES.filter((t) => created.has(t.code)).map((t) => ({
          code: t.code,
          version: 1,
          actorId: null,
          source: 'seed' as const,
          at,
          before: null,
          after: json({ ...t, active: true }),
          changed: json([]),
        })),
      )
      .onConflict((oc) => oc.columns(['code', 'version']).doNothing())
      .execute();
  }

  const communes = await db.selectFrom('communes').select(['id', 'slug', 'lat', 'lon']).execute();
  const bySlug = new Map(communes.map((c) => [c.slug, c]));

  for (const o of PROCEDURE_OVERRIDES) {
    const commune = bySlug.get(o.commune);
    if (!commune) continue;
    const edited = await db
      .selectFrom('procedureOverrideVersions')
      .select('version')
      .where('communeId', '=', commune.id)
      .where('procedureCode', '=', o.code)
      .limit(1)
      .executeTakeFirst();
    if (edited) continue;
    const v = o.values;
    const state = { ...NO_OVERRIDE, ...v };
    const row = await db
      .insertInto('procedureOverrides')
      .values({
        communeId: commune.id,
        procedureCode: o.code,
        feeMad: v.feeMad ?? null,
        office: v.office ? json(v.office) : null,
        hours: v.hours ? json(v.hours) : null,
        processingDays: v.processingDays ?? null,
        documents: v.documents ? json(v.documents) : null,
        forms: v.forms ? json(v.forms) : null,
        legalBasis: v.legalBasis ? json(v.legalBasis) : null,
        channels: v.channels ?? null,
        electronicDelivery: v.electronicDelivery ?? null,
        version: 1,
        searchBody: overrideSearchText(v),
        updatedAt: at,
        updatedBy: null,
      })
      .onConflict((oc) => oc.columns(['communeId', 'procedureCode']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) continue;
    await db
      .insertInto('procedureOverrideVersions')
      .values({
        communeId: commune.id,
        procedureCode: o.code,
        version: 1,
        actorId: null,
        source: 'seed',
        at,
        before: json(NO_OVERRIDE),
        after: json(state),
        changed: json(Object.keys(v)),
      })
      .execute();
  }

  const points = SERVICE_POINTS.flatMap((p) => {
    const commune = bySlug.get(p.commune);
    if (!commune) return [];
    return [
      {
        communeId: commune.id,
        code: p.code,
        kind: p.kind,
        names: json(p.names),
        address: p.address ? json(p.address) : null,
        directions: p.directions ? json(p.directions) : null,
        lat: Math.round((commune.lat + p.at[0]) * 1e6) / 1e6,
        lon: Math.round((commune.lon + p.at[1]) * 1e6) / 1e6,
        hours: json(p.hours),
        services: json(SERVICES[p.kind]),
        accessibility: ACCESSIBILITY[p.kind] ? json(ACCESSIBILITY[p.kind]) : null,
        toVerify: json(['hours', ...(ACCESSIBILITY[p.kind] ? ['accessibility'] : [])]),
        phone: p.phone ?? null,
        updatedAt: at,
      },
    ];
  });
  if (points.length > 0) {
    await db
      .insertInto('servicePoints')
      .values(points)
      .onConflict((oc) => oc.columns(['communeId', 'code']).doNothing())
      .execute();
  }
}
