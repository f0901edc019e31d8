// Entry point: global styles, then the app, then the offline service worker.

import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { registerOfflineWorker } from './lib/offline/register-offline-worker';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

mount(App, { target });
// The dev server has no sw.js; only the build is meant to work offline.
if (import.meta.env.PROD) void registerOfflineWorker(navigator);
