// ЖСК/ИИК — a Kazakh bank account in IBAN form (ISO 13616): 'KZ', two check digits, then
// 16 alphanumerics (3-digit bank code + 13-character account). The check digits make the
// whole number ≡ 1 (mod 97) once the country code and check digits are moved to the end
// and letters are replaced by 10..35 (ISO 7064 MOD 97-10).

export type IbanProblem = 'FORMAT' | 'CHECKSUM';

/** The IBAN as stored: spaces removed, upper case. */
export const normalizeIban = (raw: string) => raw.replace(/\s+/g, '').toUpperCase();

/** Remainder mod 97 of the rearranged IBAN, computed digit by digit (no big integers needed). */
export function ibanMod97(iban: string): number {
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`;
  const numeric = rearranged.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const ch of numeric) remainder = (remainder * 10 + Number(ch)) % 97;
  return remainder;
}

/** Why this is not a KZ IBAN, or null when it is one. */
export function kzIbanProblem(raw: string): IbanProblem | null {
  const value = normalizeIban(raw);
  if (!/^KZ\d{2}[A-Z0-9]{16}$/.test(value)) return 'FORMAT';
  return ibanMod97(value) === 1 ? null : 'CHECKSUM';
}

/** Builds a KZ IBAN with its check digits from the 16-character BBAN (used by tests and demo data). */
export function kzIbanFromBban(bban: string): string {
  const upper = bban.toUpperCase();
  if (!/^[A-Z0-9]{16}$/.test(upper)) throw new Error(`a KZ BBAN has 16 alphanumerics, got '${bban}'`);
  const check = 98 - ibanMod97(`KZ00${upper}`);
  return `KZ${String(check).padStart(2, '0')}${upper}`;
}
