import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserType } from 'playwright-core';

/** Where to look: the environment (PATH, CHROMIUM_PATH, PLAYWRIGHT_BROWSERS_PATH, HOME) and the platform. */
export interface BrowserLookup {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

export type BrowserSearch = { found: string; how: string } | { missing: string };

/** The names a Chromium or Chrome goes by on PATH, most likely first. */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

const MACOS_APPS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir && executable(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

/**
 * Playwright's own Chromium, when `playwright-core install chromium` has put
 * one in its cache (PLAYWRIGHT_BROWSERS_PATH, or the user's cache folder, as
 * this process's environment says: playwright-core reads it once, on load).
 */
function playwrightChromium(): string | undefined {
  try {
    const { chromium } = require('playwright-core') as { chromium: BrowserType }; // eslint-disable-line @typescript-eslint/no-require-imports -- loaded only when needed
    const file = chromium.executablePath();
    return executable(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/** The one command that gives this machine a browser for the tests. */
export function browserInstallCommand({ env = process.env, platform = process.platform }: BrowserLookup = {}): string {
  if (platform === 'linux' && onPath('apt-get', env)) return 'sudo apt-get install -y chromium';
  return 'npx playwright-core install chromium';
}

/**
 * The browser the admin client's browser tests drive: CHROMIUM_PATH when
 * set (and then only it), else a Chromium or Chrome on PATH, the usual macOS
 * applications, or Playwright's managed Chromium.
 */
export function findBrowser({ env = process.env, platform = process.platform }: BrowserLookup = {}): BrowserSearch {
  const chosen = env.CHROMIUM_PATH;
  if (chosen) {
    return executable(chosen)
      ? { found: chosen, how: 'CHROMIUM_PATH' }
      : {
          missing: `CHROMIUM_PATH is ${chosen}, which is not an executable file: point it at a Chromium or Chrome, or unset it.`,
        };
  }
  for (const name of PATH_NAMES) {
    const file = onPath(name, env);
    if (file) return { found: file, how: `${name} on PATH` };
  }
  if (platform === 'darwin') {
    const app = MACOS_APPS.find(executable);
    if (app) return { found: app, how: 'an application in /Applications' };
  }
  const managed = playwrightChromium();
  if (managed) return { found: managed, how: "Playwright's managed Chromium" };
  return {
    missing: `No Chromium or Chrome found for the browser tests (looked for CHROMIUM_PATH, ${PATH_NAMES.join(', ')} on PATH${platform === 'darwin' ? ', /Applications' : ''}, Playwright's managed Chromium). Install one with:\n  ${browserInstallCommand({ env, platform })}\nor set CHROMIUM_PATH to a Chromium or Chrome.`,
  };
}

/**
 * findBrowser, and when there is none and this is Linux run as root with
 * apt-get at hand, Debian's chromium package installed first. Returns what
 * it found, or the explanation with the one command to run.
 */
export function ensureBrowser(
  lookup: BrowserLookup = {},
  log: (line: string) => void = () => undefined,
): BrowserSearch {
  const env = lookup.env ?? process.env;
  const platform = lookup.platform ?? process.platform;
  const first = findBrowser({ env, platform });
  const aptGet = onPath('apt-get', env);
  if ('found' in first || platform !== 'linux' || process.getuid?.() !== 0 || !aptGet) return first;
  log("No browser for the browser tests: installing Debian's chromium (apt-get, as root)...");
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const run = spawnSync(aptGet, args, {
      env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    if (run.status !== 0)
      return {
        missing: `apt-get ${args.join(' ')} failed${run.stderr ? `: ${run.stderr.trim().split('\n').at(-1) ?? ''}` : ''}.\n${first.missing}`,
      };
  }
  return findBrowser({ env, platform });
}

/** findBrowser's path, for the browser tests: throws the explanation when there is none. */
export function requireBrowser(lookup: BrowserLookup = {}): string {
  const result = findBrowser(lookup);
  if ('missing' in result) throw new Error(result.missing);
  return result.found;
}
