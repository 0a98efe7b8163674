import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './api';
import { App } from './App';
import { boot } from './boot';
import { startI18n } from './i18n';
import { preferredLanguage } from './ui-language';
// The controls first: the app's own stylesheets refine them where a component needs to.
import './ui/controls.css';
import './styles.css';

const connection = connect();
// Ask the host for the first workbook before React starts, so reading it overlaps the page's own start-up.
const started = boot(connection);
startI18n(preferredLanguage(null));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App connection={connection} boot={started} />
  </StrictMode>,
);
