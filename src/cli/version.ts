/** The CLI's version, as package.json says (a test checks); its own module so `--version` loads nothing else. */
export const VERSION = '0.1.0';
