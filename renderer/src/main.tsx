// Base styles first, so each screen's own styles come after them.
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { followRoomLight } from './app/room-light';
import './audio/room-sound';

followRoomLight(document.documentElement);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
