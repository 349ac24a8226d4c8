import { describe, expect, it } from '@jest/globals';
import { expertFit } from './expert-fit.js';

const scores = (challengeFields: string[], expertFields: string[]) => expertFit(challengeFields, expertFields).reasons.map((reason) => reason.score);

describe('how an expert fits a technology challenge', () => {
  it('counts a field written in the other language, or in other words of the trade, as the same', () => {
    expect(scores(['腐蚀防护'], ['corrosion protection'])).toEqual([1]);
    expect(scores(['Die Casting'], ['die-casting'])).toEqual([1]);
    expect(scores(['微弧氧化'], ['plasma electrolytic oxidation'])).toEqual([1]);
    expect(scores(['阻燃'], ['flame retardant'])).toEqual([1]);
    expect(scores(['镁还原渣综合利用'], ['镁还原渣综合利用'])).toEqual([1]);
  });

  it('counts a field inside a longer one, or under a broader one, as related', () => {
    const fit = expertFit(['高压压铸件开裂', '焊接'], ['die casting', 'Materials informatics']);
    expect(fit.score).toBe(0.25);
    expect(fit.reasons).toEqual([
      { criterion: 'field', score: 0.5, detail: '"高压压铸件开裂": related: the expert works in "die casting" (压铸)' },
      { criterion: 'field', score: 0, detail: `"焊接": none of the expert's fields (die casting, Materials informatics) covers it` },
    ]);
    expect(scores(['半固态成型'], ['压铸'])).toEqual([0.5]);
    expect(scores(['rare earth magnesium alloy creep'], ['稀土镁合金'])).toEqual([0.5]);
  });

  it('relates nothing through words every magnesium field shares, or through parts of words', () => {
    expect(scores(['镁合金焊接'], ['镁合金腐蚀防护'])).toEqual([0]);
    expect(scores(['magnesium alloy welding'], ['magnesium alloy anodizing'])).toEqual([0]);
    expect(scores(['department reorganisation'], ['parts'])).toEqual([0]);
  });

  it('scores the mean of the fields, rounded to hundredths', () => {
    expect(expertFit(['腐蚀防护', '焊接', '热处理'], ['corrosion protection', 'heat treatment']).score).toBe(0.67);
    expect(expertFit([], ['die casting']).score).toBe(0);
  });
});
