import { z } from 'zod';
import '@/lib/validation/zod-errors';
import {
  checkPeriod,
  email,
  isoDate,
  localizedText,
  phone,
  plainText,
  tenge,
  type CompletenessContext,
  type RequirementsFn,
} from '../common';

/**
 * Annex 1 — «Конкурсқа қатысу өтінімі» / application to take part in the competition
 * (§4.5, L1205–1206). The competition and the lot are fixed by the application itself
 * (Application.competitionId/lotId) and shown, not typed.
 */
export const annex1DraftSchema = (ctx?: CompletenessContext) =>
  z
    .object({
      projectTitle: localizedText(300).optional(),
      /** Grant amount requested (SC-5), integer tenge, ≤ lot amount. */
      requestedKzt: tenge().optional(),
      /** Own contribution / co-funding (project cost = requested + own). */
      ownContributionKzt: tenge().optional(),
      periodStart: isoDate().optional(),
      periodEnd: isoDate().optional(),
      /** Where the project is carried out (settlements, region). */
      geography: localizedText(1000).optional(),
      /** Short summary of the project. */
      summary: localizedText(2000).optional(),
      contactPerson: z
        .object({
          fullName: plainText(200).optional(),
          position: plainText(200).optional(),
          phone: phone().optional(),
          email: email().optional(),
        })
        .optional(),
      /** First head or deputy who signs the application (L1188–1195). */
      signatory: z
        .object({
          fullName: plainText(200).optional(),
          position: plainText(200).optional(),
        })
        .optional(),
    })
    .superRefine((v, zctx) => {
      checkPeriod(v, 'periodStart', 'periodEnd', zctx);
      // SC-5: the requested amount may not exceed the lot amount.
      if (ctx?.lotAmountKzt !== undefined && typeof v.requestedKzt === 'number' && v.requestedKzt > ctx.lotAmountKzt) {
        zctx.addIssue({ code: 'custom', message: 'exceedsLot', path: ['requestedKzt'] });
      }
    });

export type Annex1Draft = z.input<ReturnType<typeof annex1DraftSchema>>;

export const annex1Requirements: RequirementsFn = (d, req) => {
  req.text(d, 'projectTitle');
  req.value(d, 'requestedKzt');
  if (typeof (d as Annex1Draft | undefined)?.requestedKzt === 'number' && (d as Annex1Draft).requestedKzt === 0) req.missing.push('requestedKzt');
  req.value(d, 'ownContributionKzt');
  req.value(d, 'periodStart');
  req.value(d, 'periodEnd');
  req.text(d, 'geography');
  req.text(d, 'summary');
  req.group(d, 'contactPerson', (c, p) => {
    req.value(c, 'fullName', `${p}.fullName`);
    req.value(c, 'position', `${p}.position`);
    req.value(c, 'phone', `${p}.phone`);
    req.value(c, 'email', `${p}.email`);
  });
  req.group(d, 'signatory', (c, p) => {
    req.value(c, 'fullName', `${p}.fullName`);
    req.value(c, 'position', `${p}.position`);
  });
};
