// SPDX-License-Identifier: EUPL-1.2
/** The whole database schema; one definition for PGlite and PostgreSQL. */
export * from './region.ts';
export * from './persons.ts';
export { schools, enrolments, absenceReports, exemptions } from './schools.ts';
export * from './work.ts';
export * from './thuiszitters.ts';
export * from './doorstroompunt.ts';
export * from './office.ts';
export * from './report.ts';
export * from './forms.ts';
export * from './exemptions-work.ts';
export * from './objections.ts';
