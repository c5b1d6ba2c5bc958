/**
 * Longest body (text or HTML) an email keeps, in characters. Payload caps text fields at 40,000 by
 * default, which a rendered quote or a long reply thread passes; mail servers commonly refuse
 * messages over 10–25 MB anyway.
 */
export const MAIL_BODY_MAX = 8 * 1024 * 1024
