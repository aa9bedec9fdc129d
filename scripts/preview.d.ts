export declare function previewRoutes(hostFile: string): Record<string, () => string | Buffer>;
