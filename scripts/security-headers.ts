// The response headers every file of the build is served with, in one place: `vite preview`
// (`npm start` and the e2e harness) sends them, and the build writes them for static hosts
// (`_headers` for Netlify/Cloudflare Pages, `.htaccess` for Apache; nginx is in the README).
// NOTE: the `<meta>` policy in index.html covers the page only. The parse worker, pdf.js's render
// worker and the service worker take their policy from their own response, so without these
// headers the code that parses hostile bytes could talk to any origin.

import type { Plugin } from 'vite';

/** The page's `<meta>` policy plus what only a header can say (`frame-ancestors`). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the OCR worker (tesseract.js) compile its WebAssembly; it allows no
  // eval() or Function() of JavaScript.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  // The page links nowhere that needs to know where the reader came from.
  'Referrer-Policy': 'no-referrer',
};

/** Netlify and Cloudflare Pages: `_headers` at the root of the published folder. */
export function staticHostHeadersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...lines, ''].join('\n');
}

/** Apache (mod_headers): `.htaccess` next to index.html; `always` covers error pages too. */
export function apacheHeadersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  Header always set ${name} "${value}"`);
  return ['<IfModule mod_headers.c>', ...lines, '</IfModule>', ''].join('\n');
}

/** nginx: lines for the `server` or `location` block that serves dist/ (copied into the README). */
export function nginxHeadersSnippet(): string {
  return Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');
}

/** The files the build writes for static hosts; kept out of the offline cache (vite.config.ts). */
export const HOST_HEADER_FILES = { _headers: staticHostHeadersFile, '.htaccess': apacheHeadersFile } as const;

/** Sends the headers from `vite preview` and writes the host files into the build. */
export function securityHeaders(): Plugin {
  return {
    name: 'mingzhang-security-headers',
    config: () => ({ preview: { headers: { ...SECURITY_HEADERS } } }),
    generateBundle() {
      for (const [fileName, contents] of Object.entries(HOST_HEADER_FILES)) {
        this.emitFile({ type: 'asset', fileName, source: contents() });
      }
    },
  };
}
