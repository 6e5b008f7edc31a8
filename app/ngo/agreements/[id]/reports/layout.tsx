import { ClientMessages } from '@/components/i18n/client-messages';

/** A report, section by section (written by the NGO, reviewed by the operator): the fields translate by section key. */
export default function ReportLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="reports">{children}</ClientMessages>;
}
