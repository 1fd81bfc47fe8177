import { i18nReady } from './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

const root = document.getElementById('root');
// The first render waits for the system language's strings (Italian is a chunk of its own): no flash of English.
if (root) void i18nReady.finally(() => createRoot(root).render(<StrictMode><App /></StrictMode>));
