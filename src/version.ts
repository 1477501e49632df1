/** The library's version, checked against package.json by the build (scripts/build.mjs). */
export const VERSION = '0.1.0';
