/** SO-2 reference: the lot's allocated amount (Lot.budgetKzt for SOCIAL_ORDER), else the competition's. */
export function allocatedAmountOf(lot: { budgetKzt: bigint } | null, competition: { allocatedKzt: bigint | null }): number | null {
  const v = lot?.budgetKzt ?? competition.allocatedKzt;
  return v === null || v === undefined ? null : Number(v);
}
