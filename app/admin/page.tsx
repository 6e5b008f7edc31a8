import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { Cell, DataTable, Row } from '@/components/ui/data-table';

export const dynamic = 'force-dynamic';

export default async function AdminPage() {
  await requirePermission('enter', { type: 'area', area: 'admin' }, '/admin');
  const [t, tr, format, users] = await Promise.all([
    getTranslations('admin'),
    getTranslations('nav.roles'),
    getFormatter(),
    db.user.findMany({ orderBy: [{ role: 'asc' }, { email: 'asc' }], select: { id: true, email: true, name: true, role: true, active: true, lastLoginAt: true } }),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <section aria-labelledby="users">
        <h2 id="users" className="mb-3 text-xl font-semibold">{t('usersTitle')}</h2>
        <DataTable
          columns={[{ label: t('emailColumn') }, { label: t('nameColumn') }, { label: t('roleColumn') }, { label: t('activeColumn') }, { label: t('lastLoginColumn') }, { label: t('actionsColumn'), srOnly: true }]}
        >
          {users.map((u) => (
            <Row key={u.id}>
              <Cell className="font-mono">{u.email}</Cell>
              <Cell>{u.name}</Cell>
              <Cell>{tr(u.role)}</Cell>
              <Cell>{u.active ? t('yes') : t('no')}</Cell>
              <Cell>{u.lastLoginAt ? format.dateTime(u.lastLoginAt, { dateStyle: 'medium', timeStyle: 'short' }) : t('never')}</Cell>
              <Cell>
                <Link href={`/admin/users/${u.id}`} className="text-brand-700 underline">
                  {t('manage')}
                  <span className="sr-only"> — {u.email}</span>
                </Link>
              </Cell>
            </Row>
          ))}
        </DataTable>
      </section>
    </div>
  );
}
