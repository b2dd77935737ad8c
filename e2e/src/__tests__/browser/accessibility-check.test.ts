import type { Browser, Page } from 'playwright-core';
import { accessibilityProblems, launchChromium } from '../../browser';

/**
 * The accessibility check every browser test relies on finds what it is
 * there to find: a page it passes must be a page without violations, framed
 * or not (it checks a page without frames in the page itself, and keeps
 * axe's own way for a page with frames, whose insides only that way reaches).
 */
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
});

afterAll(async () => {
  await browser.close();
});

const DOCUMENT = (body: string): string =>
  `<!doctype html><html lang="fr"><head><title>Vérification</title></head><body><main><h1>Vérification</h1>${body}</main></body></html>`;

describe('the accessibility check', () => {
  it('passes a page without violations', async () => {
    await page.setContent(DOCUMENT('<button>Enregistrer</button>'));
    expect(await accessibilityProblems(page, 'clean')).toEqual([]);
  });

  it('names the serious violations of a page without frames, with where they are', async () => {
    await page.setContent(DOCUMENT('<button id="nameless"></button><img id="bare" src="data:,">'));
    const problems = await accessibilityProblems(page, 'plain');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^plain: button-name \(#nameless\)/),
        expect.stringMatching(/^plain: image-alt \(#bare\)/),
      ]),
    );
  });

  it('finds a violation inside a frame of the page', async () => {
    await page.setContent(
      DOCUMENT(
        '<iframe title="Reçu" srcdoc="<!doctype html><html lang=fr><title>Reçu</title><button></button></html>"></iframe>',
      ),
    );
    await page.frames()[1]?.waitForLoadState();
    expect(await accessibilityProblems(page, 'framed')).toEqual([
      expect.stringMatching(/^framed: button-name \(iframe/),
    ]);
  });

  it('leaves out the part of the page it is told to', async () => {
    await page.setContent(DOCUMENT('<div id="third-party"><button></button></div><button>Enregistrer</button>'));
    expect(await accessibilityProblems(page, 'excluded', '#third-party')).toEqual([]);
  });
});
