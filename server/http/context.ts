// SPDX-License-Identifier: EUPL-1.2
import type { Database } from '../db/connect.ts';
import type { AuthSettings } from '../modules/auth/sign-in.sql.ts';
import type { OidcConfig } from '../modules/auth/oidc.ts';

/** What every route module gets: the database, a clock, and the sign-in settings. */
export interface AppContext {
  database: Database;
  /** Today's calendar date (YYYY-MM-DD); tests pass a fixed day. */
  today(): string;
  /** The current moment, for session expiry and lockouts; tests pass a fake clock. */
  now?: () => Date;
  /** Largest import upload in bytes (default 50 MB, well above the demo region's largest file). */
  maxUploadBytes?: number;
  auth?: Partial<AuthSettings> & {
    /** Requests per IP address per minute on every route (default 600). */
    verzoekenPerMinuut?: number;
    /** Sign-in attempts per IP address per minute (default 20). */
    aanmeldpogingenPerMinuut?: number;
    /** `Secure` cookies: 'auto' = when the request came over https. */
    cookieSecure?: boolean | 'auto';
    oidc?: OidcConfig | undefined;
  };
}
