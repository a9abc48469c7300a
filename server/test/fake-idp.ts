// SPDX-License-Identifier: EUPL-1.2
/**
 * A minimal OpenID Connect provider for tests: discovery, JWKS and a token endpoint that answers
 * any code with an RS256 id_token for `sub` and the nonce of the authorization request.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export interface FakeIdp {
  issuer: string;
  /** Remembers the nonce of an authorization URL, as a real provider would from its session. */
  authorize(url: URL): void;
  close(): Promise<void>;
}

export async function startFakeIdp(clientId: string, sub: string): Promise<FakeIdp> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test', alg: 'RS256', use: 'sig' };
  let nonce = '';
  let issuer = '';
  const server: Server = createServer((req, res) => {
    const json = (body: unknown) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    };
    if (req.url === '/.well-known/openid-configuration') {
      return json({
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
      });
    }
    if (req.url === '/jwks') return json({ keys: [jwk] });
    if (req.url === '/token' && req.method === 'POST') {
      req.resume();
      req.on('end', async () => {
        const idToken = await new SignJWT({ nonce })
          .setProtectedHeader({ alg: 'RS256', kid: 'test' })
          .setIssuer(issuer)
          .setAudience(clientId)
          .setSubject(sub)
          .setIssuedAt()
          .setExpirationTime('5m')
          .sign(privateKey);
        json({ access_token: 'at', token_type: 'Bearer', id_token: idToken, expires_in: 300 });
      });
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    authorize: (url) => {
      nonce = url.searchParams.get('nonce') ?? '';
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
