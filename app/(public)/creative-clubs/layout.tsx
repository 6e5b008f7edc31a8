import { ClientMessages } from '@/components/i18n/client-messages';

/** The translations this folder's forms use in the browser (lib/i18n/client-messages.ts). */
export default function CreativeClubsLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="creativeClubs">{children}</ClientMessages>;
}
