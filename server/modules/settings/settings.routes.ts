// SPDX-License-Identifier: EUPL-1.2
/** GET/PUT /api/instellingen and GET/POST/PUT/DELETE /api/schoolvakanties. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import {
  createSchoolHoliday,
  deleteSchoolHoliday,
  listSchoolHolidays,
  listSettings,
  saveSetting,
  updateSchoolHoliday,
} from './index.ts';

// Auth arrives in a later issue; until then every web change is recorded as the beheerder.

const waarde = z.union([z.number(), z.string(), z.boolean()]);
const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'gebruik JJJJ-MM-DD');

const setting = z.object({
  sleutel: z.string(),
  /** Short Dutch name, help text and option labels (the report's settings have them). */
  label: z.string().optional(),
  hulp: z.string().optional(),
  keuzes: z.record(z.string(), z.string()).optional(),
  standaard: waarde,
  omschrijving: z.string(),
  bron: z.string(),
  soort: z.enum(['getal', 'keuze', 'ja_nee']),
  toegestaan: z.array(waarde).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  historie: z.array(
    z.object({
      geldigVanaf: z.string(),
      waarde,
      reden: z.string().nullable().optional(),
      gewijzigdDoor: z.string().nullable().optional(),
    }),
  ),
});

const holidayBody = z.object({
  schooljaar: z.string(),
  vakantieregio: z.enum(['noord', 'midden', 'zuid']),
  naam: z.enum(['herfst', 'kerst', 'voorjaar', 'mei', 'zomer']),
  van: datum,
  totEnMet: datum,
});
const holiday = holidayBody.extend({ id: z.number() });
const idParams = z.object({ id: z.coerce.number().int().positive() });

/** Regional settings (with history) and the editable school holidays. */
export const settingsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['instellingen'];
    const listAll = async () =>
      (await listSettings(ctx.database)).map((s) => ({
        ...s,
        toegestaan: 'toegestaan' in s && s.toegestaan ? [...s.toegestaan] : undefined,
      }));

    app.get(
      '/instellingen',
      {
        config: { policy: 'settings.read' },
        schema: {
          tags,
          summary: 'Regionale instellingen met definitie en historie',
          response: { 200: z.array(setting) },
        },
      },
      listAll,
    );

    app.put(
      '/instellingen',
      {
        config: { policy: 'settings.change' },
        schema: {
          tags,
          summary: 'Legt een waarde vast vanaf een datum (met reden)',
          body: z.object({ sleutel: z.string(), waarde, geldigVanaf: datum, reden: z.string() }),
          response: { 200: z.array(setting) },
        },
      },
      async (request) => {
        await saveSetting(ctx.database, {
          ...request.body,
          gewijzigdDoor: requireActor(request).gebruikersnaam,
        });
        return listAll();
      },
    );

    app.get(
      '/schoolvakanties',
      {
        config: { policy: 'rules.read' },
        schema: { tags, summary: 'Schoolvakanties per regio', response: { 200: z.array(holiday) } },
      },
      async () => listSchoolHolidays(ctx.database),
    );

    app.post(
      '/schoolvakanties',
      {
        config: { policy: 'settings.change' },
        schema: {
          tags,
          summary: 'Voegt een schoolvakantie toe',
          body: holidayBody,
          response: { 201: holiday },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createSchoolHoliday(ctx.database, request.body)),
    );

    app.put(
      '/schoolvakanties/:id',
      {
        config: { policy: 'settings.change' },
        schema: {
          tags,
          summary: 'Wijzigt een schoolvakantie',
          params: idParams,
          body: holidayBody,
          response: { 200: holiday },
        },
      },
      async (request) => updateSchoolHoliday(ctx.database, request.params.id, request.body),
    );

    app.delete(
      '/schoolvakanties/:id',
      {
        config: { policy: 'settings.change' },
        schema: {
          tags,
          summary: 'Verwijdert een schoolvakantie',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await deleteSchoolHoliday(ctx.database, request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
