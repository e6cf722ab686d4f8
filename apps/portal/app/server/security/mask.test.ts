import { maskPhone as vnMaskPhone } from '@dvc/vn';
import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from './mask.js';

describe('masks', () => {
  it('shows only the last three digits of an ID number', () => {
    expect(maskIdNumber('019085001234')).toBe('•••••••••234');
    expect(maskIdNumber('012345678')).toBe('••••••678');
    expect(maskIdNumber('019 085 001 234')).toBe('•••••••••234');
    expect(maskIdNumber('019.085.001-234')).toBe('•••••••••234');
    expect(maskIdNumber('123')).toBe('•••');
  });

  it('keeps the first three and last two digits of a phone number', () => {
    expect(maskPhone('0912345678')).toBe('091•••••78');
    expect(maskPhone('+84 912 345 678')).toBe('091•••••78');
    expect(maskPhone('0912.345.678')).toBe('091•••••78');
    // One implementation, owned by @dvc/vn.
    expect(maskPhone).toBe(vnMaskPhone);
  });
});
