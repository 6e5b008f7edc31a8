// The award nomination's Annexes 1–3 and a recommendation, as an NGO fills them in: shared
// by the one-step nomination tests and the draft-form tests so both speak of the same NGO.
import { kzIbanFromBban } from '@/lib/validation/iban';

/** F-A1..F-A3 for the NGO with this BIN; `accountNo` makes its IBAN unique. */
export function awardAnnexes(bin: string, accountNo: number) {
  return {
    annex1: { addressee: 'ҚР Мәдениет және ақпарат министрлігі', applicantName: 'Марапат ҮЕҰ', fillDate: '2030-08-15', signatory: { fullName: 'Басшы', position: 'Төраға' } },
    annex2: {
      legalName: 'Марапат ҮЕҰ',
      registrationDate: '2015-03-02',
      bin,
      legalAddress: 'Астана, Мәңгілік Ел 8',
      actualAddress: 'Астана, Мәңгілік Ел 8',
      activitySubject: 'Азаматтық қоғамды дамыту',
      activityPurpose: 'ҮЕҰ-ды қолдау',
      head: { fullName: 'Басшы', position: 'Төраға', phone: '+7 701 111 11 11', email: 'head@example.kz' },
      bank: { name: '«Halyk Bank» АҚ', bic: 'HSBKKZKX', iban: kzIbanFromBban(`601A${String(accountNo).padStart(12, '0')}`) },
    },
    annex3: {
      contribution: '14 өңірде 600 қатысушы оқытылды.',
      experienceProjects: [{ name: 'Қоғамдық кеңес мектебі', period: '2028-02-01 — 2028-11-30', results: '620 қатысушы' }],
      innovations: 'Онлайн-трансляция',
    },
  };
}

/** AW-14: a recommendation with contact details (a phone unless `contact` says otherwise). */
export const awardRecommendation = (i: number, contact: { phone?: string; email?: string } = { phone: `+7 701 000 00 0${i}` }) => ({
  authorName: `Ұсынушы ${i}`,
  authorPosition: 'Төраға',
  authorOrganization: `«Қоғам ${i}» бірлестігі`,
  authorKind: 'NGO' as const,
  ...contact,
});
