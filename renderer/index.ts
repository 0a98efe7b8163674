/**
 * The React renderer arrives with the desktop-app issue. This placeholder keeps the web TypeScript project (DOM types,
 * no Node) in the build so the lint and type boundaries are enforced from day one.
 */
export const RENDERER_PLACEHOLDER = 'renderer';
