// Nothing leaves the machine: the built page's Content-Security-Policy admits no other origin, the
// built files name no server they would fetch from, and in Chromium a whole session (service
// worker included) asks only its own origin — even when page code deliberately tries otherwise.
// Workers are not covered by the page's <meta> policy: the server sends the policy as a header
// with every file (scripts/security-headers.ts), and the parse worker is held to it.

import { readFile, readdir } from 'node:fs/promises';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, nginxHeadersSnippet } from '../../scripts/security-headers';
import { FIXTURES, ROOT, expectDocumentCard, finish, openPage, origin, useBuiltApp } from './harness';

const DIST = `${ROOT}dist/`;
const ELSEWHERE = 'https://example.org';

/** The policy's directives, each with its source list, in the order written. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The one CSP of dist/index.html, and whether it comes before every script of the page. */
async function readBuiltPolicy(): Promise<{ policy: string; beforeScripts: boolean; scripts: string[] }> {
  const html = await readFile(`${DIST}index.html`, 'utf8');
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
  expect(metas).toHaveLength(1);
  const meta = metas[0]!;
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => match[0]);
  return { policy: meta[1]!, beforeScripts: meta.index < html.search(/<script\b/i), scripts };
}

// URLs that are written in the built files but never fetched, each kind with its reason. Any other
// URL fails the test until someone has checked that the app cannot request it.
const NEVER_FETCHED: { why: string; pattern: RegExp }[] = [
  {
    why: 'XML namespaces (SVG, XHTML, XLink, MathML, XSLT, XML signatures) used by parse5, Svelte, ECharts',
    pattern:
      /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/|1999\/XSL\/Transform|1998\/Math\/MathML|2000\/09\/xmldsig#)$/,
  },
  {
    why: 'DOCX namespaces and relationship types read by mammoth',
    pattern:
      /^http:\/\/(schemas\.openxmlformats\.org\/[\w/.-]+|purl\.oclc\.org\/ooxml\/[\w/]+|schemas\.microsoft\.com\/office\/word\/2010\/wordml|schemas\.zwobble\.org\/mammoth\/style-map)$/,
  },
  {
    why: 'PDF XFA/XMP namespaces read by pdf.js',
    pattern: /^http:\/\/(www\.xfa\.org\/schema\/[\w/.-]+|ns\.adobe\.com\/[\w/]+)$/,
  },
  {
    // Read in the built chunks: SheetJS (@e965/xlsx, assets/xlsx-*.js) keeps them in its namespace
    // table (dc, dcterms, dcmitype, xsi, xsd, mx), its relationship-type table (chartEx, xlMacrosheet,
    // threadedComment, person, vbaProject, xlPathMissing, its own sheetjs.openxmlformats.org alias)
    // and its list of SpreadsheetML main namespaces; write-excel-file (assets/universal-*.js) writes
    // the mx/x14/x14ac/excel-2006 namespaces as xmlns attributes. Strings compared or written, never URLs loaded.
    why: 'XLSX namespaces and relationship types read by SheetJS and written by write-excel-file',
    pattern:
      /^http:\/\/(schemas\.microsoft\.com\/office\/(mac\/excel\/2008\/main|spreadsheetml\/(2009\/9\/(main|ac)|2018\/threadedcomments)|excel\/2006\/(main|2)|2006\/relationships\/(xlExternalLinkPath\/xlPathMissing|xlMacrosheet|vbaProject)|2014\/relationships\/chartEx|2017\/10\/relationships\/(threadedComment|person))|purl\.org\/dc\/(elements\/1\.1|terms|dcmitype)\/|www\.w3\.org\/2001\/XMLSchema(-instance)?|sheetjs\.openxmlformats\.org\/officeDocument\/2006\/relationships\/officeDocument)$/,
  },
  {
    why: 'a DOCTYPE public id in parse5’s quirks-mode table',
    pattern: /^http:\/\/www\.ibm\.com\/data\/dtd\/v11\/ibmxhtml1-transitional\.dtd$/,
  },
  {
    // http://sheetjs.com: the licence banner comment of SheetJS's chunk (/*! xlsx.js (C) … SheetJS -- http://sheetjs.com */).
    why: 'licence and documentation links in comments and error messages',
    pattern:
      /^(https:\/\/github\.com\/[\w.-]+\/[\w.-]+(\/blob\/[\w./-]+)?|https:\/\/raw\.github\.com\/Stuk\/jszip\/main\/LICENSE\.markdown\.?|http:\/\/www\.apache\.org\/licenses\/LICENSE-2\.0|https:\/\/svelte\.dev\/e\/\w+|https:\/\/bit\.ly\/wb-precache|https:\/\/rolldown\.rs\/[\w/#-]+|https:\/\/stuk\.github\.io\/jszip\/[\w/.]+|http:\/\/stuartk\.com\/jszip|http:\/\/sheetjs\.com)$/,
  },
  {
    // tesseract.js (assets/tesseract-engine-*.js and ocr/worker.min.js): the CDN addresses are its
    // defaults for the worker script, wasm core and models, each replaced by our own copy under ocr/
    // (pageOcrAssets in src/lib/worker/parse-client.ts; test/e2e/ocr.test.ts sees no request leave);
    // the rest are strings of its package.json (scripts, funding) and its bug-report link.
    why: 'tesseract.js’s default CDN addresses, all overridden, and its package.json and help links',
    pattern:
      /^(https:\/\/cdn\.jsdelivr\.net\/npm\/(tesseract\.js@v\$\{\w+\}\/dist\/worker\.min\.js|tesseract\.js-core@v|@tesseract\.js-data\/)|http:\/\/localhost:3000\/dist\/tesseract\.min\.js|https:\/\/github\.com\/naptha\/tesseract\.js\/issues|https:\/\/opencollective\.com\/tesseractjs)$/,
  },
  {
    // core-js and whatwg-url check the URL parser with these made-up addresses.
    why: 'sample input of URL parser feature tests',
    pattern: /^(https:\/\/(тест|x|a|a@b|a\/c%20d\?a=1&c=3|a#б|foo\.bar)|http:\/\/example\.com|http:\/\/\$\{\w+\})$/,
  },
];

async function listTextFiles(): Promise<string[]> {
  const entries = await readdir(DIST, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(js|mjs|css|html|json|webmanifest)$/.test(entry.name))
    .map((entry) => `${entry.parentPath}/${entry.name}`);
}

interface Violation {
  directive: string;
  blocked: string;
}

/** Records every request the context tries to send elsewhere, and stops it there. */
async function trapOtherOrigins(context: BrowserContext): Promise<{ elsewhere: string[]; own: string[] }> {
  const trapped = { elsewhere: [] as string[], own: [] as string[] };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin()}/`)) {
      trapped.own.push(url);
      await route.continue();
    } else {
      trapped.elsewhere.push(url);
      await route.abort('blockedbyclient');
    }
  });
  return trapped;
}

useBuiltApp();

describe('the built page’s Content-Security-Policy', () => {
  it('admits only its own origin, with no eval and no inline script', async () => {
    const { policy, beforeScripts, scripts } = await readBuiltPolicy();
    // A <meta> policy covers only what comes after it.
    expect(beforeScripts).toBe(true);
    for (const script of scripts) expect(script).toMatch(/\ssrc="\.\/[^"]+"/);

    const directives = parsePolicy(policy);
    for (const name of [
      'default-src',
      'script-src',
      'style-src',
      'img-src',
      'font-src',
      'connect-src',
      'worker-src',
      'manifest-src',
      'frame-src',
      'object-src',
      'base-uri',
      'form-action',
    ]) {
      expect(directives.get(name), name).toBeDefined();
    }
    // WebAssembly compilation only (tesseract.js for scans): no eval of JavaScript, see 'script-src eval' below.
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    for (const [name, sources] of directives) {
      expect(sources.length, name).toBeGreaterThan(0);
      for (const source of sources) {
        // data:/blob: only for images (chart and screenshot exports); 'unsafe-inline' only for
        // styles, since Svelte and ECharts write style attributes. No host, scheme or wildcard.
        const allowed = ["'self'", "'none'"];
        if (name === 'img-src') allowed.push('data:', 'blob:');
        if (name === 'style-src') allowed.push("'unsafe-inline'");
        if (name === 'script-src') allowed.push("'wasm-unsafe-eval'");
        expect(allowed, `${name} ${source}`).toContain(source);
      }
    }
  });

  it('names no other origin in the built files except namespaces and links that are never fetched', async () => {
    const files = await listTextFiles();
    expect(files.some((file) => file.endsWith('/sw.js'))).toBe(true);
    const unexplained = new Set<string>();
    let explained = 0;
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      for (const [url] of text.matchAll(/\bhttps?:\/\/[^\s"'`<>)\\,;]*/g)) {
        if (NEVER_FETCHED.some(({ pattern }) => pattern.test(url))) explained += 1;
        else unexplained.add(`${file.slice(DIST.length)}: ${url}`);
      }
    }
    expect([...unexplained]).toEqual([]);
    // The scan does see URLs: the namespaces are there.
    expect(explained).toBeGreaterThan(0);
  });
});

describe('the response headers of `npm start`', () => {
  it('carry the policy for every file: the page, the parse worker, the pdf.js worker, the service worker', async () => {
    const assets = await readdir(`${DIST}assets`);
    const workers = assets.filter((name) => /^(parse\.worker|pdf\.worker)[\w.-]*\.m?js$/.test(name));
    expect(workers).toHaveLength(2);
    for (const path of ['', 'index.html', 'sw.js', 'samples/index.json', ...workers.map((name) => `assets/${name}`)]) {
      const response = await fetch(`${origin()}/${path}`);
      expect(response.status, path).toBe(200);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    }
    // The header says what the page's <meta> says, plus what only a header can: no framing.
    const directives = parsePolicy(CONTENT_SECURITY_POLICY);
    const { policy } = await readBuiltPolicy();
    expect([...directives].filter(([name]) => name !== 'frame-ancestors')).toEqual([...parsePolicy(policy)]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('are written into the build for static hosts and into the README for nginx, and kept out of the offline cache', async () => {
    const netlify = await readFile(`${DIST}_headers`, 'utf8');
    const apache = await readFile(`${DIST}.htaccess`, 'utf8');
    const serviceWorker = await readFile(`${DIST}sw.js`, 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(netlify).toContain(`  ${name}: ${value}\n`);
      expect(apache).toContain(`Header always set ${name} "${value}"\n`);
    }
    expect(netlify.startsWith('/*\n')).toBe(true);
    // nginx has no file of its own: the README carries the lines to copy.
    await expect(readFile(`${ROOT}README.md`, 'utf8')).resolves.toContain(`\n${nginxHeadersSnippet()}\n`);
    expect(serviceWorker).not.toMatch(/_headers|\.htaccess/);
  });

  it('hold the parse worker to its own origin: its fetch elsewhere is refused before it leaves', async () => {
    const opened = await openPage();
    const { page, context } = opened;
    const trapped = await trapOtherOrigins(context);
    const started = page.waitForEvent('worker', (worker) => worker.url().includes('/assets/parse.worker'));
    await page.getByLabel('选择文件').setInputFiles(`${FIXTURES}docx/002-xianghe-2024-budget.docx`);
    await expectDocumentCard(page, '002-xianghe-2024-budget.docx');
    const worker = await started;
    const outcomes = await worker.evaluate(async (elsewhere) => {
      const attempt = async (url: string): Promise<string> => {
        try {
          await fetch(url, { mode: 'no-cors' });
          return 'ran';
        } catch (error) {
          return (error as Error).name;
        }
      };
      return { own: await attempt('./index.html'), elsewhere: await attempt(`${elsewhere}/from-worker`) };
    }, ELSEWHERE);
    expect(outcomes).toEqual({ own: 'ran', elsewhere: 'TypeError' });
    // Without the header the same fetch reaches the network layer, where the trap would list it.
    expect(trapped.elsewhere).toEqual([]);
    expect(trapped.own).toContain(`${origin()}/assets/index.html`);
    await context.close();
  });
});

describe('明账 in Chromium asks no other origin', () => {
  it('keeps a whole session, service worker included, on its own origin', async () => {
    const opened = await openPage({ serviceWorkers: 'allow' });
    const { page, context } = opened;
    const trapped = await trapOtherOrigins(context);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    await page
      .getByLabel('选择文件')
      .setInputFiles([`${FIXTURES}docx/002-xianghe-2024-budget.docx`, `${FIXTURES}pdf/002-bordered-portrait.pdf`]);
    await expectDocumentCard(page, '002-xianghe-2024-budget.docx');
    await expectDocumentCard(page, '002-bordered-portrait.pdf', 'PDF');
    await page.getByRole('button', { name: /馆陶县医疗保障局 2023 年部门预算/ }).click();
    await expectDocumentCard(page, '003-guantao-2023-budget.docx');
    await page.reload();
    await page.getByRole('heading', { name: '明账', level: 1 }).waitFor();

    expect(trapped.elsewhere).toEqual([]);
    // The service worker's precache went through the same log: it fetched every CMap.
    expect(opened.requests.filter((url) => url.includes('/pdfjs/cmaps/')).length).toBeGreaterThan(150);
    await finish(opened);
  });

  it('blocks page code that deliberately reaches for another origin, before any request leaves', async () => {
    const opened = await openPage();
    const { page, context } = opened;
    const trapped = await trapOtherOrigins(context);
    const failures = new Map<string, string | undefined>();
    context.on('requestfailed', (request) => failures.set(request.url(), request.failure()?.errorText));
    await page.evaluate(() => {
      const seen: Violation[] = [];
      (window as unknown as { violations: Violation[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
      });
    });
    const outcomes = await page.evaluate(async (elsewhere) => {
      const attempt = async (run: () => unknown): Promise<string> => {
        try {
          await run();
          return 'ran';
        } catch (error) {
          return (error as Error).name;
        }
      };
      return {
        // The same call to our own origin goes through (and past the trap).
        ownFetch: await attempt(() => fetch('./samples/index.json')),
        fetch: await attempt(() => fetch(`${elsewhere}/`)),
        beacon: await attempt(() => navigator.sendBeacon(`${elsewhere}/beacon`, 'x')),
        // Run later from a timer, not from this evaluation: DevTools' own calls may eval.
        eval: await attempt(() => {
          setTimeout('document.body.dataset.evaluated = "yes"', 0);
        }),
        inlineScript: await attempt(() => {
          const script = document.createElement('script');
          script.textContent = 'document.body.dataset.inlined = "yes"';
          document.body.append(script);
        }),
        image: await attempt(() => {
          new Image().src = `${elsewhere}/pixel.png`;
        }),
        cssImage: await attempt(() => {
          document.body.style.backgroundImage = `url("${elsewhere}/background.png")`;
        }),
        font: await attempt(() => new FontFace('elsewhere', `url("${elsewhere}/font.woff2")`).load()),
        frame: await attempt(() => {
          const frame = document.createElement('iframe');
          frame.src = `${elsewhere}/frame.html`;
          document.body.append(frame);
        }),
      };
    }, ELSEWHERE);
    // A string, so that Vitest does not rewrite this import() as it does in the functions above.
    const imported = await page.evaluate(`import('${ELSEWHERE}/module.js').then(() => 'ran', (error) => error.name)`);
    expect(outcomes.ownFetch).toBe('ran');
    expect(outcomes.fetch).toBe('TypeError');
    expect(imported).toBe('TypeError');
    expect(outcomes.font).toBe('NetworkError');

    // Violation events are queued; wait until each kind of attempt has reported its own.
    const expected = ['connect-src', 'script-src-elem', 'script-src', 'img-src', 'font-src', 'frame-src'];
    await page.waitForFunction(
      (expected) => {
        const seen = (window as unknown as { violations: Violation[] }).violations;
        return expected.every((directive) => seen.some((violation) => violation.directive === directive));
      },
      expected,
      { timeout: 10_000 },
    );
    const violations = await page.evaluate(() => (window as unknown as { violations: Violation[] }).violations);
    // Two reports per attempt, one from the header's policy and one from the <meta> copy, each
    // naming what it blocked.
    const reported = violations.map(({ directive, blocked }) => `${directive} ${blocked}`).sort();
    expect(reported.filter((_, index) => index % 2 === 0)).toEqual(reported.filter((_, index) => index % 2 === 1));
    expect(reported.filter((_, index) => index % 2 === 0)).toEqual([
      `connect-src ${ELSEWHERE}/`,
      `connect-src ${ELSEWHERE}/beacon`,
      `font-src ${ELSEWHERE}/font.woff2`,
      // A refused frame is reported by origin only.
      `frame-src ${ELSEWHERE}`,
      `img-src ${ELSEWHERE}/background.png`,
      `img-src ${ELSEWHERE}/pixel.png`,
      'script-src eval',
      `script-src-elem ${ELSEWHERE}/module.js`,
      'script-src-elem inline',
    ]);
    // Neither the timer's string nor the inline script ran.
    await expect(page.evaluate(() => ({ ...document.body.dataset }))).resolves.toEqual({});
    expect(trapped.elsewhere).toEqual([]);
    expect(trapped.own).toEqual([`${origin()}/samples/index.json`]);

    // Chromium logs some refused loads as requests that failed inside the browser (reason "csp"),
    // before the network layer where the trap would have seen them.
    const attempted = opened.requests.filter((url) => !url.startsWith(`${origin()}/`));
    expect(attempted.length).toBeGreaterThan(0);
    await expect.poll(() => attempted.map((url) => failures.get(url))).toEqual(attempted.map(() => 'csp'));
    // What is left for the harness to check: the page's own requests, and no error but CSP's
    // console reports of the refusals above.
    const cleanErrors = opened.errors.filter(
      (error) => !/Content Security Policy|dynamically imported module/.test(error),
    );
    await finish({
      ...opened,
      requests: opened.requests.filter((url) => !attempted.includes(url)),
      errors: cleanErrors,
    });
  });

  it('would see a request to another origin if the policy let one through (the control)', async () => {
    const opened = await openPage();
    const trapped = await trapOtherOrigins(opened.context);
    // about:blank has no policy: the same fetch now reaches the network layer, where the trap stops it.
    await opened.page.goto('about:blank');
    await opened.page.evaluate((elsewhere) => fetch(`${elsewhere}/`).catch(() => undefined), ELSEWHERE);
    expect(trapped.elsewhere).toEqual([`${ELSEWHERE}/`]);
    await opened.context.close();
  });
});
