/**
 * The story's client entry. The page is already fully drawn by the prerenderer; this hydrates it so
 * the charts follow the reader. Plot and Arquero load later, on the first chart change.
 */
import { hydrate } from 'svelte';
import App from './App.svelte';
import type { PageView } from './lib/content/view.ts';
import { VIEW_SCRIPT_ID } from './lib/content/view.ts';
import './styles/global.css';

const target = document.getElementById('app');
const data = document.getElementById(VIEW_SCRIPT_ID);
if (target && data?.textContent) {
  const view = JSON.parse(data.textContent) as PageView;
  hydrate(App, { target, props: { view } });
}
