import { ClientMessages } from '@/components/i18n/client-messages';

/** These pages edit sections field by field: their client components translate by section key. */
export default function ApplicationSectionsLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="applicationSections">{children}</ClientMessages>;
}
