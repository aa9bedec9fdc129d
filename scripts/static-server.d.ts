export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}
export declare function serveStatic(
  root: string,
  options?: { port?: number; routes?: Record<string, () => string | Buffer> },
): Promise<StaticServer>;
