export function findChromium(): string | undefined;
export function ensureFfmpeg(): boolean;
export function chromiumLaunchOptions(): { executablePath: string | undefined; args: string[] };
