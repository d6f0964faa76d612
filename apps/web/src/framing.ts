/**
 * Who may frame a page: `/embed` (and below) is made to be framed by any site, everything else
 * only by this one. next.config.ts (headers of every response) and src/proxy.ts (the pages'
 * per-request CSP) both read it, so they cannot disagree.
 */

export const EMBED_PATH = "/embed";

/** Whether `pathname` is the embeddable chart. */
export const isEmbedPath = (pathname: string): boolean => pathname === EMBED_PATH || pathname.startsWith(`${EMBED_PATH}/`);

/** The CSP `frame-ancestors` sources for `pathname`. */
export const frameAncestors = (pathname: string): string => (isEmbedPath(pathname) ? "*" : "'self'");
