// The service worker registration: sw.js next to the page, scoped to the page's directory, and a
// browser that cannot register it still gets a working page (a warning, never a throw).

import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerOfflineWorker } from '../../src/lib/offline/register-offline-worker';

const BASE = 'http://127.0.0.1:4173/mingzhang/index.html';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('registerOfflineWorker', () => {
  it('registers sw.js from the page directory with that directory as scope', async () => {
    const register = vi.fn(async () => ({}) as ServiceWorkerRegistration);
    await expect(registerOfflineWorker({ serviceWorker: { register } }, BASE)).resolves.toBe(true);
    expect(register).toHaveBeenCalledWith(new URL('http://127.0.0.1:4173/mingzhang/sw.js'), { scope: './' });
  });

  it('does nothing where service workers are missing (old browser, insecure context)', async () => {
    await expect(registerOfflineWorker({}, BASE)).resolves.toBe(false);
  });

  it('turns a refused registration into a Chinese warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const register = vi.fn(async () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    await expect(registerOfflineWorker({ serviceWorker: { register } }, BASE)).resolves.toBe(false);
    expect(warn).toHaveBeenCalledWith('离线缓存未启用：', expect.any(DOMException));
  });
});
