import { describe, expect, it } from 'vitest';
import { alignmentClass } from '../../../src/markdown/table-alignment';

describe('alignmentClass', () => {
  it('turns GFM alignment styles into classes and ignores anything else', () => {
    expect(alignmentClass('text-align:left')).toBe('sf-align-left');
    expect(alignmentClass('text-align: center;')).toBe('sf-align-center');
    expect(alignmentClass('text-align:right')).toBe('sf-align-right');
    expect(alignmentClass('color:red')).toBeUndefined();
    expect(alignmentClass(undefined)).toBeUndefined();
  });
});
