/**
 * "Did you mean …?"
 * =================
 *
 * The closest valid name to a misspelt one, offered only when it is close
 * enough to be a likely typo: at most one edit per three characters.
 */
import { closest, distance } from 'fastest-levenshtein';

export function suggest(found: unknown, candidates: readonly string[]): string | undefined {
  if (typeof found !== 'string' || found === '' || candidates.length === 0) return undefined;
  // Compare without case, so "Medicine" finds "medicine".
  const lower = candidates.map((c) => c.toLowerCase());
  const best = closest(found.toLowerCase(), lower);
  if (distance(found.toLowerCase(), best) > Math.max(1, Math.floor(found.length / 3))) return undefined;
  return candidates[lower.indexOf(best)];
}
