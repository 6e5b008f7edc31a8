/**
 * CI-2 (GC-10, GC-12): before any scoring access, each expert's COI declaration must
 * cover EVERY admitted application of the competition (the declaration is per expert,
 * over the whole applicant list). This returns, per expert, the admitted applications
 * they have not yet declared on (with or without conflict), so the service can keep the
 * scoring room closed until every list is empty.
 */
import { assertArray, assertNonEmptyString } from '../validate';

export interface CoiDeclaration {
  expertId: string;
  applicationId: string;
  hasConflict: boolean;
}

export function coiDeclarationGaps(
  expertIds: string[],
  admittedApplicationIds: string[],
  declarations: CoiDeclaration[],
): { expertId: string; missingApplicationIds: string[] }[] {
  assertArray(expertIds, 'expertIds');
  assertArray(admittedApplicationIds, 'admittedApplicationIds');
  assertArray(declarations, 'declarations');
  expertIds.forEach((id, i) => assertNonEmptyString(id, `expertIds[${i}]`));
  admittedApplicationIds.forEach((id, i) => assertNonEmptyString(id, `admittedApplicationIds[${i}]`));
  const declared = new Set<string>();
  declarations.forEach((d, i) => {
    assertNonEmptyString(d.expertId, `declarations[${i}].expertId`);
    assertNonEmptyString(d.applicationId, `declarations[${i}].applicationId`);
    declared.add(`${d.expertId}\u0000${d.applicationId}`);
  });
  return expertIds.map((expertId) => ({
    expertId,
    missingApplicationIds: admittedApplicationIds.filter((a) => !declared.has(`${expertId}\u0000${a}`)),
  }));
}

/** CI-2: scoring may open for this expert only when their declaration is complete. */
export function coiComplete(expertId: string, admittedApplicationIds: string[], declarations: CoiDeclaration[]): boolean {
  const gaps = coiDeclarationGaps([expertId], admittedApplicationIds, declarations);
  return gaps.every((g) => g.missingApplicationIds.length === 0);
}
