// SPDX-License-Identifier: EUPL-1.2
/**
 * Configuration from the environment, parsed once. Every variable is documented here and in
 * README.md; `npm start` needs none of them.
 */
import { z } from 'zod';

const schema = z.object({
  /** Folder of the embedded database (PGlite). Ignored when DATABASE_URL is set. */
  AANWEZIG_DATA_DIR: z.string().min(1).default('./data'),
  /** A postgres:// URL; when set, PostgreSQL is used instead of the embedded database. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL moet met postgres:// beginnen')
    .optional(),
  /** HTTP port of `aanwezig start`. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Address the server listens on. */
  HOST: z.string().default('127.0.0.1'),
  /** Skip generating the demo region on the first start of an empty database. */
  AANWEZIG_GEEN_DEMO: z.enum(['0', '1', '']).optional(),
});

export type Config = z.infer<typeof schema>;

/** Parses `env`; throws one Dutch message listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Ongeldige configuratie:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
