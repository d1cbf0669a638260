import type { Page } from '@playwright/test';

/**
 * Follows a deep link inside the running portal, as the browser's Back/Forward would: the URL
 * changes and the router (src/app/router.tsx) renders the route, with no page reload. The route
 * is the same as after `page.goto(path)` (same loaders, same lazy chunks); what it saves is the
 * reload: the app's start, its service worker and the world read back from IndexedDB.
 */
export async function followDeepLink(page: Page, path: string) {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
}
