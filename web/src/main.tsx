import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import './i18n';
import './styles.css';
import { ClientProvider } from './api/ClientProvider';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './AppRoutes';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders>
      <ClientProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </ClientProvider>
    </AppProviders>
  </StrictMode>,
);
