import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { addCalendarDays, prepaymentCap } from '@/lib/rules';
import { defaultReportingSchedule } from '@/lib/rules/agreements';
import { prepaymentShareOf } from '@/lib/services/agreements/agreement-settings';
import { dateToDay } from '@/lib/services/agreements/dates';
import { agreementFormat } from '@/components/agreements/format';
import { GenerateAgreementForm } from '@/components/agreements/generate-agreement-form';

export const dynamic = 'force-dynamic';

/**
 * "Generate agreement" for a winning application (stage 7): the form prefilled with the lot's
 * period, the default reporting schedule and the default tranche plan (prepayment at the MO-1
 * cap, 20% after the final report, the rest after the interim report). Operator staff only.
 */
export default async function NewAgreementPage({ searchParams }: { searchParams: Promise<{ applicationId?: string }> }) {
  const { applicationId } = await searchParams;
  await requirePermission('enter', { type: 'area', area: 'operator' }, '/operator/agreements');
  if (!applicationId) notFound();
  const app = await db.application.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      status: true,
      requestedKzt: true,
      bidPriceKzt: true,
      projectTitleKk: true,
      projectTitleRu: true,
      agreement: { select: { id: true } },
      organization: { select: { nameKk: true, nameRu: true, bin: true } },
      lot: { select: { periodStart: true, periodEnd: true } },
      competition: { select: { kind: true, code: true, titleKk: true, titleRu: true, prepaymentMaxPercent: true } },
    },
  });
  if (!app || app.status !== 'WINNER' || (app.competition.kind !== 'GRANT' && app.competition.kind !== 'SOCIAL_ORDER')) notFound();
  const [t, f] = await Promise.all([getTranslations('agreements'), agreementFormat()]);
  if (app.agreement) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">{t('generate.title')}</h1>
        <p>
          <Link className="text-brand-700 underline" href={`/operator/agreements/${app.agreement.id}`}>
            {t('generate.exists')}
          </Link>
        </p>
      </div>
    );
  }
  const kind = app.competition.kind;
  const amount = Number((kind === 'GRANT' ? app.requestedKzt : app.bidPriceKzt) ?? 0n);
  const share = prepaymentShareOf(kind, app.competition.prepaymentMaxPercent);
  const cap = prepaymentCap(kind, amount, share.share);
  const final = Math.floor(amount / 5);
  const interim = amount - cap - final;
  const today = dateToDay(new Date());
  const start = app.lot?.periodStart && dateToDay(app.lot.periodStart) > today ? dateToDay(app.lot.periodStart) : addCalendarDays(today, 14);
  const end = app.lot?.periodEnd && dateToDay(app.lot.periodEnd) > start ? dateToDay(app.lot.periodEnd) : addCalendarDays(start, 300);
  const schedule = defaultReportingSchedule(start, end);
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/operator/agreements" className="text-brand-700 underline">
          {t('detail.back')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t('generate.title')}</h1>
      <section className="rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="winner-facts">
        <h2 id="winner-facts" className="mb-2 text-xl font-semibold">
          {t('generate.winner')}
        </h2>
        <p>{t('detail.party', { name: f.text({ kk: app.organization.nameKk, ru: app.organization.nameRu }), bin: app.organization.bin })}</p>
        <p>{[app.competition.code, f.text({ kk: app.competition.titleKk, ru: app.competition.titleRu })].filter(Boolean).join(' — ')}</p>
        <p>{f.text({ kk: app.projectTitleKk, ru: app.projectTitleRu })}</p>
        <p className="font-semibold">{t('generate.amount', { kind, amount: f.money(amount) })}</p>
        <p className="text-sm text-slate-600">{t('generate.fromApplication')}</p>
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <GenerateAgreementForm
          defaults={{
            applicationId: app.id,
            periodStart: start,
            periodEnd: end,
            interimDueOn: schedule.interim.dueOn,
            finalDueOn: schedule.final.dueOn,
            prepaymentKzt: String(cap),
            interimTrancheKzt: String(interim),
            finalTrancheKzt: String(final),
          }}
          capText={t('generate.capText', { percent: share.percent, cap: f.money(cap), amount: f.money(amount) })}
        />
      </section>
    </div>
  );
}
