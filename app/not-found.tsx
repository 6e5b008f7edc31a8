import { getTranslations } from 'next-intl/server';
import { HomeLink, MessagePage } from '@/components/ui/message-page';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return <MessagePage title={t('title')} text={t('text')} action={<HomeLink label={t('home')} />} />;
}
