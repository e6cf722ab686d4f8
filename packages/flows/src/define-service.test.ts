import { describe, expect, it } from 'vitest';
import { defineService, ServiceDefinitionError } from './index.js';

describe('defineService', () => {
  it('returns a valid definition unchanged', () => {
    const def = { id: 'dang-ky-khai-sinh', version: 1, name: 'Đăng ký khai sinh' };
    expect(defineService(def)).toBe(def);
  });

  it('explains a broken id', () => {
    expect(() => defineService({ id: 'Khai Sinh', version: 1, name: 'x' })).toThrow(
      ServiceDefinitionError,
    );
  });

  it('explains a broken version', () => {
    expect(() => defineService({ id: 'khai-sinh', version: 0, name: 'x' })).toThrow(/version/);
  });
});
