import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../components/ErrorBoundary';
import '../styles/app.css';
import { App, browserStorage, startLoad } from './App';

// The fetch (or the worker's parse) starts now, while React is still getting ready.
const storage = browserStorage();
const pending = startLoad(window.location.search, storage);
pending.catch(() => undefined); // reported by App; avoids an "unhandled rejection" before it mounts

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App storage={storage} pending={pending} />
    </ErrorBoundary>
  </StrictMode>,
);
