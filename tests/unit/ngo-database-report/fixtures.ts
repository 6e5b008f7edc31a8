import type { NgoDatabaseReportForm } from '@/lib/validation/ngo-database-report';

/** A report every required field of which is filled in both languages (IIN 900101300017 is valid). */
export function completeReport(): NgoDatabaseReportForm {
  return {
    general: {
      legalAddress: { kk: 'Ақтөбе қ., Әбілқайыр хан даңғылы, 40', ru: 'г. Актобе, пр. Абулхаир хана, 40' },
      headFullName: { kk: 'Сәуле Жұмабаева', ru: 'Сауле Жумабаева' },
      activities: { kk: 'Салауатты өмір салтын насихаттау', ru: 'Пропаганда здорового образа жизни' },
      branches: { kk: '', ru: '' },
      staffCount: 7,
      volunteersCount: 40,
      beneficiariesCount: 1200,
    },
    founders: { items: [{ name: { kk: 'Сәуле Жұмабаева', ru: 'Сауле Жумабаева' }, identifier: '900101300017', sharePercent: null }] },
    property: { items: [{ description: { kk: 'Ноутбуктер', ru: 'Ноутбуки' }, valueKzt: 1_200_000 }] },
    finances: {
      sources: [
        { type: 'STATE_GRANT', note: { kk: '', ru: '' }, amountKzt: 15_000_000 },
        { type: 'MEMBERSHIP_FEES', note: { kk: 'Жарналар', ru: 'Взносы' }, amountKzt: 300_000 },
      ],
      spending: [{ direction: { kk: 'Әлеуметтік жоба', ru: 'Социальный проект' }, amountKzt: 14_000_000 }],
    },
    projects: {
      items: [
        {
          title: { kk: 'Денсаулық мектебі', ru: 'Школа здоровья' },
          customer: { kk: 'АБҚО', ru: 'ЦПГИ' },
          amountKzt: 15_000_000,
          startDate: '2025-03-01',
          endDate: '2025-11-30',
        },
      ],
    },
    balance: { assetsKzt: 5_000_000, liabilitiesKzt: 1_500_000 },
  };
}
