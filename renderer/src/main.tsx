import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { followRoomLight } from './app/room-light';
import './audio/room-sound';
import './styles.css';

followRoomLight(document.documentElement);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
