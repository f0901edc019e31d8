import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
const server = await preview({
  root: process.cwd(),
  configFile: false,
  logLevel: 'silent',
  preview: { host: '127.0.0.1', port: 0 },
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const { port } = server.httpServer.address() as AddressInfo;
await page.goto(`http://127.0.0.1:${port}/`);
await page.getByRole('heading', { name: '明账', level: 1 }).waitFor();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const bytes = readFileSync('/work/shared/real/2018年省检察院部门预算公开.pdf');
await page.evaluate(
  ({ b64 }) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const zone = document.querySelector('[role="group"][aria-label="打开文件"]')!;
    const dt = new DataTransfer();
    dt.items.add(new File([data], 'x.pdf'));
    for (const t of ['dragenter', 'dragover', 'drop'])
      zone.dispatchEvent(new DragEvent(t, { bubbles: true, cancelable: true, dataTransfer: dt }));
  },
  { b64: bytes.toString('base64') },
);
await page.locator('dl.meta').waitFor({ timeout: 120000 });
await page.waitForTimeout(1000);
const { profile } = await cdp.send('Profiler.stop');
writeFileSync('/tmp/speed/main.cpuprofile', JSON.stringify(profile));
await browser.close();
await server.close();
