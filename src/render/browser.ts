import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { getInstalledBrowsers } from '@puppeteer/browsers';

/**
 * Finds a Chrome-family browser for the PDF, in this order: an explicit path
 * (`--browser` or PUPPETEER_EXECUTABLE_PATH), a browser installed by
 * `npx puppeteer browsers install chrome-headless-shell`, then the usual system locations of
 * Chromium, Chrome and Edge on Linux, macOS and Windows. We depend on puppeteer-core, which
 * never downloads anything at install time, so `npm ci` behaves the same offline.
 */
export interface BrowserLookup {
  executablePath?: string;
  /** Where we looked, for the message when nothing is found. */
  tried: string[];
}

function systemCandidates(env: NodeJS.ProcessEnv): string[] {
  switch (process.platform) {
    case 'win32': {
      const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => !!root);
      return roots.flatMap((root) => [
        path.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        path.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
        path.join(root, 'Chromium', 'Application', 'chrome.exe'),
      ]);
    }
    case 'darwin':
      return [
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      ];
    default:
      return [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/usr/bin/microsoft-edge',
        '/snap/bin/chromium',
      ];
  }
}

async function puppeteerInstalled(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const cacheDir = env.PUPPETEER_CACHE_DIR ?? path.join(homedir(), '.cache', 'puppeteer');
  if (!existsSync(cacheDir)) return undefined;
  try {
    const browsers = await getInstalledBrowsers({ cacheDir });
    const preferred = [...browsers].sort((a, b) => (a.browser === 'chrome-headless-shell' ? -1 : 0) - (b.browser === 'chrome-headless-shell' ? -1 : 0));
    return preferred.find((browser) => (browser.browser === 'chrome-headless-shell' || browser.browser === 'chrome') && existsSync(browser.executablePath))
      ?.executablePath;
  } catch {
    return undefined;
  }
}

export async function findBrowser(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<BrowserLookup> {
  const tried: string[] = [];
  const requested = explicit ?? env.PUPPETEER_EXECUTABLE_PATH;
  if (requested) {
    // An explicit choice that does not exist is an error, not a reason to pick another browser.
    return existsSync(requested) ? { executablePath: requested, tried } : { tried: [requested] };
  }
  const installed = await puppeteerInstalled(env);
  if (installed) return { executablePath: installed, tried };
  tried.push('cache de puppeteer (~/.cache/puppeteer)');
  for (const candidate of systemCandidates(env)) {
    if (existsSync(candidate)) return { executablePath: candidate, tried };
    tried.push(candidate);
  }
  return { tried };
}
