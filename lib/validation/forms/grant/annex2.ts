import { z } from 'zod';
import '@/lib/validation/zod-errors';
import { bic, bin, email, iban, integer, isoDate, localizedText, phone, plainText, url, type RequirementsFn } from '../common';

/**
 * Annex 2 — «Өтінім берушінің сауалнамасы» / applicant questionnaire (§4.5, L1208).
 * Fields follow the questionnaire used across the Rules (cf. F-A2: name as registered,
 * registration date, BIN, addresses, charter subject and purpose, first head, bank
 * details), plus staff numbers.
 */
export const annex2DraftSchema = () =>
  z.object({
    legalName: localizedText(500).optional(),
    bin: bin().optional(),
    registrationDate: isoDate().optional(),
    legalAddress: localizedText(500).optional(),
    actualAddress: localizedText(500).optional(),
    /** Қызмет мәні (Жарғыға сәйкес). */
    charterSubject: localizedText(2000).optional(),
    /** Қызмет мақсаты (Жарғыға сәйкес) — checked against the topic (R3). */
    charterPurpose: localizedText(2000).optional(),
    head: z
      .object({
        fullName: plainText(200).optional(),
        position: plainText(200).optional(),
        phone: phone().optional(),
        email: email().optional(),
      })
      .optional(),
    phone: phone().optional(),
    email: email().optional(),
    website: url().optional(),
    bank: z
      .object({
        name: plainText(300).optional(),
        bic: bic().optional(),
        iban: iban().optional(),
      })
      .optional(),
    staffCount: integer(100_000).optional(),
    volunteersCount: integer(1_000_000).optional(),
  });

export type Annex2Draft = z.input<ReturnType<typeof annex2DraftSchema>>;

export const annex2Requirements: RequirementsFn = (d, req) => {
  req.text(d, 'legalName');
  req.value(d, 'bin');
  req.value(d, 'registrationDate');
  req.text(d, 'legalAddress');
  req.text(d, 'actualAddress');
  req.text(d, 'charterSubject');
  req.text(d, 'charterPurpose');
  req.group(d, 'head', (h, p) => {
    for (const k of ['fullName', 'position', 'phone', 'email']) req.value(h, k, `${p}.${k}`);
  });
  req.value(d, 'phone');
  req.value(d, 'email');
  req.group(d, 'bank', (b, p) => {
    for (const k of ['name', 'bic', 'iban']) req.value(b, k, `${p}.${k}`);
  });
  req.value(d, 'staffCount');
};
