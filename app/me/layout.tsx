import { ClientMessages } from '@/components/i18n/client-messages';

/** Every signed-in user's own pages (notifications); the pages check the session themselves. */
export default function MyLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="me">{children}</ClientMessages>;
}
