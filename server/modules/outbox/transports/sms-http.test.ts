// SPDX-License-Identifier: EUPL-1.2
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TransportError } from '../message.ts';
import { httpSmsTransport } from './sms-http.ts';

interface Received {
  headers: IncomingMessage['headers'];
  body: unknown;
}

describe('HTTPS JSON SMS transport (against a local server)', () => {
  let server: Server;
  let url: string;
  const received: Received[] = [];
  let answer = 202;
  beforeAll(async () => {
    server = createServer((req, res) => {
      let data = '';
      req.on('data', (chunk: Buffer) => (data += chunk.toString()));
      req.on('end', () => {
        received.push({ headers: req.headers, body: JSON.parse(data) });
        res.writeHead(answer, { 'content-type': 'application/json' });
        // A provider may echo the number: it must not end up in our error text.
        res.end(JSON.stringify({ fout: 'nummer +31612345678 geblokkeerd' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/sms`;
  });
  afterAll(() => server.close());

  const message = {
    id: 12,
    kanaal: 'sms' as const,
    aan: '+31612345678',
    onderwerp: null,
    inhoud: 'Herinnering: morgen om 09:30 uw afspraak.',
  };

  it('POSTs the number and text as JSON with the bearer token and an idempotency key', async () => {
    answer = 202;
    await httpSmsTransport({ url, token: 'geheim-token-123' }).send(message);
    const last = received.at(-1)!;
    expect(last.headers.authorization).toBe('Bearer geheim-token-123');
    expect(last.headers['content-type']).toBe('application/json');
    expect(last.headers['idempotency-key']).toBe('aanwezig-12');
    expect(last.body).toEqual({
      aan: '+31612345678',
      tekst: 'Herinnering: morgen om 09:30 uw afspraak.',
      referentie: 'aanwezig-12',
    });
  });

  it('turns a refusal into a TransportError with the status only', async () => {
    answer = 500;
    const error = await httpSmsTransport({ url, token: 'geheim-token-123' })
      .send(message)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).reden).toBe('sms-dienst weigerde het bericht (HTTP 500)');
  });

  it('reports an unreachable provider by its error code', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await httpSmsTransport({ url: `http://127.0.0.1:${port}/sms`, token: 'x' })
      .send(message)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect((error as TransportError).reden).toBe('sms-dienst niet bereikbaar (ECONNREFUSED)');
  });
});
