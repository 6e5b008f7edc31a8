/**
 * People behind the demo accounts (names, IINs, phones) and the organisations' cabinets
 * they belong to. Every demo account is in demoAccounts (demo-accounts.ts).
 */
import type { Locale, OrgMemberRole, Role } from '../../lib/generated/prisma/client';

export type OrgKey = 'operator' | 'ministry' | 'akimat' | 'n1' | 'n2' | 'n3' | 'n4' | 'n5' | 'n6' | 'n7' | 'n8' | 'n9';
export const NGO_KEYS = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9'] as const;
export type NgoKey = (typeof NGO_KEYS)[number];

export interface PersonSeed {
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  birthDate: string;
  sex: 'M' | 'F';
  iinSerial: number;
  phone: string;
  membership?: { org: OrgKey; role: OrgMemberRole; position: string };
}

export const PEOPLE: readonly PersonSeed[] = [
  { email: 'admin@demeu.kz', name: 'Ерлан Сейітов', role: 'ADMIN', locale: 'ru', birthDate: '1985-02-14', sex: 'M', iinSerial: 1101, phone: '+7 701 100 20 30' },
  {
    email: 'operator@demeu.kz',
    name: 'Динара Болатқызы Қасымова',
    role: 'OPERATOR',
    locale: 'kk',
    birthDate: '1990-07-03',
    sex: 'F',
    iinSerial: 2231,
    phone: '+7 702 455 18 90',
    membership: { org: 'operator', role: 'STAFF', position: 'Гранттық бағдарламалар департаментінің бас менеджері' },
  },
  {
    email: 'ministry@demeu.kz',
    name: 'Бауыржан Ерікұлы Оспанов',
    role: 'OPERATOR',
    locale: 'kk',
    birthDate: '1982-11-21',
    sex: 'M',
    iinSerial: 3341,
    phone: '+7 7172 74 05 12',
    membership: { org: 'ministry', role: 'STAFF', position: 'Азаматтық қоғам істері комитеті басқармасының басшысы' },
  },
  {
    email: 'akimat@demeu.kz',
    name: 'Гүлнар Сәкенқызы Әбдірахманова',
    role: 'OPERATOR',
    locale: 'ru',
    birthDate: '1979-05-09',
    sex: 'F',
    iinSerial: 4452,
    phone: '+7 727 271 66 40',
    membership: { org: 'akimat', role: 'STAFF', position: 'Әлеуметтік тапсырыс бөлімінің басшысы' },
  },
  {
    email: 'ngo@demeu.kz',
    name: 'Айгерім Нұрланқызы Сәрсенбаева',
    role: 'NGO',
    locale: 'kk',
    birthDate: '1986-03-18',
    sex: 'F',
    iinSerial: 5011,
    phone: '+7 705 312 44 17',
    membership: { org: 'n1', role: 'HEAD', position: 'Басқарма төрағасы' },
  },
  {
    email: 'ngo.staff@demeu.kz',
    name: 'Тимур Серікұлы Жақсылықов',
    role: 'NGO',
    locale: 'ru',
    birthDate: '1994-09-27',
    sex: 'M',
    iinSerial: 5122,
    phone: '+7 707 918 02 55',
    membership: { org: 'n1', role: 'STAFF', position: 'Жоба үйлестірушісі' },
  },
  {
    email: 'ngo2@demeu.kz',
    name: 'Ғалымжан Бекұлы Төлеуов',
    role: 'NGO',
    locale: 'kk',
    birthDate: '1975-12-02',
    sex: 'M',
    iinSerial: 5233,
    phone: '+7 701 744 61 08',
    membership: { org: 'n2', role: 'HEAD', position: 'Қор президенті' },
  },
  {
    email: 'ngo3@demeu.kz',
    name: 'Санжар Маратұлы Ибраев',
    role: 'NGO',
    locale: 'ru',
    birthDate: '1991-06-15',
    sex: 'M',
    iinSerial: 5344,
    phone: '+7 700 520 37 19',
    membership: { org: 'n3', role: 'HEAD', position: 'Төраға' },
  },
  {
    email: 'ngo4@demeu.kz',
    name: 'Әсем Қайратқызы Байжанова',
    role: 'NGO',
    locale: 'kk',
    birthDate: '1983-01-30',
    sex: 'F',
    iinSerial: 5455,
    phone: '+7 701 233 90 14',
    membership: { org: 'n4', role: 'HEAD', position: 'Директор' },
  },
  {
    email: 'ngo5@demeu.kz',
    name: 'Нұржан Ерболұлы Сапаров',
    role: 'NGO',
    locale: 'ru',
    birthDate: '1978-08-11',
    sex: 'M',
    iinSerial: 5566,
    phone: '+7 705 611 28 73',
    membership: { org: 'n5', role: 'HEAD', position: 'Төраға' },
  },
  {
    email: 'ngo6@demeu.kz',
    name: 'Жанар Төлегенқызы Мұқанова',
    role: 'NGO',
    locale: 'kk',
    birthDate: '1980-04-22',
    sex: 'F',
    iinSerial: 5677,
    phone: '+7 777 402 15 66',
    membership: { org: 'n6', role: 'HEAD', position: 'Директор' },
  },
  {
    email: 'ngo7@demeu.kz',
    name: 'Дәурен Асқарұлы Есенов',
    role: 'NGO',
    locale: 'kk',
    birthDate: '1988-10-05',
    sex: 'M',
    iinSerial: 5788,
    phone: '+7 708 155 47 20',
    membership: { org: 'n7', role: 'HEAD', position: 'Төраға' },
  },
  {
    email: 'ngo8@demeu.kz',
    name: 'Мәдина Ержанқызы Құдайбергенова',
    role: 'NGO',
    locale: 'kk',
    birthDate: '1987-02-08',
    sex: 'F',
    iinSerial: 5899,
    phone: '+7 702 318 84 02',
    membership: { org: 'n8', role: 'HEAD', position: 'Директор' },
  },
  {
    email: 'ngo9@demeu.kz',
    name: 'Ерлан Бақытжанұлы Жолдасов',
    role: 'NGO',
    locale: 'ru',
    birthDate: '1972-07-19',
    sex: 'M',
    iinSerial: 5911,
    phone: '+7 701 900 12 12',
    membership: { org: 'n9', role: 'HEAD', position: 'Атқарушы директор' },
  },
  { email: 'expert@demeu.kz', name: 'Қанат Әлібекұлы Омаров', role: 'EXPERT', locale: 'kk', birthDate: '1974-03-12', sex: 'M', iinSerial: 7011, phone: '+7 701 511 23 45' },
  { email: 'expert2@demeu.kz', name: 'Лаура Сейітқызы Ахметова', role: 'EXPERT', locale: 'ru', birthDate: '1981-09-01', sex: 'F', iinSerial: 7122, phone: '+7 705 622 34 56' },
  { email: 'expert3@demeu.kz', name: 'Ерболат Жұмаұлы Нұрпейісов', role: 'EXPERT', locale: 'kk', birthDate: '1969-12-25', sex: 'M', iinSerial: 7233, phone: '+7 701 733 45 67' },
  { email: 'expert4@demeu.kz', name: 'Сәуле Бекенқызы Тұрсынова', role: 'EXPERT', locale: 'kk', birthDate: '1977-06-30', sex: 'F', iinSerial: 7344, phone: '+7 707 844 56 78' },
  { email: 'expert5@demeu.kz', name: 'Арман Талғатұлы Дүйсенов', role: 'EXPERT', locale: 'ru', birthDate: '1985-10-17', sex: 'M', iinSerial: 7455, phone: '+7 700 955 67 89' },
  { email: 'expert6@demeu.kz', name: 'Меруерт Сабитқызы Исаева', role: 'EXPERT', locale: 'kk', birthDate: '1971-01-09', sex: 'F', iinSerial: 7566, phone: '+7 701 066 78 90' },
  { email: 'expert7@demeu.kz', name: 'Ділназ Ғаниқызы Рахимова', role: 'EXPERT', locale: 'kk', birthDate: '1998-05-14', sex: 'F', iinSerial: 7677, phone: '+7 747 177 89 01' },
  { email: 'expert8@demeu.kz', name: 'Нұрлан Серікұлы Әбенов', role: 'EXPERT', locale: 'ru', birthDate: '1989-08-28', sex: 'M', iinSerial: 7788, phone: '+7 702 288 90 12' },
];
