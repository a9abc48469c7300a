// SPDX-License-Identifier: EUPL-1.2
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.ts';
import { App } from './App.tsx';
import { RouterProvider } from './router.tsx';
import { SessionProvider } from './session.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </RouterProvider>
  </StrictMode>,
);
