/** The hidden field every form post carries (shared by the middleware and `<CsrfField />`). */
export const csrfFieldName = '_csrf';
