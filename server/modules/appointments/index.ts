// SPDX-License-Identifier: EUPL-1.2
/** Appointments with a young person or parents: invitation, reminder, confirm/cancel link, outcome. */
export {
  AFSPRAAK_STATUSSEN,
  KEUZES,
  UITKOMSTEN,
  nextWorkingDay,
  noShowPercentage,
  type AfspraakStatus,
  type Keuze,
  type Uitkomst,
} from './appointment.ts';
export {
  planAppointment,
  type PlanAppointmentInput,
  type PlanOptions,
} from './commands/plan-appointment.ts';
export { registerOutcome, type OutcomeInput } from './commands/register-outcome.ts';
export { respondViaLink, viewByLink, type LinkView } from './commands/respond-via-link.ts';
export { sendReminders } from './commands/send-reminders.ts';
export { listAppointments, type AppointmentListItem } from './queries/list-appointments.ts';
export { noShowRates, type NoShowRate } from './queries/no-show-rates.ts';
