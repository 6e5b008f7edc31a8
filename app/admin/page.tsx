import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';

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
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-3">{t('emailColumn')}</th>
                <th scope="col" className="p-3">{t('nameColumn')}</th>
                <th scope="col" className="p-3">{t('roleColumn')}</th>
                <th scope="col" className="p-3">{t('activeColumn')}</th>
                <th scope="col" className="p-3">{t('lastLoginColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className="border-t border-slate-200">
                  <td className="p-3 font-mono">{u.email}</td>
                  <td className="p-3">{u.name}</td>
                  <td className="p-3">{tr(u.role)}</td>
                  <td className="p-3">{u.active ? t('yes') : t('no')}</td>
                  <td className="p-3">{u.lastLoginAt ? format.dateTime(u.lastLoginAt, { dateStyle: 'medium', timeStyle: 'short' }) : t('never')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
