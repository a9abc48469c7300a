// SPDX-License-Identifier: EUPL-1.2
/** Mounts every module's routes under /api. Each module adds one line. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.ts';
import { healthRoutes } from './health.routes.ts';

export async function registerRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(healthRoutes(ctx), { prefix: '/api' });
  await app.register((await import('../modules/persons/persons.routes.ts')).personRoutes(ctx), {
    prefix: '/api',
  });
  await app.register((await import('../modules/overview/overview.routes.ts')).overviewRoutes(ctx), {
    prefix: '/api',
  });
  await app.register((await import('../modules/imports/imports.routes.ts')).importRoutes(ctx), {
    prefix: '/api',
  });
  await app.register((await import('../modules/rules/rules.routes.ts')).rulesRoutes(ctx), {
    prefix: '/api',
  });
  await app.register((await import('../modules/auth/auth.routes.ts')).authRoutes(ctx), {
    prefix: '/api',
  });
  await app.register((await import('../modules/auth/users.routes.ts')).userRoutes(ctx), {
    prefix: '/api',
  });
  await app.register((await import('../modules/audit/audit.routes.ts')).auditRoutes(ctx), {
    prefix: '/api',
  });
  await app.register((await import('../modules/casework/casework.routes.ts')).caseworkRoutes(ctx), {
    prefix: '/api',
  });
  await app.register((await import('../modules/casework/melding.routes.ts')).meldingRoutes(ctx), {
    prefix: '/api',
  });
  await app.register((await import('../modules/casework/duo.routes.ts')).duoRoutes(ctx), {
    prefix: '/api',
  });
  await app.register(
    (await import('../modules/casework/policy-mode.routes.ts')).policyModeRoutes(ctx),
    { prefix: '/api' },
  );
  await app.register(
    (await import('../modules/casework/assignment.routes.ts')).assignmentRoutes(ctx),
    { prefix: '/api' },
  );
  await app.register((await import('../modules/signals/signals.routes.ts')).signalRoutes(ctx), {
    prefix: '/api',
  });
  await app.register((await import('../modules/privacy/privacy.routes.ts')).privacyRoutes(ctx), {
    prefix: '/api',
  });
  await app.register(
    (await import('../modules/school-portal/school-portal.routes.ts')).schoolPortalRoutes(ctx),
    { prefix: '/api' },
  );
  await app.register((await import('../modules/outbox/outbox.routes.ts')).outboxRoutes(ctx), {
    prefix: '/api',
  });
  await app.register(
    (await import('../modules/appointments/appointments.routes.ts')).appointmentRoutes(ctx),
    { prefix: '/api' },
  );
  await app.register(
    (await import('../modules/appointments/appointment-link.routes.ts')).appointmentLinkRoutes(ctx),
    { prefix: '/api' },
  );
  await app.register((await import('../modules/letters/letters.routes.ts')).letterRoutes(ctx), {
    prefix: '/api',
  });
  await app.register((await import('../modules/report/report.routes.ts')).reportRoutes(ctx), {
    prefix: '/api',
  });
  await app.register(
    (await import('../modules/doorstroompunt/doorstroompunt.routes.ts')).doorstroompuntRoutes(ctx),
    { prefix: '/api' },
  );
  await app.register(
    (await import('../modules/exemptions/exemptions.routes.ts')).exemptionRoutes(ctx),
    { prefix: '/api' },
  );
  await app.register(
    (await import('../modules/dashboard/dashboard.routes.ts')).dashboardRoutes(ctx),
    { prefix: '/api' },
  );
  await app.register((await import('../modules/office/office.routes.ts')).officeRoutes(ctx), {
    prefix: '/api',
  });
  await app.register(
    (await import('../modules/thuiszitters/thuiszitters.routes.ts')).thuiszitterRoutes(ctx),
    { prefix: '/api' },
  );
  await app.register((await import('../modules/forms/forms.routes.ts')).formRoutes(ctx), {
    prefix: '/api',
  });
  await app.register(
    (await import('../modules/objections/objections.routes.ts')).objectionRoutes(ctx),
    { prefix: '/api' },
  );
}
