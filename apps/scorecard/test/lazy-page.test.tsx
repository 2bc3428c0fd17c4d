import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { lazyPage } from '../src/lib/lazy-page';
import { renderIn } from './helpers';

afterEach(cleanup);

/** A page's code that arrives when the test says so (or fails when it says so). */
function controlledChunk() {
  const attempts: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const Page = lazyPage<{ readonly name: string }>(
    () =>
      new Promise((resolve, reject) => {
        attempts.push({
          resolve: () => resolve(({ name }) => <h2>hello {name}</h2>),
          reject,
        });
      }),
  );
  return { Page, attempts };
}

describe('a page loaded on demand', () => {
  test('says it is opening until its code is there, then shows the page with its props', async () => {
    const { Page, attempts } = controlledChunk();
    renderIn(<Page name="王" />);
    expect(screen.getByTestId('page-loading').textContent).toBe('正在打开本页…');
    expect(screen.getByRole('status')).toBeTruthy();
    expect(attempts).toHaveLength(1);
    attempts[0]?.resolve();
    await screen.findByText('hello 王');
    expect(screen.queryByTestId('page-loading')).toBeNull();
    // Shown again later: at once, with no second fetch.
    cleanup();
    renderIn(<Page name="李" />);
    expect(screen.getByText('hello 李')).toBeTruthy();
    expect(attempts).toHaveLength(1);
  });

  test('a chunk that cannot be fetched is said in words, and retried on request', async () => {
    const { Page, attempts } = controlledChunk();
    renderIn(<Page name="王" />, 'en');
    attempts[0]?.reject(new Error('Failed to fetch dynamically imported module'));
    const failed = await screen.findByTestId('page-failed');
    expect(failed.getAttribute('role')).toBe('alert');
    expect(failed.textContent).toContain('This page could not be opened');
    expect(failed.textContent).not.toContain('Failed to fetch');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(attempts).toHaveLength(2));
    expect(screen.getByTestId('page-loading')).toBeTruthy();
    attempts[1]?.resolve();
    await screen.findByText('hello 王');
  });

  test('preload fetches the code once, however often it is asked, and shares a failure retry', async () => {
    let calls = 0;
    const Page = lazyPage<object>(() => {
      calls += 1;
      return calls === 1
        ? Promise.reject(new Error('offline'))
        : Promise.resolve(() => <p>ready</p>);
    });
    await expect(Page.preload()).rejects.toThrow('offline');
    await Promise.all([Page.preload(), Page.preload()]);
    expect(calls).toBe(2);
    renderIn(<Page />);
    expect(screen.getByText('ready')).toBeTruthy();
  });
});
