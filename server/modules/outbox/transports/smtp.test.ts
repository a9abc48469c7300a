// SPDX-License-Identifier: EUPL-1.2
import { createServer, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';
import { TransportError } from '../message.ts';
import { describeSmtpFailure, smtpTransport } from './smtp.ts';

const message = {
  id: 7,
  kanaal: 'email' as const,
  aan: 'ouder@example.nl',
  onderwerp: 'Uitnodiging',
  inhoud: 'U bent uitgenodigd.',
};

describe('SMTP transport', () => {
  it('composes the e-mail with sender, recipient, subject and text', async () => {
    let sent: { message: string } | undefined;
    const transport = smtpTransport({
      smtp: { jsonTransport: true },
      van: 'Leerplicht <noreply@example.nl>',
      onSent: (info) => (sent = info as { message: string }),
    });
    await transport.send(message);
    const mail = JSON.parse(sent!.message) as {
      from: { address: string };
      to: { address: string }[];
      subject: string;
      text: string;
      headers: Record<string, string>;
    };
    expect(mail.from.address).toBe('noreply@example.nl');
    expect(mail.to[0]!.address).toBe('ouder@example.nl');
    expect(mail.subject).toBe('Uitnodiging');
    expect(mail.text).toBe('U bent uitgenodigd.');
    expect(mail.headers['x-aanwezig-bericht'] ?? mail.headers['X-Aanwezig-Bericht']).toBe('7');
  });

  it('streams a real RFC 822 message', async () => {
    let raw = '';
    const transport = smtpTransport({
      smtp: { streamTransport: true, buffer: true },
      van: 'noreply@example.nl',
      onSent: (info) => (raw = String((info as { message: Buffer }).message)),
    });
    await transport.send(message);
    expect(raw).toMatch(/^To: ouder@example.nl$/m);
    expect(raw).toMatch(/^Subject: Uitnodiging$/m);
  });

  it('fails with a TransportError naming the code, never the address', async () => {
    // A port that accepts and closes at once: the SMTP handshake fails.
    const server = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const transport = smtpTransport({
      smtp: `smtp://127.0.0.1:${port}`,
      van: 'noreply@example.nl',
    });
    try {
      const error = await transport.send(message).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TransportError);
      const reden = (error as TransportError).reden;
      expect(reden).toMatch(/^e-mail niet verzonden \([A-Z]+/);
      expect(reden).not.toContain('ouder@example.nl');
    } finally {
      transport.close?.();
      server.close();
    }
  });

  it('speaks SMTP to a server given by URL (a tiny local one), and keeps a refusal’s code', async () => {
    const { server, port, received } = await tinySmtpServer();
    try {
      await smtpTransport({ smtp: `smtp://127.0.0.1:${port}`, van: 'noreply@example.nl' }).send(
        message,
      );
      expect(received.rcpt).toEqual(['<ouder@example.nl>']);
      expect(received.data).toMatch(/^Subject: Uitnodiging$/m);
      expect(received.data).toContain('U bent uitgenodigd.');
      const refused = await smtpTransport({
        smtp: `smtp://127.0.0.1:${port}`,
        van: 'noreply@example.nl',
      })
        .send({ ...message, aan: 'onbekend@example.nl' })
        .then(
          () => undefined,
          (e: unknown) => e as TransportError,
        );
      expect(refused?.reden).toBe('e-mail niet verzonden (EENVELOPE, SMTP 550)');
    } finally {
      server.close();
    }
  });

  it('keeps the SMTP reply code but not the reply text', () => {
    const error = Object.assign(new Error('550 5.1.1 <ouder@example.nl>: Recipient unknown'), {
      code: 'EENVELOPE',
      responseCode: 550,
    });
    expect(describeSmtpFailure(error)).toBe('e-mail niet verzonden (EENVELOPE, SMTP 550)');
    expect(describeSmtpFailure(undefined)).toBe('e-mail niet verzonden');
  });
});

/** Just enough SMTP for nodemailer: refuses recipients named `onbekend@…` with 550. */
async function tinySmtpServer(): Promise<{
  server: Server;
  port: number;
  received: { rcpt: string[]; data: string };
}> {
  const received = { rcpt: [] as string[], data: '' };
  const server = createServer((socket) => {
    let inData = false;
    let buffer = '';
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            socket.write('250 OK\r\n');
          } else received.data += `${line}\n`;
        } else if (/^(EHLO|HELO)/i.test(line)) socket.write('250 test\r\n');
        else if (/^MAIL FROM/i.test(line)) socket.write('250 OK\r\n');
        else if (/^RCPT TO/i.test(line)) {
          const to = line.slice(8).trim();
          if (to.includes('onbekend@')) socket.write(`550 5.1.1 ${to}: Recipient unknown\r\n`);
          else {
            received.rcpt.push(to);
            socket.write('250 OK\r\n');
          }
        } else if (/^DATA/i.test(line)) {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
        else if (/^RSET/i.test(line)) socket.write('250 OK\r\n');
        else socket.write('502 not implemented\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port, received };
}
