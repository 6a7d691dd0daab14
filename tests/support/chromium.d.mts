// Types for chromium.mjs, so TypeScript test code (e2e, benches) can import it.
export declare const chromiumArgs: string[];
export declare function chromiumPath(): string;
export declare function chromiumProblem(): string | null;
