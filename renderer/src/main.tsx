// Base styles first, so each screen's own styles come after them.
import './styles.css';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

function render(node: ReactNode): void {
  createRoot(document.getElementById('root')!).render(<StrictMode>{node}</StrictMode>);
}

// The ambient display is the same app in a second window; it never loads the sound engine.
if (new URLSearchParams(location.search).get('view') === 'ambient') {
  const { AmbientScreen } = await import('./screens/ambient/AmbientScreen');
  document.title = 'Stillroom ambient display';
  render(<AmbientScreen />);
} else {
  const [{ App }, { followRoomLight }] = await Promise.all([
    import('./app/App'),
    import('./app/room-light'),
    // Sound follows the session whichever screen is showing.
    import('./audio/room-sound'),
    // ... on the room's chosen output, and never on another by accident.
    import('./audio/room-output'),
    // Quiet pressed while the web host was away is logged when it is back.
    import('./session/quiet-while-away'),
  ]);
  followRoomLight(document.documentElement);
  render(<App />);
}
