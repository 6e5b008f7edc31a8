/**
 * The demo accounts created by the seed — printed by the demo command and the README.
 * Every demo account has the same password.
 */
export const DEMO_PASSWORD = 'demeu-demo-2026';

export const demoAccounts: { email: string; role: string; description: string }[] = [
  { email: 'admin@demeu.kz', role: 'ADMIN', description: 'Portal administrator (settings, calendar, users)' },
  {
    email: 'operator@demeu.kz',
    role: 'OPERATOR',
    description: 'Grant operator staff, НАО «Центр поддержки гражданских инициатив»; secretary of the grant commissions',
  },
  {
    email: 'ministry@demeu.kz',
    role: 'OPERATOR',
    description: 'Ministry of Culture and Information: grant plan owner, NGO award organiser',
  },
  {
    email: 'akimat@demeu.kz',
    role: 'OPERATOR',
    description: 'Almaty city Department of Employment and Social Programmes: social-order customer',
  },
  { email: 'ngo@demeu.kz', role: 'NGO', description: 'Head of «Жасыл қала» / «Зелёный город» (Almaty); has a draft in the open grant competition' },
  { email: 'ngo.staff@demeu.kz', role: 'NGO', description: 'Staff member of «Жасыл қала» / «Зелёный город» (Almaty)' },
  { email: 'ngo2@demeu.kz', role: 'NGO', description: 'Head of the charity foundation «Мейірім» (Shymkent)' },
  {
    email: 'ngo3@demeu.kz',
    role: 'NGO',
    description: 'Head of «Болашақ жастары» (Karaganda) — property under arrest, so not eligible (EL-1)',
  },
  { email: 'ngo4@demeu.kz', role: 'NGO', description: 'Head of the public foundation «Азаматтық диалог» / «Гражданский диалог» (Astana)' },
  { email: 'ngo5@demeu.kz', role: 'NGO', description: 'Head of «Ертіс келісімі» / «Согласие Прииртышья» (Pavlodar)' },
  { email: 'ngo6@demeu.kz', role: 'NGO', description: 'Head of «Алтай мұрасы» / «Наследие Алтая» (Oskemen) — grant winner with an agreement in progress' },
  { email: 'ngo7@demeu.kz', role: 'NGO', description: 'Head of «Денсаулық әлемі» / «Мир здоровья» (Aktobe) — NGO database report for last year missing' },
  { email: 'ngo8@demeu.kz', role: 'NGO', description: 'Head of «Арал балалары» / «Дети Арала» (Kyzylorda) — NGO database report for last year late' },
  { email: 'ngo9@demeu.kz', role: 'NGO', description: 'Head of the association «Қазақстан ҮЕҰ одағы» / «Союз НПО Казахстана» (Astana) — nominates experts' },
  { email: 'expert@demeu.kz', role: 'EXPERT', description: 'Expert (NGO-nominated); chair of the grant commissions' },
  { email: 'expert2@demeu.kz', role: 'EXPERT', description: 'Expert (NGO-nominated); deputy chair of the grant commissions' },
  {
    email: 'expert3@demeu.kz',
    role: 'EXPERT',
    description: 'Expert nominated by «Ертіс келісімі», which applied in the competition being scored (CI-1 conflict detected from data)',
  },
  {
    email: 'expert4@demeu.kz',
    role: 'EXPERT',
    description: 'Expert with a declared affiliation to «Мейірім» (board member); declared a conflict on its application',
  },
  { email: 'expert5@demeu.kz', role: 'EXPERT', description: 'Expert (NGO-nominated); member of the commission of the finished competition' },
  { email: 'expert6@demeu.kz', role: 'EXPERT', description: 'Expert (operator-nominated, not an operator employee); member of both grant commissions' },
  { email: 'expert7@demeu.kz', role: 'EXPERT', description: 'Expert with only 1 year in the direction — not selectable for a commission (CM-1)' },
  { email: 'expert8@demeu.kz', role: 'EXPERT', description: 'Operator employee in the register — barred from commissions (GC-9)' },
];
