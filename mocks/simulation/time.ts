/** ISO time arithmetic on the simulation clock (no Date.now(): time comes from `world.now`). */
import type { Iso } from './types';

export const MINUTE_MS = 60_000;

export const ms = (iso: Iso): number => Date.parse(iso);
export const iso = (millis: number): Iso => new Date(millis).toISOString();
export const addMinutes = (time: Iso, minutes: number): Iso => iso(ms(time) + minutes * MINUTE_MS);
