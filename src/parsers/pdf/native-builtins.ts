// pdf.js's legacy build bundles core-js, which on import replaces Array.prototype.push, JSON.parse
// and JSON.stringify with spec-pedantic JavaScript versions (V8's push fails core-js's check of
// arrays longer than 2³² − 1) for the whole thread. pdf.js pushes every operator and text item, so
// that costs about a fifth of a PDF's reading time. This module is imported before pdf.js and
// keeps the engine's own functions; read-pdf.ts puts them back once pdf.js is loaded. The other
// polyfills (Promise.withResolvers, Map.prototype.getOrInsertComputed, …) only add what the engine
// lacks and stay.

const isNative = (fn: unknown) => typeof fn === 'function' && /\{\s*\[native code\]\s*\}$/.test(String(fn));

const push = Array.prototype.push;
const { parse, stringify } = JSON;

/** Puts the engine's push and JSON back, unless pdf.js was loaded before this module (then nothing). */
export function restoreNativeBuiltins(): void {
  if (![push, parse, stringify].every(isNative)) return;
  Object.defineProperty(Array.prototype, 'push', {
    value: push,
    writable: true,
    configurable: true,
    enumerable: false,
  });
  JSON.parse = parse;
  JSON.stringify = stringify;
}
