// The CLI's worker thread entry. pdf.js's legacy build replaces some of the engine's built-ins on
// load (see native-builtins.ts), which must see them first: the bundler hoists a static import of
// pdf.js above everything in the same file, so the reader is loaded only after, dynamically.

import '../parsers/pdf/native-builtins';

await import('./worker-thread');
