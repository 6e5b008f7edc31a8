import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { CLIENT_NAMESPACES, pickMessages, type ClientArea } from '@/lib/i18n/client-messages';

/** The translation provider of an area: its client components get their namespaces, nothing more. */
export async function ClientMessages({ area, children }: { area: ClientArea; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, CLIENT_NAMESPACES[area])}>{children}</NextIntlClientProvider>;
}
