import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { withE2eDatabase } from './support/e2e-database';
import { expectAccessible, signedIn } from './support/session';

const PDF = path.resolve(import.meta.dirname, '../fixtures/files/charter.pdf');

/** The seeded grant agreement («ГК-…-047», 3 tranches) and its interim creative report, with the NGO head who fills it. */
async function seededReport(): Promise<{ agreementId: string; reportId: string; ngoEmail: string }> {
  // Only to know which agreement and report to open (the pages are then reached through the agreement page's links).
  return withE2eDatabase(async (db) => {
    const { rows } = await db.query<{ agreement_id: string; report_id: string; email: string }>(
      `SELECT a.id AS agreement_id, r.id AS report_id, u.email
         FROM "Report" r JOIN "Agreement" a ON a.id = r."agreementId"
         JOIN "OrganizationMembership" m ON m."organizationId" = a."organizationId" AND m.role = 'HEAD' AND m."endedAt" IS NULL
         JOIN "User" u ON u.id = m."userId"
        WHERE r.kind = 'INTERIM' AND r.type = 'CREATIVE' AND r.status = 'DRAFT' AND a.number LIKE 'ГК-%-047'
        LIMIT 1`,
    );
    const row = rows[0];
    if (!row) throw new Error('the seeded interim creative report is missing');
    return { agreementId: row.agreement_id, reportId: row.report_id, ngoEmail: row.email };
  });
}

const section = (page: Page, key: string) => page.getByTestId(`section-${key}`);
async function saveSection(page: Page, key: string) {
  await page.getByTestId(`save-${key}`).click();
  await expect(page.getByTestId(`save-status-${key}`)).toHaveText('Сақталды');
}
const addRow = (scope: Locator, table: string) => scope.getByRole('region', { name: table }).getByRole('button', { name: '+ Жол қосу' }).click();

test.describe('interim report review journey (issue 7 — reports)', () => {
  test('the NGO submits its interim report with indicator values and evidence; the operator returns one section; the NGO fixes it and resubmits; the operator accepts; the report is frozen and the next tranche is released', async ({ browser }) => {
    test.setTimeout(180_000);
    const { agreementId, reportId, ngoEmail } = await seededReport();
    const ngoUrl = `/ngo/agreements/${agreementId}/reports/${reportId}`;
    const operatorUrl = `/operator/agreements/${agreementId}/reports/${reportId}`;

    // Before the report: the 2nd tranche (released on the interim creative report's acceptance) cannot be released.
    const operator = await signedIn(browser, 'operator@demeu.kz');
    await operator.goto(`/operator/agreements/${agreementId}`);
    await expect(operator.getByTestId('tranche-2')).toBeVisible();
    await expect(operator.getByRole('button', { name: 'Траншты аудару №2' })).toHaveCount(0);

    // The NGO opens the report from its agreement page.
    const ngo = await signedIn(browser, ngoEmail);
    await ngo.goto(`/ngo/agreements/${agreementId}`);
    await ngo.getByTestId('agreement-reports').locator(`a[href="${ngoUrl}"]`).click();
    await expect(ngo).toHaveURL(ngoUrl);
    await expect(ngo.getByRole('heading', { level: 1, name: 'Аралық шығармашылық есеп №1' })).toBeVisible();
    await expect(ngo.getByTestId('report-status')).toHaveText('Жоба (толтырылуда)');

    // Sending too early is refused, naming the incomplete sections.
    await ngo.getByRole('button', { name: 'Есепті жіберу' }).click();
    await expect(ngo.getByTestId('submit-error')).toContainText('Есеп жіберілмеді');
    await expect(ngo.getByTestId('submit-error')).toContainText('Жобаның бастапқы жағдайы');

    // F-IR 1: the baseline (1st interim report).
    await section(ngo, 'rpBaseline').getByLabel('Жоба басталған кездегі бастапқы жағдайдың сандық және сапалық сипаттамасы', { exact: true }).fill('Жоба басында бірде-бір мұра объектісі цифрланбаған еді.');
    await saveSection(ngo, 'rpBaseline');

    // F-IR 2: activities plan vs. actual, and the work done per task.
    const activities = section(ngo, 'rpActivities');
    await addRow(activities, 'Іс-шаралар кестесі');
    await activities.getByLabel('Іс-шара атауы', { exact: true }).fill('Мұра объектілерін 3D-түсіру');
    await activities.getByLabel('Іс-шара түрі', { exact: true }).selectOption('other');
    await activities.getByLabel('Өткізілген орны', { exact: true }).fill('Өскемен');
    await activities.getByLabel('Жоспарланған күні', { exact: true }).fill('2026-10-01');
    await activities.getByLabel('Қатысушылар саны — жоспар', { exact: true }).fill('20');
    await activities.getByLabel('Қатысушылар саны — факт (міндетті емес)', { exact: true }).fill('22');
    await addRow(activities, 'Орындалған жұмыстар (қадамдар / тапсырмалар)');
    await activities.getByLabel('Орындалған жұмыстың сипаттамасы', { exact: true }).fill('27 мұра объектісі 3D-форматта түсірілді.');
    await activities.getByLabel('Талдау: сәттілік немесе сәтсіздік және себептері', { exact: true }).fill('Осылайша жоспардың 68%-ы орындалды.');
    await activities.getByLabel('Нәтижесінде болған сапалық өзгерістер', { exact: true }).fill('Нәтижесінде онлайн-картаның бета-нұсқасы іске қосылды.');
    await saveSection(ngo, 'rpActivities');
    await expect(ngo.getByTestId('complete-rpActivities')).toBeVisible();

    // Indicators: the agreement's targets, the actual values of this period.
    const indicators = section(ngo, 'rpIndicators');
    await indicators.getByLabel(/^Цифрландырылған мұра объектілері/).fill('27');
    await indicators.getByLabel(/^Онлайн-картаның бірегей келушілері/).fill('6200');
    await indicators.getByLabel(/^Жергілікті қауымдастықтардың қанағаттануы/).fill('4');
    await saveSection(ngo, 'rpIndicators');
    await expect(ngo.getByTestId('complete-rpIndicators')).toBeVisible();

    // Beneficiaries by category and sex.
    const beneficiaries = section(ngo, 'rpBeneficiaries');
    await addRow(beneficiaries, 'Санаттар бойынша қызмет алушылар');
    await beneficiaries.getByLabel('Санат (нысаналы топ)', { exact: true }).fill('Жергілікті тұрғындар');
    await beneficiaries.getByLabel('Қызмет алушылар саны', { exact: true }).fill('22');
    await beneficiaries.getByLabel('Ерлер', { exact: true }).fill('10');
    await beneficiaries.getByLabel('Әйелдер', { exact: true }).fill('12');
    await saveSection(ngo, 'rpBeneficiaries');

    await section(ngo, 'rpProblems').getByLabel('Анықталған проблемалар мен қиындықтар, қабылданған шаралар', { exact: true }).fill('Жабдық кешікті.');
    await saveSection(ngo, 'rpProblems');

    const signoff = section(ngo, 'rpSignoff');
    await signoff.getByLabel('Жоба жетекшісінің аты-жөні', { exact: true }).fill('Ерлан Тоқтаров');
    await signoff.getByLabel('Байланыс телефоны', { exact: true }).fill('+7 701 555 44 33');
    await signoff.getByLabel('Күні', { exact: true }).fill('2026-11-20');
    await saveSection(ngo, 'rpSignoff');

    // F-EV: the event's programme and participant list (uploaded files).
    const evidence = section(ngo, 'rpEvidence');
    await expect(evidence.getByTestId('evidence-1-programme')).toContainText('жоқ');
    const uploadForm = evidence.getByTestId('upload-event-1');
    await uploadForm.getByLabel('Құжат түрі').selectOption({ label: 'Іс-шара бағдарламасы' });
    await uploadForm.getByLabel('Файл', { exact: true }).setInputFiles(PDF);
    await uploadForm.getByRole('button', { name: 'Жүктеу' }).click();
    await expect(evidence.getByTestId('evidence-1-programme')).toContainText('charter.pdf');
    await uploadForm.getByLabel('Құжат түрі').selectOption({ label: 'Қатысушылар тізімі (аты-жөні, жұмыс/оқу орны, байланыс, қолы)' });
    await uploadForm.getByLabel('Файл', { exact: true }).setInputFiles(PDF);
    await uploadForm.getByRole('button', { name: 'Жүктеу' }).click();
    await expect(evidence.getByTestId('evidence-1-participantList')).toContainText('charter.pdf');
    await expect(ngo.getByTestId('complete-rpEvidence')).toBeVisible();
    await expectAccessible(ngo, 'NGO report editor');

    await ngo.getByRole('button', { name: 'Есепті жіберу' }).click();
    await expect(ngo.getByTestId('report-status')).toHaveText('Жіберілді');
    await expect(ngo.getByTestId('save-rpProblems')).toHaveCount(0);

    // The operator opens the report from the agreement page, starts the review and returns one section with a comment.
    await operator.goto(`/operator/agreements/${agreementId}`);
    await operator.getByTestId('agreement-reports').locator(`a[href="${operatorUrl}"]`).click();
    await expect(operator).toHaveURL(operatorUrl);
    await operator.getByRole('button', { name: 'Қарауды бастау' }).click();
    await expect(operator.getByTestId('report-status')).toHaveText('Қаралуда');
    await expect(section(operator, 'rpIndicators').getByLabel(/^Цифрландырылған мұра объектілері/)).toHaveValue('27');
    await operator.getByRole('button', { name: 'Ескертулермен қайтару' }).click();
    await expect(operator.getByTestId('review-error')).toContainText('кемінде бір бөлімге ескерту');
    await operator.getByLabel('«Проблемалар мен түзетулер» бөліміне ескерту').fill('Қабылданған шараларды нақтылаңыз.');
    await expectAccessible(operator, 'operator review');
    await operator.getByRole('button', { name: 'Ескертулермен қайтару' }).click();
    await expect(operator.getByTestId('report-status')).toHaveText('Пысықтауға қайтарылды');

    // The NGO sees the comment on that section, fixes it and sends the report again.
    await ngo.reload();
    await expect(ngo.getByTestId('report-status')).toHaveText('Пысықтауға қайтарылды');
    await expect(section(ngo, 'rpProblems').getByTestId('comment-rpProblems')).toContainText('Қабылданған шараларды нақтылаңыз.');
    await section(ngo, 'rpProblems').getByLabel('Анықталған проблемалар мен қиындықтар, қабылданған шаралар', { exact: true }).fill('Жабдық кешікті; жеткізушімен жаңа мерзім келісілді, түсірілім 2 аптаға жылжытылды.');
    await saveSection(ngo, 'rpProblems');
    await ngo.getByRole('button', { name: 'Қайта жіберу' }).click();
    await expect(ngo.getByTestId('report-status')).toHaveText('Жіберілді');
    await expect(ngo.getByTestId('comment-rpProblems')).toHaveCount(0);

    // The operator accepts; the report is frozen for the NGO.
    await operator.reload();
    await operator.getByRole('button', { name: 'Қарауды бастау' }).click();
    await expect(operator.getByTestId('report-status')).toHaveText('Қаралуда');
    await operator.getByRole('button', { name: 'Есепті қабылдау' }).click();
    await expect(operator.getByTestId('report-status')).toHaveText('Қабылданды');

    await ngo.reload();
    await expect(ngo.getByTestId('report-status')).toHaveText('Қабылданды');
    await expect(ngo.getByTestId('report-status-note')).toContainText('оны енді өзгертуге болмайды');
    await expect(ngo.getByRole('button', { name: 'Бөлімді сақтау' })).toHaveCount(0);
    await expect(ngo.getByRole('button', { name: 'Жүктеу' })).toHaveCount(0);

    // The accepted report makes the next tranche releasable (agreements' rule, MO-1): the operator releases it.
    await operator.goto(`/operator/agreements/${agreementId}`);
    await operator.getByTestId('tranche-2').getByRole('button', { name: 'Траншты аудару №2' }).click();
    await expect(operator.getByTestId('tranche-2-status')).toContainText('Аударылды');
  });
});
