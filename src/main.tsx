// First, so that on a room link the room's code is already downloading while the rest of the app's code runs.
import './services/room/preload.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './app/App.tsx';
import { joinEarly } from './services/room/share.ts';
import { appSession } from './ui/appSession.ts';

// A room link by someone this browser knows is joined before the first
// render: React's first render holds the main thread for a quarter of a
// second (on the benchmark's machine), and the room's socket, this browser's
// copy of the room and the server's reply then come meanwhile instead of
// after it. The room's code is already downloading (preload.ts), so the
// first render waits only for what is left of it.
const joining = joinEarly(appSession);
const root = createRoot(document.getElementById('root')!);
const render = () =>
  root.render(
    <StrictMode>
      <App joinedRoom={joining !== null} />
    </StrictMode>,
  );
if (joining) void joining.then(render, render);
else render();
