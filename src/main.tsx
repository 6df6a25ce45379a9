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
// second (on the benchmark's machine), and the room's socket opens, the
// provider asks for the room and the server makes its reply meanwhile,
// instead of after it. The room's code is already downloading (preload.ts),
// so the first render waits only for what is left of it and for the socket
// to open (at most 150 ms: share.ts).
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
