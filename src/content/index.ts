/** The content files, checked against the step list and the chart registry as they are loaded. */
import { parseCopy, type Copy } from '../lib/content/copy.ts';
import en from './en.aml';

/** Where each content file lives, as problems name it. */
export const COPY_FILES = { en: 'src/content/en.aml' } as const;

export const COPY: Record<keyof typeof COPY_FILES, Copy> = { en: parseCopy(en, COPY_FILES.en) };
