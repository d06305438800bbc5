/** The package version, written into the bundle by esbuild (`development` when run from tsc output). */
declare const SXS_VERSION: string | undefined;

export const VERSION = typeof SXS_VERSION === 'string' ? SXS_VERSION : 'development';
