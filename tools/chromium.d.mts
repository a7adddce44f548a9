export function chromiumPath(): Promise<string>;
export const CHROMIUM_ARGS: readonly string[];
