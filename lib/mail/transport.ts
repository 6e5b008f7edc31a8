import nodemailer from 'nodemailer';
import type { MailConfig } from './config';

/** An SMTP transport for one delivery run (closed by the caller); short timeouts so a dead server fails fast and is retried later. */
export function createMailTransport(config: MailConfig) {
  return nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.user ? { auth: { user: config.user, pass: config.password ?? '' } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

export type MailTransport = ReturnType<typeof createMailTransport>;
