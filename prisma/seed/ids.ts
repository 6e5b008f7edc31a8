/**
 * Valid-looking Kazakh identifiers for the demo: BINs and IINs with the state's control
 * digit (lib/validation/kz-identifiers), and KZ IBANs with correct ISO 7064 check digits.
 */
import { createHash } from 'node:crypto';
import { withControlDigit } from '../../lib/validation/kz-identifiers';

/** BIN: YYMM of registration + '4' (resident legal entity) + '0' (head office) + 5-digit serial + control. */
export function makeBin(registeredOn: string, serial: number): string {
  const yymm = registeredOn.slice(2, 4) + registeredOn.slice(5, 7);
  for (let s = serial; s < serial + 100; s++) {
    const bin = withControlDigit(`${yymm}40${String(s % 100_000).padStart(5, '0')}`);
    if (bin) return bin;
  }
  throw new Error(`no BIN with a control digit near serial ${serial}`);
}

/** IIN: YYMMDD of birth + century/sex digit (3/4 = 1900s male/female, 5/6 = 2000s) + 4-digit serial + control. */
export function makeIin(birthDate: string, sex: 'M' | 'F', serial: number): string {
  const year = Number(birthDate.slice(0, 4));
  const centuryDigit = year >= 2000 ? (sex === 'M' ? 5 : 6) : sex === 'M' ? 3 : 4;
  const head = `${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}${centuryDigit}`;
  for (let s = serial; s < serial + 100; s++) {
    const iin = withControlDigit(`${head}${String(s % 10_000).padStart(4, '0')}`);
    if (iin) return iin;
  }
  throw new Error(`no IIN with a control digit near serial ${serial}`);
}

/** Kazakh banks used by the demo: 3-digit bank code inside the IBAN and the BIC. */
export const BANKS = {
  halyk: { nameKk: '«Қазақстан Халық Банкі» АҚ', nameRu: 'АО «Народный Банк Казахстана»', code: '601', bic: 'HSBKKZKX' },
  kaspi: { nameKk: '«Kaspi Bank» АҚ', nameRu: 'АО «Kaspi Bank»', code: '722', bic: 'CASPKZKA' },
  bcc: { nameKk: '«Банк ЦентрКредит» АҚ', nameRu: 'АО «Банк ЦентрКредит»', code: '856', bic: 'KCJBKZKX' },
  forte: { nameKk: '«ForteBank» АҚ', nameRu: 'АО «ForteBank»', code: '965', bic: 'IRTYKZKA' },
  jusan: { nameKk: '«First Heartland Jusan Bank» АҚ', nameRu: 'АО «First Heartland Jusan Bank»', code: '998', bic: 'TSESKZKA' },
  treasury: { nameKk: 'ҚР Қаржы министрлігінің Қазынашылық комитеті', nameRu: 'Комитет казначейства Министерства финансов РК', code: '070', bic: 'KKMFKZ2A' },
} as const;
export type BankKey = keyof typeof BANKS;

/** KZ IBAN (20 chars): 'KZ' + 2 check digits + 3-digit bank code + 13-char account. */
export function makeIban(bank: BankKey, account13: string): string {
  const bban = `${BANKS[bank].code}${account13.toUpperCase()}`;
  if (bban.length !== 16) throw new Error(`IBAN BBAN must be 16 chars, got ${bban}`);
  const numeric = `${bban}KZ00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  return `KZ${String(98 - rem).padStart(2, '0')}${bban}`;
}

export function sha256(value: unknown): string {
  return createHash('sha256').update(typeof value === 'string' ? value : JSON.stringify(value)).digest('hex');
}
