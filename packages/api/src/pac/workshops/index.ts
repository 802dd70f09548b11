/** The PAC's workshops and targeted consultations, as the rest of the PAC sees them. */
export { consultationsRouter, workshopsRouter } from './router';
export { seedDemoWorkshops } from './demo';
export type { AttendanceSummary, ConsultationSummary, WorkshopSummary } from './service';
