/**
 * Sequential ranking evidence for the batch gate (docs/routing-quality.md, tenth pass). The refit gate re-tests each
 * new candidate on a window of outcomes; this keeps one growing record instead: every outcome is scored once, when
 * the next refit comes, by the candidate that existed when it arrived (fitted only on older outcomes), with the
 * ranking check's doubly robust terms. Under "no candidate ranks better than the shipped score" each term's
 * conditional mean is ≤ 0, so the running sum is a supermartingale, and a mixture over its drift gives an e-value
 * that may be read after every block (valid under optional stopping): evidence accumulates over the stream instead
 * of being re-drawn per refit.
 * @module
 */

/** The running sums of the per-outcome terms. */
export interface EvidenceSums {
  sum: number;
  sumSquares: number;
  count: number;
}

export const emptySums = (): EvidenceSums => ({ sum: 0, sumSquares: 0, count: 0 });

/** Adds terms to running sums (a new object; the old one is left as it was). */
export function addTerms(sums: EvidenceSums, terms: readonly number[]): EvidenceSums {
  let { sum, sumSquares, count } = sums;
  for (const t of terms) {
    sum += t;
    sumSquares += t * t;
    count += 1;
  }
  return { sum, sumSquares, count };
}

/** log Φ(x), the standard normal CDF (Abramowitz–Stegun 7.1.26 for erfc; exact enough for a decision threshold). */
function logNormalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const logErfc = Math.log(poly) - z * z;
  return x >= 0 ? Math.log1p(-0.5 * Math.exp(logErfc)) : Math.log(0.5) + logErfc;
}

/**
 * Log of the one-sided normal-mixture e-value for "the terms' mean is > 0": the half-normal mixture (precision `rho`)
 * of exp(λ·S − λ²·V / 2) over λ > 0, with S the sum and V the sum of squares (self-normalised):
 * 2·√(ρ / (V + ρ)) · exp(S² / (2(V + ρ))) · Φ(S / √(V + ρ)). Reaching log(1/α) rejects the null at level α, at any
 * time. `rho` sets where the boundary is tightest: at V = ρ it asks a z of about 2.8 for α = 0.1.
 */
export function mixtureLogE(sums: EvidenceSums, rho: number): number {
  if (sums.count === 0 || !(rho > 0)) return 0;
  const total = sums.sumSquares + rho;
  return Math.LN2 + 0.5 * Math.log(rho / total) + (sums.sum * sums.sum) / (2 * total) + logNormalCdf(sums.sum / Math.sqrt(total));
}

/** The same for "the terms' mean is < 0" (evidence that the candidates rank worse). */
export function harmLogE(sums: EvidenceSums, rho: number): number {
  return mixtureLogE({ ...sums, sum: -sums.sum }, rho);
}

/** The mixture's scale: `atTerms` terms of the mean square seen so far (fixed once, from the first block scored). */
export function mixtureScale(first: EvidenceSums, atTerms: number): number {
  return first.count > 0 ? (first.sumSquares / first.count) * atTerms : 0;
}
