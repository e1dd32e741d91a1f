/** The content files, typed. Their match with the step list is checked by the tests and the build. */
import type { Copy } from '../lib/content/copy.ts';
import en from './en.aml';

export const COPY: Record<'en', Copy> = { en: en as Copy };
