// pdf.js ships its worker module without types; we only hand it to pdf.js (see read-pdf.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
