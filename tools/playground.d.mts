import type { Server } from 'node:http';
export function buildPlayground(): Promise<{ bytes: number; gzip: number; perArea: Record<string, number> }>;
export function servePlayground(port?: number): Promise<Server>;
