import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/components/ErrorBoundary';
import { OpenArticlesButton } from '../../src/components/OpenArticles';
import { OpenArticlesContext } from '../../src/components/open-context';

const SLOW = { timeout: 20_000 };

describe('OpenArticlesButton', () => {
  it('passes a dialog bug on to the app’s boundary instead of calling it a network problem', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    // Rendered without the explorer's store, the dialog fails as a bug would: not a chunk error.
    render(
      <ErrorBoundary>
        <OpenArticlesContext.Provider value={{ open: async () => {} }}>
          <OpenArticlesButton />
        </OpenArticlesContext.Provider>
      </ErrorBoundary>,
    );
    await user.click(screen.getByRole('button', { name: 'Open articles' }));
    // The dialog's chunk is imported on the click: under a full run's load that took over a second.
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      /Something went wrong.*no ExplorerProvider above this component/,
    );
    expect(screen.queryByText(/could not be loaded/)).toBeNull();
    vi.restoreAllMocks();
  }, 30_000);
});
