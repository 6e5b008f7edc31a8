import { ClientMessages } from '@/components/i18n/client-messages';

/** The translations this folder's forms use in the browser (lib/i18n/client-messages.ts). */
export default function SignInLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="signIn">{children}</ClientMessages>;
}
