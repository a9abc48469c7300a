// SPDX-License-Identifier: EUPL-1.2
/**
 * Single sign-on with the municipality's identity provider (OpenID Connect, authorization code
 * flow with PKCE, via openid-client). Accounts are not created automatically: the functioneel
 * beheerder links a user to the provider's `iss|sub`, because the role must be given on purpose.
 * The pending logins live in memory for 10 minutes (one server process; see docs/security.md).
 */
import * as client from 'openid-client';

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Our callback, e.g. https://aanwezig.example.nl/api/sessie/oidc/terug */
  redirectUri: string;
}

interface Pending {
  verifier: string;
  nonce: string;
  expires: number;
}

const PENDING_MS = 10 * 60_000;

export class OidcClient {
  private readonly pending = new Map<string, Pending>();
  private configuration: Promise<client.Configuration> | undefined;

  constructor(private readonly config: OidcConfig) {}

  private discovered(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(
        new URL(this.config.issuer),
        this.config.clientId,
        this.config.clientSecret,
        undefined,
        {
          // Only for a provider on localhost (development and tests); production issuers are https.
          ...(new URL(this.config.issuer).protocol === 'http:'
            ? { execute: [client.allowInsecureRequests] }
            : {}),
        },
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  /** Where to send the browser to sign in. */
  async startUrl(now: number): Promise<URL> {
    const configuration = await this.discovered();
    for (const [state, p] of this.pending) if (p.expires < now) this.pending.delete(state);
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    this.pending.set(state, { verifier, nonce, expires: now + PENDING_MS });
    return client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.redirectUri,
      scope: 'openid profile email',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
  }

  /** Finishes the flow from the callback URL; returns the provider's `iss|sub`. */
  async finish(callbackUrl: URL, now: number): Promise<string> {
    const state = callbackUrl.searchParams.get('state') ?? '';
    const pending = this.pending.get(state);
    this.pending.delete(state);
    if (!pending || pending.expires < now) throw new Error('onbekende of verlopen aanmelding');
    const configuration = await this.discovered();
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.verifier,
      expectedState: state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('geen id_token ontvangen');
    return `${claims.iss}|${claims.sub}`;
  }
}
