import type { Language } from '../../../domain/languages';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';
import { sv } from './sv';

export type TemplateTextKey = keyof typeof en;
/** Every language must translate every key: a missing or extra key is a type error. */
export type TemplateText = { readonly [K in TemplateTextKey]: string };

export const MANAGED_SERVICES_TEXT: Readonly<Record<Language, TemplateText>> = { en, sv, nl, fr };
