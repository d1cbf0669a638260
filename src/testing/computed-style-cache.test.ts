import { afterEach, describe, expect, it } from 'vitest';

describe('getComputedStyle in component tests (src/testing/computed-style-cache.ts)', () => {
  afterEach(() => document.body.replaceChildren());

  it('follows class, attribute, inline style and style sheet changes', () => {
    const style = document.createElement('style');
    style.textContent = '.gone { display: none }';
    document.head.append(style);
    const parent = document.createElement('div');
    const child = document.createElement('span');
    parent.append(child);
    document.body.append(parent);
    try {
      expect(getComputedStyle(parent).display).toBe('block');
      parent.className = 'gone';
      expect(getComputedStyle(parent).display).toBe('none');
      expect(window.getComputedStyle(parent).display).toBe('none');
      parent.className = '';
      expect(getComputedStyle(parent).display).toBe('block');
      style.sheet!.insertRule('[data-hidden] { visibility: hidden }');
      parent.setAttribute('data-hidden', '');
      expect(getComputedStyle(child).visibility).toBe('hidden');
      parent.removeAttribute('data-hidden');
      expect(getComputedStyle(child).visibility).toBe('visible');
      child.style.display = 'none';
      expect(getComputedStyle(child).display).toBe('none');
      style.sheet!.insertRule('span { visibility: hidden }');
      expect(getComputedStyle(child).visibility).toBe('hidden');
    } finally {
      style.remove();
    }
  });
});
