import { ClientMessages } from '@/components/i18n/client-messages';
import { requirePermission } from '@/lib/auth/session';

export default async function ExpertLayout({ children }: { children: React.ReactNode }) {
  // Pages check again for their own objects (CI-1, CI-2); the layout keeps strangers out of the workspace.
  await requirePermission('enter', { type: 'area', area: 'expert' }, '/expert');
  return <ClientMessages area="expert">{children}</ClientMessages>;
}
