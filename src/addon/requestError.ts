/** A plain-words error the sidebar shows as it is: what was asked that cannot be built, and what to change. */
export class RequestError extends Error {}
