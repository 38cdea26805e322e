import { describe, expect, it } from 'vitest';

import { LeadsimError } from '../../src/errors.ts';
import { stream } from '../../src/random/stream.ts';
import { designPoints } from '../../src/sweep/design.ts';
import type { Sweep } from '../../src/sweep/schema.ts';

/** A sweep built in code, past the schema: a caller of designPoints may hand it one the schema would refuse. */
const sweep = (design: Sweep['design'], factor: Partial<Sweep['factors'][number]>): Sweep => ({
  name: 'coded',
  description: 'built in code',
  scenario: 'flagship',
  design,
  factors: [{ name: 'rewiring', path: 'trust.ties.teamRewiring', integer: false, ...factor }],
});

describe('designPoints', () => {
  it('names the factor a grid has no values for', () => {
    expect(() => designPoints(sweep('grid', { range: [0, 1] }), stream(1))).toThrow(LeadsimError);
    expect(() => designPoints(sweep('grid', { range: [0, 1] }), stream(1))).toThrow('factor "rewiring" has no values, which a grid design needs');
  });

  it('names the factor a Latin hypercube has no range for', () => {
    const design = { latinHypercube: { samples: 4 } };
    expect(() => designPoints(sweep(design, { values: [0, 1] }), stream(1))).toThrow('factor "rewiring" has no range, which a Latin hypercube design needs');
  });
});
