import { expect, test } from '@playwright/test';
import { expectAccessible, signedIn } from './support/session';

// The demo's COMPLETED social-order agreement (prisma/seed/post-award-monitoring.ts) of last year.
const AGREEMENT = `ӘТ-${new Date().getFullYear() - 1}-021/2`;
const EXPERT_NAME = 'Қанат Әлібекұлы Омаров'; // expert@, no conflict with anyone in the demo
const CRITERIA_KK = ['Өзектілігі', 'Жоспардың орындалуы', 'Нәтижесі', 'Жалғастыру ықтималдығы', 'Ұзақ мерзімді оң әлеуметтік әсер', 'Нысаналы топтың қанағаттануы', 'Қаражаттың мақсатты пайдаланылуы'];

test('completion evaluation: the operator forms the council, the expert declares no conflict and scores, the operator publishes the preliminary report, a signed-in user comments (§3.4)', async ({ browser }) => {
  // 1. The operator forms the council from the register (COMPLETED → UNDER_EVALUATION).
  const operator = await signedIn(browser, 'operator@demeu.kz');
  await operator.goto('/operator/evaluations');
  await operator.getByTestId('evaluations-waiting').getByRole('link', { name: `${AGREEMENT} шарты бойынша кеңес құру` }).click();
  await expect(operator.getByRole('heading', { level: 1 })).toContainText(AGREEMENT);
  await operator.getByRole('checkbox', { name: new RegExp(EXPERT_NAME) }).check();
  await operator.getByRole('button', { name: 'Кеңесті құру және бағалауды бастау' }).click();
  await operator.getByRole('link', { name: 'Кеңес құрылған — бағалауды ашу' }).click();
  await expect(operator).toHaveURL(/\/operator\/evaluations\/[^/]+$/);
  const evaluationId = operator.url().split('/').pop()!;
  await expect(operator.getByTestId('council')).toContainText('хабарлама берілмеген');

  // 2. The expert first declares no conflict (L3367–3372), then scores 1–5 per criterion.
  const expert = await signedIn(browser, 'expert@demeu.kz');
  await expert.goto(`/expert/evaluations/${evaluationId}`);
  await expect(expert.getByRole('button', { name: 'Бағаларға қол қою' })).toHaveCount(0);
  await expert.getByRole('radio', { name: 'Мүдделер қақтығысы жоқ' }).check();
  await expert.getByRole('button', { name: 'Хабарламаны жіберу' }).click();
  await expect(expert.getByTestId('coi-clean')).toBeVisible();
  for (const label of CRITERIA_KK) await expert.getByLabel(label, { exact: true }).selectOption('4');
  await expectAccessible(expert, 'expert score sheet');
  await expert.getByRole('button', { name: 'Бағаларға қол қою' }).click();
  await expect(expert.getByTestId('score-sheet')).toContainText('жиыны 28');

  // 3. The operator publishes the preliminary report; the discussion opens (EV-3, EV-4).
  await operator.reload();
  await expect(operator.getByTestId('evaluation-status')).toContainText('Бағаланды');
  await expect(operator.getByTestId('due-preliminary')).toBeVisible();
  await operator.getByLabel('Есеп мәтіні (қазақша)').fill('Жоба мақсаттарына толық қол жеткізілді: 300 қарт адам үйде тұрақты көмек алды.');
  await operator.getByLabel('Есеп мәтіні (орысша)').fill('Цели проекта достигнуты: 300 пожилых людей регулярно получали помощь на дому.');
  await operator.getByRole('button', { name: 'Алдын ала есепті жариялау' }).click();
  await expect(operator.getByTestId('evaluation-status')).toContainText('Қоғамдық талқылау');
  await expect(operator.getByTestId('due-discussion')).toBeVisible();

  // 4. A signed-in user comments on the public page during the window.
  const visitor = await signedIn(browser, 'ngo@demeu.kz');
  await visitor.goto(`/evaluations/${evaluationId}`);
  await expect(visitor.getByTestId('discussion-window')).toContainText('ашық');
  await visitor.getByLabel('Пікіріңіз').fill('Нәтижелерді аудандар бойынша бөліп көрсетуді ұсынамыз.');
  await visitor.getByRole('button', { name: 'Пікір жіберу' }).click();
  await expect(visitor.getByTestId('comments')).toContainText('Нәтижелерді аудандар бойынша бөліп көрсетуді ұсынамыз.');
  await expectAccessible(visitor, 'public evaluation page');

  // The operator sees it waiting for an answer (EV-5).
  await operator.reload();
  await expect(operator.getByRole('button', { name: 'Жауап беру' })).toBeVisible();
});
