// A page of a real headless Chromium (Playwright) for the browser tests, watched: console errors and
// uncaught page errors are kept, and every request the test does not answer is aborted and kept, so
// a test can require that nothing left the machine.
import { type Browser, chromium, type Page, type Route } from 'playwright';
import { CHROMIUM_ARGS, chromiumPath } from '../../tools/chromium.mjs';

export interface WatchedPage {
  readonly browser: Browser;
  readonly page: Page;
  readonly consoleErrors: string[];
  readonly foreignRequests: string[];
}

/**
 * Launches Chromium and opens a page of this size; `answer` handles the requests it knows (continue,
 * fulfill) and returns undefined for the others, which are aborted and listed in `foreignRequests`.
 */
export async function watchedPage(
  viewport: { width: number; height: number },
  answer: (route: Route, url: string) => Promise<void> | undefined,
): Promise<WatchedPage> {
  const browser = await chromium.launch({ executablePath: await chromiumPath(), args: [...CHROMIUM_ARGS] });
  const page = await browser.newPage({ viewport, timezoneId: 'Asia/Shanghai' });
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    const answered = answer(route, url);
    if (answered) return answered;
    foreignRequests.push(url);
    return route.abort();
  });
  return { browser, page, consoleErrors, foreignRequests };
}
