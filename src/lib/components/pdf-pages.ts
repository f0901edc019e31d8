// A file's PDF opened for drawing the first time a page or a cell's image is shown, once for all
// the parts of its report that draw from it, and closed with the report.

import type { LoadBytes } from '../state/session.svelte';
import type { PdfPages } from './pdf-render';

export interface LazyPdf {
  /** The opened PDF: the file is re-read and pdf.js loaded on the first call only. */
  pages(): Promise<PdfPages>;
  close(): void;
}

export function lazyPdf(load: LoadBytes): LazyPdf {
  let opened: Promise<PdfPages> | null = null;
  return {
    pages() {
      opened ??= (async () => {
        const [bytes, { openPdfPages }] = await Promise.all([
          load(new AbortController().signal),
          import('./pdf-render'),
        ]);
        return openPdfPages(bytes);
      })();
      return opened;
    },
    close() {
      void opened?.then((pages) => pages.destroy()).catch(() => undefined);
      opened = null;
    },
  };
}
