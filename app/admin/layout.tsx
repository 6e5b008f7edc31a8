import { ClientMessages } from '@/components/i18n/client-messages';

/** The administrator's pages; each page checks the admin area permission itself. */
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="admin">{children}</ClientMessages>;
}
