// Registers the service worker that keeps the built page usable with the network off.

/** Where the build puts the Workbox service worker (vite-plugin-pwa), next to index.html. */
export const OFFLINE_WORKER_FILE = 'sw.js';

/**
 * Registers sw.js for the page's own directory. Returns whether it was registered: a browser
 * without service workers (or a page that is not a secure context, where `serviceWorker` is
 * missing) still reads files online, so a failure is a warning, never an error.
 */
export async function registerOfflineWorker(
  nav: { serviceWorker?: Pick<ServiceWorkerContainer, 'register'> },
  baseURI = document.baseURI,
): Promise<boolean> {
  if (!nav.serviceWorker) return false;
  try {
    await nav.serviceWorker.register(new URL(OFFLINE_WORKER_FILE, baseURI), { scope: './' });
    return true;
  } catch (error) {
    console.warn('离线缓存未启用：', error);
    return false;
  }
}
