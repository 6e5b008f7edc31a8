import { ClientMessages } from '@/components/i18n/client-messages';

/** The public site: its forms (sign-in, registration, comments, requests) translate in the browser. */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="public">{children}</ClientMessages>;
}
