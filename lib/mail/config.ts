// Where e-mail goes: SMTP_HOST / SMTP_PORT / MAIL_FROM (and optional SMTP_USER / SMTP_PASSWORD,
// SMTP_SECURE=1 for implicit TLS). The defaults point at the local SMTP capture that
// `npm run demo` starts (lib/ops/smtp-capture.ts), so development never mails anyone.
export interface MailConfig {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
  /** Absolute address of the portal, for links in the e-mails. */
  portalUrl: string;
}

export const DEFAULT_SMTP_PORT = 2525;

export function mailConfigFromEnv(env: Record<string, string | undefined> = process.env): MailConfig {
  const port = Number(env.SMTP_PORT ?? DEFAULT_SMTP_PORT);
  if (!Number.isInteger(port) || port <= 0 || port > 65_535) throw new Error(`SMTP_PORT is not a port: ${env.SMTP_PORT}`);
  return {
    host: env.SMTP_HOST || '127.0.0.1',
    port,
    secure: env.SMTP_SECURE === '1' || env.SMTP_SECURE === 'true',
    ...(env.SMTP_USER ? { user: env.SMTP_USER, password: env.SMTP_PASSWORD ?? '' } : {}),
    from: env.MAIL_FROM || 'Demeu <no-reply@demeu.local>',
    portalUrl: (env.PORTAL_URL || env.NEXTAUTH_URL || 'http://localhost:3000').replace(/\/+$/, ''),
  };
}
