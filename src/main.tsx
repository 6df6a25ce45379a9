import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './app/App.tsx';

// A room link: start fetching the room's code now, alongside the first render, rather than after it.
if (new URLSearchParams(location.search).has('room')) void import('./services/room/connect.ts');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
