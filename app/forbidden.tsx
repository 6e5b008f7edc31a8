import { getTranslations } from 'next-intl/server';
import { HomeLink, MessagePage } from '@/components/ui/message-page';

export default async function Forbidden() {
  const t = await getTranslations('forbidden');
  return <MessagePage title={t('title')} text={t('text')} action={<HomeLink label={t('home')} />} />;
}
