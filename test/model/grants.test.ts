/**
 * The leadership network as the run keeps it (src/model/grants.ts): grants
 * counted per pair, and the number of granter → claimer ties.
 */
import { describe, expect, it } from 'vitest';

import { createGrants, forgetSlot, recordGrant } from '../../src/model/grants.ts';

describe('grants', () => {
  it('count each granter → claimer pair once as a tie, however many grants it carries', () => {
    const grants = createGrants(4);
    recordGrant(grants, 0, 1);
    recordGrant(grants, 0, 1);
    recordGrant(grants, 2, 1, 3);
    recordGrant(grants, 1, 3);
    expect(grants.tieCount).toBe(3);
    expect(grants.grantedBy[1].get(0)).toBe(2);
    expect(grants.grantedBy[1].get(2)).toBe(3);
    expect(Array.from(grants.inDegree)).toEqual([0, 2, 0, 1]);
  });

  it('lose a leaver\'s ties, given and received', () => {
    const grants = createGrants(4);
    recordGrant(grants, 0, 1);
    recordGrant(grants, 2, 1);
    recordGrant(grants, 1, 3);
    recordGrant(grants, 3, 0);
    forgetSlot(grants, 1);
    expect(grants.tieCount).toBe(1);
    expect(Array.from(grants.inDegree)).toEqual([1, 0, 0, 0]);
    expect(grants.granted[0].has(1)).toBe(false);
    expect(grants.grantedBy[3].has(1)).toBe(false);
  });
});
