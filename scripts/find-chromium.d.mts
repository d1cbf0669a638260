export function findChromium(): string | undefined;
export function ensureFfmpeg(): boolean;
