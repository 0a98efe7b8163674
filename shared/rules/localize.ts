import type { Translate } from '../i18n/messages';
import type { Finding, RawFinding } from './finding';

/** A finding with its message rendered in the language of `t`: rules are data, messages are made at the edge. */
export const localize =
  (t: Translate) =>
  ({ rule, severity, location, messageKey, params }: RawFinding): Finding => ({
    rule,
    severity,
    location,
    message: t(messageKey, params),
  });
