/**
 * Deterministic ids (docs/api.md §6: the same scenario and calls give the same GUIDs). The generator
 * state lives in `world.rng`, so ids survive persistence; callers work on a draft (a clone).
 */
import type { World } from './types';

/** mulberry32: one 32-bit step; returns the next state and a value in [0, 2^32). */
function step(state: number): [number, number] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [next, (t ^ (t >>> 14)) >>> 0];
}

/** Two hex digits per byte value: recovery points draw a GUID each, hundreds of thousands a day in large worlds. */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex8 = (n: number) => HEX[n >>> 24] + HEX[(n >>> 16) & 0xff] + HEX[(n >>> 8) & 0xff] + HEX[n & 0xff];

/** A version-4-shaped GUID drawn from the draft's generator (advances `draft.rng`). */
export function nextGuid(draft: World): string {
  let state = draft.rng;
  const parts: string[] = [];
  for (let i = 0; i < 4; i += 1) {
    const [s, v] = step(state);
    state = s;
    parts.push(hex8(v));
  }
  draft.rng = state;
  const h = parts.join('');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
