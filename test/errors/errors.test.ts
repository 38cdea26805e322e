import { describe, expect, it } from 'vitest';

import { messageOf } from '../../src/errors.ts';

describe('messageOf', () => {
  it("gives an Error's message, and anything else thrown as text", () => {
    expect(messageOf(new SyntaxError('Unexpected token'))).toBe('Unexpected token');
    expect(messageOf('disk full')).toBe('disk full');
    expect(messageOf(undefined)).toBe('undefined');
  });
});
