import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../components/ErrorBoundary';
import '../styles/app.css';
import { App, browserCollections, browserStorage, startLoad } from './App';

// The fetch (or the worker's parse) starts now, while React is still getting ready.
const storage = browserStorage();
const collections = browserCollections();
const pending = startLoad(window.location.search, storage, undefined, collections);
pending.catch(() => undefined); // reported by App; avoids an "unhandled rejection" before it mounts

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App storage={storage} collections={collections} pending={pending} />
    </ErrorBoundary>
  </StrictMode>,
);
