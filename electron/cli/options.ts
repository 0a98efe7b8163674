/** Parsing of option values shared by several commands; each failure names the option and the accepted values. */
import { EngagebookError } from '../../shared/domain/errors';
import { LANGUAGES, isLanguage, type Language } from '../../shared/domain/languages';

export function parseLanguage(value: string | undefined, option = '--lang'): Language | undefined {
  if (value === undefined) return undefined;
  if (!isLanguage(value))
    throw new EngagebookError('invalid-argument', `${option} must be one of ${LANGUAGES.join(', ')}; got "${value}"`);
  return value;
}

export function parseRoles(value: string): string[] {
  return value
    .split(/[,/+\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function requireExtension(file: string, extensions: readonly string[], what: string): void {
  if (!extensions.some((e) => file.toLowerCase().endsWith(e))) {
    throw new EngagebookError('invalid-argument', `${what} must end in ${extensions.join(' or ')}`, file);
  }
}
