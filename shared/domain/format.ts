/** The format tag of the canonical document, in its own module so code that only needs the tag does not load zod. */
export const FORMAT = 'engagebook/1';
