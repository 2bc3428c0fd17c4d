import type { Page } from 'playwright-core';

/**
 * Controls inside `scope` (and the tabs) smaller than 44 × 44 CSS pixels, the size of a finger
 * (a file button counts its label), each as `tag#id-or-class width×height`.
 */
export async function smallTargets(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((root) => {
    const controls = [
      'button',
      'select',
      'input:not([type=file]):not([type=checkbox])',
      'textarea',
      'summary',
      '.file-button label',
      'a',
    ];
    const selector = [...controls.map((c) => `${root} ${c}`), 'nav a'].join(', ');
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.height < 44 || box.width < 44)
        small.push(
          `${element.tagName.toLowerCase()}#${element.id || element.className} ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    }
    return small;
  }, scope);
}

/** The page's width: wider than the screen means it scrolls sideways. */
export function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}
