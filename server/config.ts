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
  /** Password of the demo accounts (one per role), created with the demo region. */
  AANWEZIG_DEMO_WACHTWOORD: z.string().min(12, 'minstens 12 tekens').optional(),
  /** Set to 0 to skip the nightly jobs (expired sessions, retention periods) of `aanwezig start`. */
  AANWEZIG_NACHTTAKEN: z.enum(['0', '1']).default('1'),
  /** A session ends after this many minutes without use. */
  AANWEZIG_SESSIE_INACTIEF_MINUTEN: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** And in any case this many hours after signing in. */
  AANWEZIG_SESSIE_MAX_UREN: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(10),
  /** Set to 1 behind an https proxy that does not forward the protocol: cookies always `Secure`. */
  AANWEZIG_COOKIE_SECURE: z.enum(['0', '1', 'auto']).default('auto'),
  /** Single sign-on (OpenID Connect) with the municipality's identity provider: all four or none. */
  AANWEZIG_OIDC_ISSUER: z.url().optional(),
  AANWEZIG_OIDC_CLIENT_ID: z.string().min(1).optional(),
  AANWEZIG_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  AANWEZIG_OIDC_REDIRECT_URI: z.url().optional(),
  /** Adres waarop Aanwezig voor het publiek bereikbaar is; staat in de bevestigingslinks van afspraken. */
  AANWEZIG_PUBLIEKE_URL: z.url().default('http://localhost:3000'),
  /** SMTP-server voor e-mail, bv. smtps://gebruiker:wachtwoord@mail.example.nl:465. Zonder: ontwikkelmodus (niets verzonden). */
  AANWEZIG_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'AANWEZIG_SMTP_URL moet met smtp:// of smtps:// beginnen')
    .optional(),
  /** Afzender van e-mail, bv. "Leerplicht Regio <noreply@example.nl>". */
  AANWEZIG_MAIL_AFZENDER: z.string().min(3).default('Aanwezig <noreply@localhost>'),
  /** Sms-dienst: https-adres voor een JSON-POST per bericht. Zonder: ontwikkelmodus (niets verzonden). */
  AANWEZIG_SMS_URL: z
    .url()
    .refine(
      (u) => u.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(u),
      'AANWEZIG_SMS_URL moet https gebruiken',
    )
    .optional(),
  /** Toegangssleutel (bearer token) van de sms-dienst; verplicht als AANWEZIG_SMS_URL is gezet. */
  AANWEZIG_SMS_TOKEN: z.string().min(8).optional(),
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

/** The OIDC settings when all four are set; an error when only some are. */
export function oidcOf(config: Config) {
  const values = [
    config.AANWEZIG_OIDC_ISSUER,
    config.AANWEZIG_OIDC_CLIENT_ID,
    config.AANWEZIG_OIDC_CLIENT_SECRET,
    config.AANWEZIG_OIDC_REDIRECT_URI,
  ];
  if (values.every((v) => v === undefined)) return undefined;
  const [issuer, clientId, clientSecret, redirectUri] = values;
  if (!issuer || !clientId || !clientSecret || !redirectUri) {
    throw new Error(
      'Ongeldige configuratie: zet AANWEZIG_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET en _REDIRECT_URI alle vier, of geen ervan',
    );
  }
  return { issuer, clientId, clientSecret, redirectUri };
}
