/**
 * The story's client entry. The page is already fully drawn by the prerenderer; this hydrates it so
 * the charts follow the reader. Plot and Arquero load later, on the first chart change.
 */
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { COPY } from './content/index.ts';
import { dataset } from './lib/data/dataset.ts';
import './styles/global.css';

const target = document.getElementById('app');
if (target) {
  const props = { copy: COPY.en, dataset };
  if (target.firstElementChild) hydrate(App, { target, props });
  else mount(App, { target, props });
}
