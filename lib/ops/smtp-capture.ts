// The local SMTP capture for development and tests: a real SMTP server (smtp-server) that
// accepts every message and appends it, decoded, as one JSON line to a file under .data/ —
// nodemailer really talks SMTP to it, nothing is mocked, and nothing leaves the machine.
// Started by `npm run demo` (lib/ops/demo.ts), the e2e server (lib/ops/serve-e2e.ts) and
// in-process by integration tests; `tsx lib/ops/smtp-capture.ts` runs one on its own.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface CapturedMessage {
  receivedAt: string;
  /** SMTP envelope (MAIL FROM / RCPT TO). */
  envelope: { from: string | null; to: string[] };
  from: string;
  to: string;
  subject: string;
  messageId: string;
  headers: Record<string, string>;
  text: string;
  html: string;
}

export interface SmtpCapture {
  host: string;
  port: number;
  file: string;
  stop(): Promise<void>;
}

// ── A small MIME reader for what nodemailer writes (UTF-8, base64 / quoted-printable, multipart) ──

function decodeQuotedPrintable(body: string): Buffer {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined[i]!;
    const hex = joined.slice(i + 1, i + 3);
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(c, 'utf8'));
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=); adjacent words are joined byte-wise before decoding. */
export function decodeHeaderValue(value: string): string {
  const word = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;
  let out = '';
  let last = 0;
  let pending: Buffer[] = [];
  const flush = () => {
    if (pending.length) out += Buffer.concat(pending).toString('utf8');
    pending = [];
  };
  for (let m = word.exec(value); m; m = word.exec(value)) {
    const between = value.slice(last, m.index);
    if (!(pending.length && /^\s*$/.test(between))) {
      flush();
      out += between;
    }
    const data = m[3]!;
    pending.push(m[2]!.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : decodeQuotedPrintable(data.replace(/_/g, ' ')));
    last = m.index + m[0].length;
  }
  flush();
  return out + value.slice(last);
}

function splitHeaders(raw: string): { headers: Record<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

const param = (header: string, name: string) => new RegExp(`${name}="?([^";]+)"?`, 'i').exec(header)?.[1];

function decodeBody(body: string, encoding: string | undefined): string {
  const e = (encoding ?? '7bit').toLowerCase();
  if (e === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (e === 'quoted-printable') return decodeQuotedPrintable(body).toString('utf8');
  return body;
}

/** The text and HTML parts of a message (recursing into multipart/*). */
function collectParts(raw: string, into: { text: string; html: string }): void {
  const { headers, body } = splitHeaders(raw);
  const type = (headers['content-type'] ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = param(headers['content-type']!, 'boundary');
    if (!boundary) return;
    const parts = body.split(`--${boundary}`).slice(1);
    for (const part of parts) {
      if (part.startsWith('--')) break;
      collectParts(part.replace(/^\r?\n/, ''), into);
    }
    return;
  }
  const content = decodeBody(body, headers['content-transfer-encoding']).replace(/\r\n/g, '\n');
  if (type.startsWith('text/html')) into.html ||= content;
  else if (type.startsWith('text/plain')) into.text ||= content;
}

/** Decodes a raw RFC 5322 message as nodemailer writes it. */
export function parseMessage(raw: string): Pick<CapturedMessage, 'from' | 'to' | 'subject' | 'messageId' | 'headers' | 'text' | 'html'> {
  const { headers } = splitHeaders(raw);
  const parts = { text: '', html: '' };
  collectParts(raw, parts);
  const decoded = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, decodeHeaderValue(v)]));
  return {
    from: decoded.from ?? '',
    to: decoded.to ?? '',
    subject: decoded.subject ?? '',
    messageId: decoded['message-id'] ?? '',
    headers: decoded,
    ...parts,
  };
}

/** The messages captured so far in `file` (oldest first; none when nothing arrived yet). */
export function readCapturedMessages(file: string): CapturedMessage[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CapturedMessage);
}

/**
 * Starts the capture on `host:port` (port 0: a free one; the chosen port is returned).
 * No TLS and no authentication — it only listens on the loopback interface.
 */
export async function startSmtpCapture(options: { file: string; port?: number; host?: string; log?: (m: string) => void }): Promise<SmtpCapture> {
  const host = options.host ?? '127.0.0.1';
  mkdirSync(path.dirname(options.file), { recursive: true });
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    banner: 'Demeu local SMTP capture',
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        try {
          const raw = Buffer.concat(chunks).toString('utf8');
          const message: CapturedMessage = {
            receivedAt: new Date().toISOString(),
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              to: session.envelope.rcptTo.map((r) => r.address),
            },
            ...parseMessage(raw),
          };
          // Written before the server answers "250 OK": once the sender's sendMail resolved, the message is in the file.
          appendFileSync(options.file, `${JSON.stringify(message)}\n`);
          options.log?.(`✉ ${message.envelope.to.join(', ')}: ${message.subject}`);
          callback();
        } catch (error) {
          callback(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    host,
    port,
    file: options.file,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// `tsx lib/ops/smtp-capture.ts [file]`: a capture on SMTP_PORT (2525) until Ctrl+C.
if (process.argv[1] && import.meta.url === `file://${path.resolve(process.argv[1])}`) {
  const file = path.resolve(process.argv[2] ?? '.data/mail-capture.jsonl');
  startSmtpCapture({ file, port: Number(process.env.SMTP_PORT ?? 2525), log: console.log })
    .then((capture) => console.log(`SMTP capture on ${capture.host}:${capture.port} → ${capture.file}`))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
