/**
 * What makes the offline edition's file (`offline.html`) load nothing: read from its markup, so the
 * build test (a fresh build) and the browser tests (dist/) check the same. Returns each problem as
 * a sentence naming the element and attribute; none for a good file.
 */
import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';

/** Attributes that make a browser load something (or, on a link, may). */
const LOADING = [
  'src',
  'href',
  'xlink:href',
  'srcset',
  'poster',
  'data',
  'action',
  'formaction',
  'background',
];

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function offlineProblems(html: string): string[] {
  const problems: string[] = [];
  const { document } = new JSDOM(html).window;
  // The document and presenter mode's markup, which waits in a <template>.
  const roots: ParentNode[] = [document, ...[...document.querySelectorAll('template')].map((t) => t.content)];
  const all = roots.flatMap((root) => [...root.querySelectorAll('*')]);
  const name = (el: Element) => `<${el.localName}${el.id ? `#${el.id}` : ''}>`;

  for (const el of all) {
    for (const attr of LOADING) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      const plainAnchor = el.localName === 'a' && attr === 'href';
      if (!plainAnchor && !value.startsWith('#') && !value.startsWith('data:'))
        problems.push(`${name(el)} ${attr}="${value}" names a file to load`);
    }
    if (el.hasAttribute('style')) problems.push(`${name(el)} has a style attribute`);
    for (const attr of [...el.attributes]) {
      if (/https?:/i.test(attr.value) && !(el.localName === 'a' && attr.name === 'href'))
        problems.push(`${name(el)} ${attr.name} holds a web address: ${attr.value.slice(0, 80)}`);
    }
  }

  const scripts = [...document.querySelectorAll('script')];
  const code = scripts.filter((s) => s.type !== 'application/json');
  if (code.length !== 1) problems.push(`${code.length} scripts, not one`);
  const styles = [...document.querySelectorAll('style')];
  if (styles.length !== 1) problems.push(`${styles.length} stylesheets, not one`);
  for (const style of styles) {
    const css = style.textContent ?? '';
    for (const [found] of css.matchAll(/url\(\s*['"]?(?!data:|#)[^'")]*|@import\b|@font-face\b/gi))
      problems.push(`the stylesheet loads a file or a font: ${found}`);
  }
  for (const script of code) {
    for (const [found] of (script.textContent ?? '').matchAll(
      /\bimport\(|\bfetch\(|XMLHttpRequest|importScripts|new Worker|sendBeacon|WebSocket|EventSource/g,
    ))
      problems.push(`the script can load something: ${found}`);
  }

  const policy = document
    .querySelector('meta[http-equiv="Content-Security-Policy"]')
    ?.getAttribute('content');
  if (!policy) return [...problems, 'no Content-Security-Policy'];
  const directive = (key: string) =>
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find(([k]) => k === key)
      ?.slice(1) ?? [];
  if (directive('default-src').join(' ') !== "'none'") problems.push(`default-src is not 'none': ${policy}`);
  if (/unsafe-/.test(policy)) problems.push(`the policy allows unsafe sources: ${policy}`);
  const allowed = (key: string, text: string) => {
    if (!directive(key).includes(hashOf(text)))
      problems.push(`${key} does not allow the inline ${key.split('-')[0]}`);
  };
  for (const script of code) allowed('script-src', script.textContent ?? '');
  for (const style of styles) allowed('style-src', style.textContent ?? '');
  return problems;
}
