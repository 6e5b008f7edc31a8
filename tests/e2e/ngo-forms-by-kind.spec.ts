// The NGO side of the other mechanisms (issue 6): the same draft → autosave → frozen
// submission as the grant, through each kind's own form in the browser — a social-order
// technical specification with its bid (F-TS; a bid above the allocated amount is refused
// in the draft, the typed value is kept). The award nomination form is typed in
// award-operator-journey.spec.ts, before that journey closes the only open cycle.
import { expect, test } from '@playwright/test';
import { addItems, addRow, competitionId, fillByLabel, openTab, saveSection, startFromPublicPage } from './support/application-form';
import { withE2eDatabase } from './support/e2e-database';
import { submitApplication, uploadRequiredDocuments } from './support/ngo-submission';
import { signedIn } from './support/session';

test.describe('NGO application forms of the other mechanisms (issue 6)', () => {
  test('social order: the supplier fills the technical specification and the bid; a bid above the allocated amount is refused and kept', async ({ browser }) => {
    const id = await competitionId(`kind = 'SOCIAL_ORDER' AND status = 'OPEN' AND code LIKE 'SO-ALA-%'`);
    const ngo = await signedIn(browser, 'ngo2@demeu.kz');
    const applicationId = await startFromPublicPage(ngo, id, 1);
    await expect(ngo).toHaveURL(/\/sections\/tsGoals$/);

    await addItems(ngo, 'charterGoals', ['Қарт адамдарды әлеуметтік қолдау', 'Мүгедектігі бар адамдарға көмек', 'Еріктілер қозғалысын дамыту']);
    await fillByLabel(ngo, { 'Сатып алынатын қызметке сәйкестік негіздемесі': 'Жарғының 2.1–2.3-тармақтары үйде әлеуметтік қолдау көрсетуді қамтиды.' });
    await saveSection(ngo);

    await openTab(ngo, 'tsExperience');
    await fillByLabel(ngo, {
      'Ұқсас жобаларды орындау тәжірибесі': '2022–2025 жж. Шымкентте 3 жоба.',
      'Қызмет көрсету нарығындағы тәжірибе': 'Әлеуметтік қызметтер нарығында 6 жыл.',
      'Нарықтағы тәжірибе, жыл': '6',
    });
    await addRow(ngo, 'previousProjects', {
      'Жоба атауы және қысқаша сипаттамасы': 'Мейірімді аула',
      'Іске асыру мерзімі': '2023',
      'Тапсырыс беруші (донор) және география': 'Шымкент әкімдігі, Шымкент',
      'Құны, ₸': '12000000',
      Нәтижелері: '520 отбасы',
    });
    await saveSection(ngo);

    await openTab(ngo, 'tsTeam');
    await addRow(ngo, 'team', { 'Т.А.Ә.': 'Дина Ахметова', 'Жобадағы рөлі': 'Үйлестіруші', 'Біліктілігі мен тәжірибесі': 'Әлеуметтік қызметкер, 8 жыл' });
    await saveSection(ngo);

    await openTab(ngo, 'tsProject');
    await addItems(ngo, 'objectives', ['2027 жылдың желтоқсанына дейін 300 алушыға айына 8 рет үйде көмек көрсету']);
    await fillByLabel(ngo, { 'Іске асыру механизмі (әдістері)': 'Әлеуметтік қызметкерлер мен еріктілердің үйге келуі.', 'Тікелей қамту, адам': '300', 'Жанама қамту, адам': '1200' });
    await addRow(ngo, 'beneficiariesByCategory', { 'Нысаналы топ': 'Жалғыз тұратын қарт адамдар', 'Саны, адам': '300' });
    await saveSection(ngo);

    await openTab(ngo, 'tsPlans');
    await addRow(ngo, 'activityPlan', { 'Іс-шара (түрі мен атауы)': 'Қажеттіліктерді бағалау', 'Өту мерзімі (онкүндік)': 'қаңтардың 2-онкүндігі', 'Өтетін орны (елді мекен)': 'Алматы', 'Жауапты тұлға': 'Д. Ахметова' });
    await addRow(ngo, 'mediaPlan', { 'Іс-шара немесе жарияланым тақырыбы': 'Жоба басталды', 'Дайындауға жауапты': 'Д. Ахметова', 'БАҚ / әлеуметтік желі': 'Instagram', 'Болжалды жарияланым күні': '2027-01-20' });
    await saveSection(ngo);

    await openTab(ngo, 'tsIndicators');
    await addRow(ngo, 'indicators', { Деңгейі: { select: 'OUTPUT' }, Түрі: { select: 'QUANTITATIVE' }, 'Индикатор атауы': 'Қолдау алған адамдар', 'Өлшем бірлігі': 'адам', 'Мақсатты мәні': '300' });
    await addRow(ngo, 'risks', { Тәуекел: 'Алушылардың ауруы', 'Ықтималдығы, салдары және азайту стратегиясы': 'Медициналық қызметпен келісім' });
    await fillByLabel(ngo, { 'ҮЕҰ басшысының Т.А.Ә.': 'Гүлнар Тұрсынбекова' });
    await saveSection(ngo);

    await openTab(ngo, 'tsBid');
    const bid = ngo.getByLabel('Ұсынылатын баға, ₸', { exact: true });
    await bid.fill('36000001');
    await ngo.getByRole('button', { name: 'Сақтау', exact: true }).click();
    await expect(ngo.getByTestId('save-status')).toContainText('Сақталмады');
    await expect(bid).toHaveValue('36000001');
    await bid.fill('33000000');
    await saveSection(ngo);

    await uploadRequiredDocuments(ngo, applicationId);
    await submitApplication(ngo, applicationId);
    await expect(ngo.getByTestId('receipt-number')).toHaveText(/^S-\d{4}-\d{6}$/);
    const frozen = await withE2eDatabase(async (c) => (await c.query<{ bid: string; years: number }>(`SELECT "bidPriceKzt"::text AS bid, "marketExperienceYears" AS years FROM "Application" WHERE id = $1`, [applicationId])).rows[0]);
    expect(frozen).toEqual({ bid: '33000000', years: 6 });
    await ngo.context().close();
  });
});
