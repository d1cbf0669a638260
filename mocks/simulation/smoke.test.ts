// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { World } from './types';

describe('world', () => {
  it('has a schema version', () => {
    const version: World['schemaVersion'] = 1;
    expect(version).toBe(1);
  });
});
