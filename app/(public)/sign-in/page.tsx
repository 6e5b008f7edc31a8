import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeCallbackUrl } from '@/lib/auth/safe-callback';

export async function generateMetadata() {
  const t = await getTranslations('auth');
  return { title: t('signInTitle') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const t = await getTranslations('auth');
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('signInTitle')}</h1>
        <p className="mt-2 text-slate-600">{t('signInLead')}</p>
      </div>
      <SignInForm callbackUrl={safeCallbackUrl(callbackUrl, '/me')} />
      <p className="text-sm">
        {t('noAccount')}{' '}
        <Link href="/register" className="font-medium text-brand-700 underline">
          {t('registerLink')}
        </Link>
      </p>
      <p className="text-sm text-slate-500">{t('demoHint')}</p>
    </div>
  );
}
