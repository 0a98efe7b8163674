/**
 * Links out of the app. The page shows no web content and has no links of its own today, so anything that asks to
 * open a URL (window.open, a link with target=_blank) is either one of the app's help links or something a hostile
 * file's text or a bug smuggled in. Help links on the explicit list below open in the system browser at once; any
 * other http(s) URL is shown in full in a native dialog, which opens it only when the person chooses to (Cancel is the
 * default); every other scheme (file:, mailto:, custom protocol handlers, …) is refused without asking. One question
 * at a time: while the dialog is up, further requests are refused, so a page cannot bury the person in dialogs.
 */
import type { BrowserWindow, Dialog, Shell } from 'electron';

/**
 * The app's own help links, opened without asking. Empty: the app shows none yet. A help link added to the page must
 * be added here, exactly as the page opens it.
 */
export const HELP_LINKS: readonly string[] = [];

/** Longer URLs are refused: no help link is this long, and a dialog cannot show one usefully. */
export const MAX_URL_LENGTH = 2_048;

export type LinkDecision =
  | { readonly action: 'open'; readonly url: string }
  | { readonly action: 'ask'; readonly url: string }
  | { readonly action: 'refuse'; readonly reason: string };

/** What to do with a request to open `url`: the policy, without Electron. */
export function decideExternalLink(url: string, helpLinks: readonly string[] = HELP_LINKS): LinkDecision {
  if (url.length > MAX_URL_LENGTH) return { action: 'refuse', reason: 'the address is too long' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { action: 'refuse', reason: 'not an address' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return { action: 'refuse', reason: `${parsed.protocol} links are not opened` };
  // The normalised form is what is shown and what is opened: host names in punycode, so a look-alike name shows as such.
  const normalised = parsed.href;
  return helpLinks.includes(normalised) ? { action: 'open', url: normalised } : { action: 'ask', url: normalised };
}

/** The parts of Electron the link opener uses (stand-ins in the tests). */
export interface LinkOpenerDeps {
  readonly shell: Pick<Shell, 'openExternal'>;
  readonly dialog: Pick<Dialog, 'showMessageBox'>;
  readonly helpLinks?: readonly string[];
}

export type LinkOutcome = 'opened' | 'declined' | 'refused';

/** A function that carries out the policy for one app: opens, asks first, or refuses. */
export function createLinkOpener(deps: LinkOpenerDeps): (url: string, parent?: BrowserWindow | null) => Promise<LinkOutcome> {
  let asking = false;
  return async (url, parent) => {
    const decision = decideExternalLink(url, deps.helpLinks ?? HELP_LINKS);
    if (decision.action === 'refuse') return 'refused';
    if (decision.action === 'ask') {
      if (asking) return 'refused';
      asking = true;
      try {
        const options = {
          type: 'question' as const,
          message: 'Open this address in your web browser?',
          detail: `${decision.url}\n\nEngagebook did not create this link. Open it only if you expected it.`,
          buttons: ['Cancel', 'Open in browser'],
          defaultId: 0,
          cancelId: 0,
          noLink: true,
        };
        const { response } = await (parent ? deps.dialog.showMessageBox(parent, options) : deps.dialog.showMessageBox(options));
        if (response !== 1) return 'declined';
      } finally {
        asking = false;
      }
    }
    await deps.shell.openExternal(decision.url);
    return 'opened';
  };
}
