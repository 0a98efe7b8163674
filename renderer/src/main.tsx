import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './api';
import { App } from './App';
import { startI18n } from './i18n';
import './styles.css';

startI18n(navigator.language.slice(0, 2));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App connection={connect()} />
  </StrictMode>,
);
