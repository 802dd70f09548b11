import { listProjects } from '../../pac';
import { ledgerExport } from '../../subsidies';
import * as repo from '../repository';
import { L, madField } from './common';
import { defineDataset, textCells, textFields } from '../spec';

export const subsidiesDataset = defineDataset({
  id: 'subsidies',
  title: L(
    'سجل الدعم العمومي للجمعيات',
    'Registre des subventions aux associations',
    'Registro de subvenciones a asociaciones',
  ),
  description: L(
    'كل دعم منحته الجماعة لجمعية: السنة، الجمعية، المشروع، نوع الالتزام (اتفاقية أو مقرر)، الحالة، المبالغ الملتزم بها والمؤداة، ووضعية التقارير.',
    "Chaque subvention accordée par la commune à une association : année, association, projet, type d'engagement (convention ou décision), état, montants engagés et payés, et état des rapports.",
    'Cada subvención concedida por el municipio a una asociación: año, asociación, proyecto, tipo de compromiso (convenio o decisión), estado, importes comprometidos y pagados, y estado de los informes.',
  ),
  keywords: [L('دعم الجمعيات', 'subventions', 'subvenciones'), L('جمعيات', 'associations', 'asociaciones')],
  theme: 'GOVE',
  accrualPeriodicity: 'IRREG',
  fields: [
    {
      name: 'id',
      type: 'string',
      title: L('المعرف', 'Identifiant', 'Identificador'),
      description: L(
        'معرف الدعم الثابت.',
        'Identifiant stable de la subvention.',
        'Identificador estable de la subvención.',
      ),
      constraints: { required: true, unique: true },
    },
    {
      name: 'year',
      type: 'year',
      title: L('السنة', 'Année', 'Año'),
      description: L('السنة المالية.', "L'exercice.", 'El ejercicio.'),
      constraints: { required: true },
    },
    {
      name: 'association_id',
      type: 'string',
      title: L('معرف الجمعية', "Identifiant de l'association", 'Identificador de la asociación'),
      description: L(
        'معرف الجمعية في سجل الجماعة.',
        "Identifiant de l'association au registre de la commune.",
        'Identificador de la asociación en el registro del municipio.',
      ),
      constraints: { required: true },
    },
    ...textFields(
      'association',
      L('الجمعية', 'Association', 'Asociación'),
      L(
        'اسم الجمعية (شخص معنوي).',
        "Nom de l'association (personne morale).",
        'Nombre de la asociación (persona jurídica).',
      ),
    ),
    ...textFields(
      'project',
      L('المشروع', 'Projet', 'Proyecto'),
      L('المشروع المدعوم.', 'Le projet subventionné.', 'El proyecto subvencionado.'),
    ),
    {
      name: 'kind',
      type: 'string',
      title: L('النوع', 'Type', 'Tipo'),
      description: L(
        'convention: اتفاقية شراكة، decision: مقرر (حسب المبلغ).',
        'convention : convention de partenariat, decision : décision (selon le montant).',
        'convention: convenio de colaboración, decision: decisión (según el importe).',
      ),
      constraints: { required: true, enum: ['convention', 'decision'] },
    },
    {
      name: 'state',
      type: 'string',
      title: L('الحالة', 'État', 'Estado'),
      description: L(
        'awarded، signed، completed أو cancelled.',
        'awarded, signed, completed ou cancelled.',
        'awarded, signed, completed o cancelled.',
      ),
      constraints: { required: true, enum: ['awarded', 'signed', 'completed', 'cancelled'] },
    },
    {
      name: 'deliberation',
      type: 'string',
      title: L('المداولة', 'Délibération', 'Deliberación'),
      description: L(
        'مرجع مداولة المجلس إن وُجد.',
        'Référence de la délibération du conseil, le cas échéant.',
        'Referencia de la deliberación del pleno, si la hay.',
      ),
    },
    madField(
      'amount_committed_mad',
      L('المبلغ الملتزم به (درهم)', 'Montant engagé (MAD)', 'Importe comprometido (MAD)'),
      L('المبلغ الممنوح بالدرهم.', 'Montant accordé, en dirhams.', 'Importe concedido, en dírhams.'),
    ),
    madField(
      'amount_paid_mad',
      L('المبلغ المؤدى (درهم)', 'Montant payé (MAD)', 'Importe pagado (MAD)'),
      L('ما أُدّي فعلاً بالدرهم.', 'Montant effectivement payé, en dirhams.', 'Importe efectivamente pagado, en dírhams.'),
    ),
    {
      name: 'report_status',
      type: 'string',
      title: L('التقارير', 'Rapports', 'Informes'),
      description: L(
        'none_due: لا تقرير مستحق، up_to_date، overdue: متأخر، completed.',
        'none_due : aucun rapport dû, up_to_date : à jour, overdue : en retard, completed : terminé.',
        'none_due: ningún informe debido, up_to_date: al día, overdue: atrasado, completed: terminado.',
      ),
      constraints: { required: true, enum: ['none_due', 'up_to_date', 'overdue', 'completed'] },
    },
    {
      name: 'document_code',
      type: 'string',
      title: L('رمز الوثيقة الموقعة', 'Code du document signé', 'Código del documento firmado'),
      description: L(
        'يُتحقق منها في /verify/<الرمز>.',
        'Vérifiable à /verify/<code>.',
        'Verificable en /verify/<código>.',
      ),
    },
  ],
  primaryKey: ['id'],
  async rows(db, communeId, now) {
    const commune = await repo.communeById(db, communeId);
    return (await ledgerExport(db, [commune], undefined, now)).map((e) => ({
      id: e.id,
      year: e.year,
      association_id: e.association.id,
      ...textCells('association', e.association.names),
      ...textCells('project', e.project),
      kind: e.kind,
      state: e.state,
      deliberation: e.deliberation,
      amount_committed_mad: e.amountMad,
      amount_paid_mad: e.paidMad,
      report_status: e.reportStatus,
      document_code: e.documentCode,
    }));
  },
});

export const pacProjectsDataset = defineDataset({
  id: 'pac-projects',
  title: L(
    'مشاريع برنامج عمل الجماعة',
    "Projets du programme d'action de la commune",
    'Proyectos del programa de acción municipal',
  ),
  description: L(
    'مشاريع برنامج عمل الجماعة: المحور، الحي، التواريخ، الحالة، نسبة الإنجاز والميزانية المبرمجة والملتزم بها والمؤداة.',
    "Les projets du programme d'action de la commune (PAC) : axe, quartier, dates, état, avancement et budget prévu, engagé et payé.",
    'Los proyectos del programa de acción municipal (PAC): eje, barrio, fechas, estado, avance y presupuesto previsto, comprometido y pagado.',
  ),
  keywords: [
    L('برنامج عمل الجماعة', "programme d'action communal", 'programa de acción municipal'),
    L('مشاريع', 'projets', 'proyectos'),
  ],
  theme: 'REGI',
  accrualPeriodicity: 'QUARTERLY',
  fields: [
    {
      name: 'code',
      type: 'string',
      title: L('الرمز', 'Code', 'Código'),
      description: L(
        'رمز المشروع في البرنامج.',
        'Code du projet dans le programme.',
        'Código del proyecto en el programa.',
      ),
      constraints: { required: true, unique: true },
    },
    ...textFields(
      'title',
      L('العنوان', 'Intitulé', 'Título'),
      L('عنوان المشروع.', 'Intitulé du projet.', 'Título del proyecto.'),
    ),
    ...textFields('axis', L('المحور', 'Axe', 'Eje'), L('محور البرنامج.', 'Axe du programme.', 'Eje del programa.')),
    ...textFields(
      'neighbourhood',
      L('الحي', 'Quartier', 'Barrio'),
      L('الحي المعني.', 'Quartier concerné.', 'Barrio afectado.'),
    ),
    {
      name: 'starts_on',
      type: 'date',
      title: L('البداية', 'Début', 'Inicio'),
      description: L('تاريخ البداية المبرمج.', 'Date de début prévue.', 'Fecha de inicio prevista.'),
      constraints: { required: true },
    },
    {
      name: 'ends_on',
      type: 'date',
      title: L('النهاية', 'Fin', 'Fin'),
      description: L('تاريخ النهاية المبرمج.', 'Date de fin prévue.', 'Fecha de fin prevista.'),
      constraints: { required: true },
    },
    {
      name: 'status',
      type: 'string',
      title: L('الحالة', 'État', 'Estado'),
      description: L(
        'planned، under_way، completed، suspended أو late (تجاوز تاريخ النهاية قبل الإنجاز).',
        'planned, under_way, completed, suspended ou late (fin dépassée avant achèvement).',
        'planned, under_way, completed, suspended o late (fin superada antes de terminar).',
      ),
      constraints: { required: true, enum: ['planned', 'under_way', 'completed', 'suspended', 'late'] },
    },
    {
      name: 'progress_percent',
      type: 'integer',
      title: L('نسبة الإنجاز (%)', 'Avancement (%)', 'Avance (%)'),
      description: L(
        'نسبة الإنجاز، مرجحة بالمشاريع الفرعية إن وُجدت.',
        'Avancement, pondéré par les sous-projets le cas échéant.',
        'Avance, ponderado por los subproyectos si los hay.',
      ),
      constraints: { required: true, minimum: 0, maximum: 100 },
    },
    madField(
      'budget_planned_mad',
      L('الميزانية المبرمجة (درهم)', 'Budget prévu (MAD)', 'Presupuesto previsto (MAD)'),
      L('بالدرهم.', 'En dirhams.', 'En dírhams.'),
    ),
    madField(
      'budget_committed_mad',
      L('الملتزم به (درهم)', 'Engagé (MAD)', 'Comprometido (MAD)'),
      L('بالدرهم.', 'En dirhams.', 'En dírhams.'),
    ),
    madField(
      'budget_paid_mad',
      L('المؤدى (درهم)', 'Payé (MAD)', 'Pagado (MAD)'),
      L('بالدرهم.', 'En dirhams.', 'En dírhams.'),
    ),
    {
      name: 'lat',
      type: 'number',
      title: L('خط العرض', 'Latitude', 'Latitud'),
      description: L(
        'موقع المشروع (WGS 84، أربعة أرقام عشرية)؛ فارغ إن لم يحدد.',
        'Position du projet (WGS 84, quatre décimales) ; vide si non située.',
        'Posición del proyecto (WGS 84, cuatro decimales); vacía si no se sitúa.',
      ),
      constraints: { minimum: -90, maximum: 90 },
    },
    {
      name: 'lon',
      type: 'number',
      title: L('خط الطول', 'Longitude', 'Longitud'),
      description: L(
        'موقع المشروع؛ فارغ إن لم يحدد.',
        'Position du projet ; vide si non située.',
        'Posición del proyecto; vacía si no se sitúa.',
      ),
      constraints: { minimum: -180, maximum: 180 },
    },
  ],
  primaryKey: ['code'],
  async rows(db, communeId, now) {
    const commune = await repo.communeById(db, communeId);
    const { projects } = await listProjects({ db, clock: { now: () => now } }, commune, {});
    return projects.map((p) => ({
      code: p.code,
      ...textCells('title', p.title),
      ...textCells('axis', p.axis),
      ...textCells('neighbourhood', p.neighbourhood),
      starts_on: p.startsOn,
      ends_on: p.endsOn,
      status: p.status,
      progress_percent: Math.round(p.progress),
      budget_planned_mad: p.budget.planned,
      budget_committed_mad: p.budget.committed,
      budget_paid_mad: p.budget.paid,
      lat: p.lat === null ? null : Number(p.lat.toFixed(4)),
      lon: p.lon === null ? null : Number(p.lon.toFixed(4)),
    }));
  },
});
