import { describe, expect, it } from 'vitest';
import { kzIbanFromBban, kzIbanProblem } from '@/lib/validation/iban';
import { organizationProfileSchema, type OrganizationProfileInput } from '@/lib/validation/organization-profile';

// Identifiers below were computed independently (Python big integers for IBAN mod 97,
// the state's two-pass mod-11 for IIN/BIN) and are hard-coded on purpose.
const HEAD_IIN = '841102308106'; // 1984-11-02, male, serial 0810, control 6
const FOUNDER_IIN = '790223408116'; // 1979-02-23, female
const ENTITY_BIN = '080340551209'; // 2008-03, resident legal entity, head office, serial 55120, control 9

const valid = (change: Partial<OrganizationProfileInput> = {}): OrganizationProfileInput => ({
  updatedAt: '2026-01-15T09:30:00.000Z',
  legalForm: 'PUBLIC_ASSOCIATION',
  nameKk: '«Жасыл қала» экологиялық қоғамдық бірлестігі',
  nameRu: 'Экологическое общественное объединение «Зелёный город»',
  registeredOn: '2014-04-17',
  charterSubjectKk: 'Экологиялық ағарту',
  charterSubjectRu: 'Экологическое просвещение',
  charterPurposeKk: '',
  charterPurposeRu: '',
  activityTypes: [{ value: 'Экологиялық ағарту және білім беру' }, { value: 'Қалалық көгалдандыру' }],
  regionCode: '75',
  legalAddress: '050008, Алматы қ., Абай даңғылы, 52',
  actualAddress: '',
  phone: '+7 727 355 12 40',
  email: ' Info@ZhasylQala.kz ',
  website: 'https://zhasylqala.kz',
  headFullName: 'Айгерім Нұрланқызы Сәрсенбаева',
  headPosition: 'Басқарма төрағасы',
  headIin: HEAD_IIN,
  founders: [
    { id: 'p1', kind: 'PERSON', fullName: 'Светлана Павловна Ли', identifier: FOUNDER_IIN, sharePercent: '' },
    { id: '', kind: 'ENTITY', fullName: '«Оңтүстік Жарық» ЖШС', identifier: ENTITY_BIN, sharePercent: '40' },
  ],
  bankName: 'АО «Народный Банк Казахстана»',
  iban: 'kz66 6010 0003 8751 2004',
  bic: 'hsbkkzkx',
  kbe: '18',
  ...change,
});

const errorsOf = (input: unknown) => {
  const result = organizationProfileSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.map(String).join('.'), i.message]));
};

describe('KZ IBAN (ISO 13616, mod 97)', () => {
  it.each([
    'KZ86125KZT5004100100', // the IBAN registry's example for Kazakhstan
    'KZ666010000387512004', // Halyk Bank (601) account 0000387512004
    'KZ178560000441872905', // Bank CenterCredit (856)
    'KZ18722S000012345678', // letters are allowed in the account part
  ])('accepts %s', (iban) => {
    expect(kzIbanProblem(iban)).toBeNull();
  });

  it.each([
    ['KZ676010000387512004', 'CHECKSUM'], // check digits off by one
    ['KZ666010000387512005', 'CHECKSUM'], // one account digit changed
    ['KZ666010000387521004', 'CHECKSUM'], // two digits swapped
    ['KZ66601000038751200', 'FORMAT'], // 19 characters
    ['KZ6660100003875120045', 'FORMAT'], // 21 characters
    ['RU666010000387512004', 'FORMAT'], // not a Kazakh account
    ['KZAB6010000387512004', 'FORMAT'], // check digits must be digits
    ['KZ66601000038751200!', 'FORMAT'],
  ] as const)('refuses %s (%s)', (iban, problem) => {
    expect(kzIbanProblem(iban)).toBe(problem);
  });

  it('ignores spaces and case, as people copy account numbers from bank letters', () => {
    expect(kzIbanProblem(' kz86 125k zt50 0410 0100 ')).toBeNull();
  });

  it('builds the check digits the same way a bank does', () => {
    expect(kzIbanFromBban('6010000387512004')).toBe('KZ666010000387512004');
    expect(kzIbanFromBban('125KZT5004100100')).toBe('KZ86125KZT5004100100');
  });
});

describe('organisation profile schema (same on client and server)', () => {
  it('accepts a complete profile and normalises it for storage', () => {
    const profile = organizationProfileSchema.parse(valid());
    expect(profile.iban).toBe('KZ666010000387512004');
    expect(profile.bic).toBe('HSBKKZKX');
    expect(profile.email).toBe('info@zhasylqala.kz');
    expect(profile.actualAddress).toBeNull();
    expect(profile.charterPurposeKk).toBeNull();
    expect(profile.founders[1]).toMatchObject({ kind: 'ENTITY', identifier: ENTITY_BIN, sharePercent: 40 });
    expect(profile.founders[0]!.sharePercent).toBeNull();
    expect(profile.activityTypes).toEqual([{ value: 'Экологиялық ағарту және білім беру' }, { value: 'Қалалық көгалдандыру' }]);
  });

  it('accepts empty optional bank details and head IIN', () => {
    const profile = organizationProfileSchema.parse(valid({ iban: '', bic: '', kbe: '', bankName: '', headIin: '' }));
    expect(profile).toMatchObject({ iban: null, bic: null, kbe: null, bankName: null, headIin: null });
  });

  it.each([
    [{ iban: 'KZ676010000387512004' }, 'iban', 'ibanChecksum'],
    [{ iban: 'KZ6660100003875' }, 'iban', 'ibanFormat'],
    [{ bic: 'HSBK' }, 'bic', 'bicFormat'],
    [{ bic: 'HSBKKZKX1' }, 'bic', 'bicFormat'], // 9 characters: neither 8 nor 11
    [{ kbe: '1' }, 'kbe', 'kbeFormat'],
    [{ kbe: '1A' }, 'kbe', 'kbeFormat'],
  ] as const)('bank details: %o → %s: %s', (change, field, code) => {
    expect(errorsOf(valid(change))[field]).toBe(code);
  });

  it('accepts an 11-character BIC with a branch code', () => {
    expect(organizationProfileSchema.safeParse(valid({ bic: 'HSBKKZKX001' })).success).toBe(true);
  });

  it.each([
    [{ headIin: '841102308107' }, 'headIin', 'iinChecksum'],
    [{ headIin: '84110230810' }, 'headIin', 'iinFormat'],
    [{ headIin: '841302308106' }, 'headIin', 'iinChecksum'], // month 13: not a birth date
  ] as const)('head IIN: %o → %s: %s', (change, field, code) => {
    expect(errorsOf(valid(change))[field]).toBe(code);
  });

  it('founders: an IIN for a person, a BIN for a legal entity, each checked by its control digit', () => {
    const founders = (identifier: string, kind: 'PERSON' | 'ENTITY') => valid({ founders: [{ id: '', kind, fullName: 'Құрылтайшы', identifier, sharePercent: '' }] });
    expect(errorsOf(founders(FOUNDER_IIN, 'PERSON'))).toEqual({});
    expect(errorsOf(founders(ENTITY_BIN, 'ENTITY'))).toEqual({});
    expect(errorsOf(founders('790223408117', 'PERSON'))['founders.0.identifier']).toBe('iinChecksum');
    expect(errorsOf(founders('080340551208', 'ENTITY'))['founders.0.identifier']).toBe('binChecksum');
    expect(errorsOf(founders('12345', 'ENTITY'))['founders.0.identifier']).toBe('binFormat');
    expect(errorsOf(founders('', 'PERSON'))['founders.0.identifier']).toBe('required');
  });

  it('founders: shares are whole percents that add up to at most 100, no founder twice', () => {
    const two = (a: string, b: string, secondId = ENTITY_BIN) =>
      valid({
        founders: [
          { id: '', kind: 'PERSON', fullName: 'А', identifier: FOUNDER_IIN, sharePercent: a },
          { id: '', kind: secondId === FOUNDER_IIN ? 'PERSON' : 'ENTITY', fullName: 'Б', identifier: secondId, sharePercent: b },
        ],
      });
    expect(errorsOf(two('60', '40'))).toEqual({});
    expect(errorsOf(two('60', '41')).founders).toBe('sharesOver100');
    expect(errorsOf(two('101', ''))['founders.0.sharePercent']).toBe('shareRange');
    expect(errorsOf(two('12.5', ''))['founders.0.sharePercent']).toBe('shareRange');
    expect(errorsOf(two('', '', FOUNDER_IIN))['founders.1.identifier']).toBe('duplicateFounder');
  });

  it('both names, kk and ru, are required', () => {
    expect(errorsOf(valid({ nameKk: '   ' }))).toEqual({ nameKk: 'required' });
    expect(errorsOf(valid({ nameRu: '' }))).toEqual({ nameRu: 'required' });
  });

  it.each(['POLITICAL_PARTY', 'TRADE_UNION', 'RELIGIOUS_ASSOCIATION', 'STATE_INSTITUTION'] as const)(
    'DB-8 / EL-1: legal form %s is refused with the reason',
    (legalForm) => {
      expect(errorsOf(valid({ legalForm }))).toEqual({ legalForm: 'legalFormNotNgo' });
    },
  );

  it('refuses an unknown legal form and an empty activity type', () => {
    expect(errorsOf(valid({ legalForm: 'LLP' as never })).legalForm).toBe('required');
    expect(errorsOf(valid({ activityTypes: [{ value: 'ok' }, { value: ' ' }] }))['activityTypes.1.value']).toBe('required');
  });

  it.each([
    [{ registeredOn: '2014-02-30' }, 'registeredOn', 'dateFormat'],
    [{ phone: 'call me' }, 'phone', 'phoneFormat'],
    [{ email: 'not-an-email' }, 'email', 'email'],
    [{ website: 'zhasylqala' }, 'website', 'urlFormat'],
    [{ headFullName: '' }, 'headFullName', 'required'],
    [{ regionCode: '' }, 'regionCode', 'required'],
  ] as const)('contacts and dates: %o → %s: %s', (change, field, code) => {
    expect(errorsOf(valid(change))[field]).toBe(code);
  });
});
