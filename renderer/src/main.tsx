// Base styles first, so each screen's own styles come after them.
import './styles.css';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from './boot';
import { BootedContext } from './booted';

const view = new URLSearchParams(location.search).get('view') === 'ambient' ? 'ambient' : 'control';
const booted = await boot(view);

function render(node: ReactNode): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <BootedContext.Provider value={booted}>{node}</BootedContext.Provider>
    </StrictMode>,
  );
}

if (view === 'ambient') {
  const { AmbientScreen } = await import('./screens/ambient/AmbientScreen');
  document.title = 'Stillroom ambient display';
  render(<AmbientScreen />);
} else {
  const [{ App }, { followRoomLight }] = await Promise.all([import('./app/App'), import('./app/room-light')]);
  followRoomLight(document.documentElement, booted.sessionTicker);
  render(<App />);
}
