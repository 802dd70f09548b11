import { CommunePortal } from '@shabaka/portal';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { city } from './city';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CommunePortal config={city} />
  </StrictMode>,
);
