export declare function hostBundlePath(): string;
