import { describe, expect, it } from '@jest/globals';
import { checkCreditCode } from './credit-code.js';

describe('checkCreditCode', () => {
  it.each(['91340100MA2TXYQ4XF', '91110000600037341L', '91340100ma2txyq4xf'])('accepts %s', (code) => {
    expect(checkCreditCode(code)).toEqual({ code: code.toUpperCase() });
  });

  it.each([
    ['9134010', 'must be 18 characters, got 7', { kind: 'length', length: 7 }],
    ['91340100MA2TXYQ4XO', 'character 18 ("O") is not allowed (no I, O, S, V or Z)', { kind: 'character', position: 18, character: 'O' }],
    ['91340100MA2TXYQ4X1', 'check character should be "F", got "1"', { kind: 'check', expected: 'F', got: '1' }],
  ])('explains what is wrong with %s', (code, problem, fault) => {
    expect(checkCreditCode(code)).toEqual({ problem, fault });
  });
});
